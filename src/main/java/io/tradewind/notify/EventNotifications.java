package io.tradewind.notify;

import io.tradewind.service.ServiceEvent;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** What the operator is told of one service event: none, one or (a fill that closes and reopens) several notifications. */
final class EventNotifications {

    private EventNotifications() {
    }

    /** The notifications of {@code event}, before the operator's on/off/silent choices. */
    static List<Notification> of(ServiceEvent event) {
        Map<String, String> d = event.data();
        String who = event.instance() == null || event.instance().isEmpty() ? "" : event.instance() + ": ";
        return switch (event.type()) {
            case ServiceEvent.FILL -> fill(event, who);
            case ServiceEvent.ORDER -> switch (d.getOrDefault("status", "")) {
                case "cancelled", "expired" -> List.of(of(event, NotificationType.CANCEL, who + "order "
                        + d.get("client_order_id") + " " + d.get("status") + " (" + order(d) + ")"));
                case "rejected" -> List.of(of(event, NotificationType.REJECTION, who + "order " + d.get("client_order_id")
                        + " rejected (" + order(d) + ")" + (d.containsKey("rejection_reasons")
                                ? ": " + d.get("rejection_reasons") : "")));
                default -> List.of();
            };
            case ServiceEvent.TICK_FAILED -> List.of(of(event, NotificationType.ERROR, who + "tick failed: " + d.get("error")));
            case ServiceEvent.FEED -> List.of(of(event, NotificationType.ERROR, "down".equals(d.get("state"))
                    ? who + "feed cannot reach its venue (it tries again every few seconds): " + d.get("error")
                    : who + "feed reaches its venue again"));
            case ServiceEvent.INSTANCE -> "paused".equals(d.get("state"))
                    ? List.of(of(event, NotificationType.PAUSE, who + "paused: " + d.getOrDefault("reason", "no reason given")))
                    : List.of();
            case ServiceEvent.KILL_SWITCH -> List.of(of(event, NotificationType.KILL_SWITCH, "true".equals(d.get("on"))
                    ? "kill switch ON (" + d.get("by") + "): entries stopped on every venue"
                            + ("0".equals(d.getOrDefault("orders_cancelled", "0")) ? ""
                                    : ", " + d.get("orders_cancelled") + " open orders cancelled")
                    : "kill switch off (" + d.get("by") + "): entries allowed again"));
            default -> List.of();
        };
    }

    /** Every fill; and an entry when it opened or grew the position, an exit when it shrank or closed it. */
    private static List<Notification> fill(ServiceEvent event, String who) {
        Map<String, String> d = event.data();
        String line = who + d.get("side") + " " + d.get("quantity") + " " + d.get("symbol") + " @ " + d.get("price")
                + (d.containsKey("reason") ? ", because " + d.get("reason") : "");
        List<Notification> told = new ArrayList<>();
        told.add(of(event, NotificationType.FILL, line));
        if (!d.containsKey("position_before") || !d.containsKey("position_after")) {
            return told;
        }
        BigDecimal before = new BigDecimal(d.get("position_before"));
        BigDecimal after = new BigDecimal(d.get("position_after"));
        String move = " (position " + d.get("position_before") + " -> " + d.get("position_after") + ")";
        boolean flipped = before.signum() != 0 && after.signum() != 0 && before.signum() != after.signum();
        if (flipped || after.abs().compareTo(before.abs()) < 0) {
            told.add(of(event, NotificationType.EXIT, "exit: " + line + move));
        }
        if (flipped || after.abs().compareTo(before.abs()) > 0) {
            told.add(of(event, NotificationType.ENTRY, "entry: " + line + move));
        }
        return told;
    }

    private static String order(Map<String, String> d) {
        return d.get("side") + " " + d.get("type") + " " + d.get("quantity") + " " + d.get("symbol")
                + (d.containsKey("price") ? " @ " + d.get("price") : "") + ", filled " + d.getOrDefault("filled", "0");
    }

    private static Notification of(ServiceEvent event, NotificationType type, String text) {
        return new Notification(type, event.instance(), text, event.data(), 1, false, event.time());
    }
}
