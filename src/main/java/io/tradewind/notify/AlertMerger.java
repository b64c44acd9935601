package io.tradewind.notify;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Keeps alerts ({@link NotificationType#merges()}) from flooding: the first of a kind (same type, instance and text) goes out at once;
 * identical ones within the window after it are only counted, and when the window ends their
 * count goes out as one notification. A failing tick every second is two messages a window, not
 * sixty a minute. Not thread-safe: the notifier's one thread uses it.
 */
final class AlertMerger {

    private final Duration window;
    private final Map<String, Open> open = new LinkedHashMap<>();

    AlertMerger(Duration window) {
        this.window = window;
    }

    /** The notification to send now, or null when it repeats one sent within the window. */
    Notification offer(Notification alert, Instant now) {
        if (window.isZero() || !alert.merges()) {
            return alert;
        }
        Open same = open.get(alert.sameness());
        if (same != null && now.isBefore(same.until)) {
            same.repeats++;
            return null;
        }
        open.put(alert.sameness(), new Open(alert, now.plus(window)));
        return alert;
    }

    /** The counts of repeats whose window has ended by {@code now}, one notification each. */
    List<Notification> due(Instant now) {
        List<Notification> due = new ArrayList<>();
        for (Iterator<Open> it = open.values().iterator(); it.hasNext();) {
            Open alert = it.next();
            if (!now.isBefore(alert.until)) {
                if (alert.repeats > 0) {
                    due.add(alert.first.repeats(alert.repeats));
                }
                it.remove();
            }
        }
        return due;
    }

    private static final class Open {
        private final Notification first;
        private final Instant until;
        private int repeats;

        Open(Notification first, Instant until) {
            this.first = first;
            this.until = until;
        }
    }
}
