package io.tradewind.notify;

import java.time.Instant;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * One message to the operator, as channels send it.
 *
 * @param instance the strategy instance it is about, or null
 * @param text     one line for a person to read
 * @param data     the details, decimals as exact strings
 * @param count    how many identical alerts it stands for: more than 1 when repeats within the merge window were merged
 * @param silent   whether to deliver it without sound
 * @param time     when it (the first of the merged ones) happened
 */
public record Notification(NotificationType type, String instance, String text, Map<String, String> data, int count,
        boolean silent, Instant time) {

    public Notification {
        data = Map.copyOf(data);
    }

    /**
     * What makes two alerts the same alert: type, instance and text; for an order's rejection or
     * cancel, what happened to which market, whatever the order: one text per order id made a
     * script posting bad orders in a loop (an Orders API user's) one message per order.
     */
    String sameness() {
        return type + "\u0000" + instance + "\u0000" + (aboutAnyOrder() ? data.getOrDefault("symbol", "") + "\u0000"
                + data.getOrDefault("side", "") + "\u0000" + data.getOrDefault("status", "") + "\u0000"
                + data.getOrDefault("rejection_reasons", "") : type == NotificationType.ERROR ? withoutWhen(text) : text);
    }

    /**
     * A failed tick's text without when it failed: a strategy's exception names the time and the
     * candle count of the tick ("threw in onCandle at 2030-01-01T10:00:01.5Z (bar 120)"), which
     * differ every tick, so compared whole no repeat was ever the same alert and a strategy failing
     * every tick paged the operator once per tick.
     */
    private static String withoutWhen(String text) {
        return WHEN.matcher(text).replaceAll(" at … (bar …)");
    }

    private static final Pattern WHEN = Pattern.compile(
            " at \\d{4}-\\d\\d-\\d\\dT[0-9:.]+Z \\(bar \\d+\\)");

    /**
     * Whether repeats within the merge window are counted instead of sent: alerts that come again and
     * again ({@link NotificationType#merges()}), but not an error telling a change of state (a feed's
     * source down, then up: of down–up–down in one window the second down was only counted, the chat's
     * last word meanwhile "reaches its venue again").
     */
    boolean merges() {
        return type.merges() && !data.containsKey("state");
    }

    private boolean aboutAnyOrder() {
        return type == NotificationType.REJECTION || type == NotificationType.CANCEL;
    }

    /** The repeats of this alert within a merge window, told once. */
    Notification repeats(int repeats) {
        String more = aboutAnyOrder() ? (repeats == 1 ? "order" : "orders") + " alike" : (repeats == 1 ? "time" : "times");
        return new Notification(type, instance, text + " (" + repeats + " more " + more + " since the first)", data, repeats,
                silent, time);
    }
}
