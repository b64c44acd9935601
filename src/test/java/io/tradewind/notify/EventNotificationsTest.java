package io.tradewind.notify;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.tradewind.service.ServiceEvent;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EventNotificationsTest {

    private static final Instant T = Instant.parse("2030-01-01T00:00:00Z");

    @Test
    void a_fill_that_opens_a_position_is_an_entry_one_that_closes_it_an_exit_and_a_flip_both() {
        assertEquals(List.of(NotificationType.FILL, NotificationType.ENTRY), types(fill("buy", "0", "0.5")));
        assertEquals(List.of(NotificationType.FILL, NotificationType.ENTRY), types(fill("sell", "-0.5", "-1")));
        assertEquals(List.of(NotificationType.FILL, NotificationType.EXIT), types(fill("sell", "0.5", "0")));
        assertEquals(List.of(NotificationType.FILL, NotificationType.EXIT, NotificationType.ENTRY), types(fill("sell", "0.5", "-0.5")));
        assertEquals("entry: btc-sma: buy 0.5 BTC-IRT @ 100000000000 (position 0 -> 0.5)",
                EventNotifications.of(fill("buy", "0", "0.5")).get(1).text());
    }

    /** A stop-loss's exit read like any signal's: the operator had to look its order up to know why it sold. */
    @Test
    void an_exit_says_why_its_strategy_placed_the_order() {
        ServiceEvent stopLoss = event(ServiceEvent.FILL, Map.of("side", "sell", "quantity", "0.5", "symbol", "BTC-IRT",
                "price", "95000000000", "position_before", "0.5", "position_after", "0", "reason", "stop-loss"));
        assertEquals("exit: btc-sma: sell 0.5 BTC-IRT @ 95000000000, because stop-loss (position 0.5 -> 0)",
                EventNotifications.of(stopLoss).get(1).text());
    }

    @Test
    void cancels_rejections_failed_ticks_pauses_and_the_kill_switch_are_told_in_one_line() {
        assertEquals("btc-sma: order c7 rejected (buy limit 1 BTC-IRT @ 10, filled 0): insufficient_balance",
                only(event(ServiceEvent.ORDER, Map.of("client_order_id", "c7", "status", "rejected", "side", "buy", "type",
                        "limit", "quantity", "1", "symbol", "BTC-IRT", "price", "10", "filled", "0", "rejection_reasons",
                        "insufficient_balance"))).text());
        assertEquals(NotificationType.CANCEL, only(event(ServiceEvent.ORDER, Map.of("client_order_id", "c8", "status", "expired",
                "side", "sell", "type", "market", "quantity", "1", "symbol", "BTC-IRT"))).type());
        assertEquals("btc-sma: tick failed: broken on purpose",
                only(event(ServiceEvent.TICK_FAILED, Map.of("error", "broken on purpose"))).text());
        assertEquals("btc-sma: paused: failed 3 times in a row",
                only(event(ServiceEvent.INSTANCE, Map.of("state", "paused", "reason", "failed 3 times in a row"))).text());
        assertEquals("kill switch ON (api): entries stopped on every venue, 3 open orders cancelled",
                only(new ServiceEvent(1, T, ServiceEvent.KILL_SWITCH, null, Map.of("on", "true", "by", "api",
                        "orders_cancelled", "3"))).text());
        assertEquals(List.of(), EventNotifications.of(event(ServiceEvent.ORDER, Map.of("status", "active"))));
        assertEquals(List.of(), EventNotifications.of(event(ServiceEvent.INSTANCE, Map.of("state", "resumed"))));
        assertEquals(List.of(), EventNotifications.of(event(ServiceEvent.TICK_SKIPPED, Map.of())));
    }

    /** The ticks go on while the feed cannot reach its venue: the outage is told as an error, and its end. */
    @Test
    void a_feed_that_cannot_reach_its_venue_is_an_error_and_its_return_told_too() {
        Notification down = only(event(ServiceEvent.FEED, Map.of("state", "down", "error",
                "nami candles: nami GET /api/v1/chart/history: HTTP 503")));
        assertEquals(NotificationType.ERROR, down.type());
        assertEquals("btc-sma: feed cannot reach its venue (it tries again every few seconds): nami candles: nami GET"
                + " /api/v1/chart/history: HTTP 503", down.text());
        assertEquals("btc-sma: feed reaches its venue again", only(event(ServiceEvent.FEED, Map.of("state", "up"))).text());
    }

    private static ServiceEvent fill(String side, String before, String after) {
        return event(ServiceEvent.FILL, Map.of("side", side, "quantity", "0.5", "symbol", "BTC-IRT", "price", "100000000000",
                "position_before", before, "position_after", after));
    }

    private static ServiceEvent event(String type, Map<String, String> data) {
        return new ServiceEvent(1, T, type, "btc-sma", data);
    }

    private static Notification only(ServiceEvent event) {
        List<Notification> told = EventNotifications.of(event);
        assertEquals(1, told.size(), told.toString());
        return told.get(0);
    }

    private static List<NotificationType> types(ServiceEvent event) {
        return EventNotifications.of(event).stream().map(Notification::type).toList();
    }
}
