package io.tradewind.notify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tradewind.service.InstanceState;
import io.tradewind.service.InstanceView;
import io.tradewind.service.ServiceEvent;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class NotifierTest {

    private static final Instant T = Instant.parse("2030-01-01T10:00:00Z");

    private final List<Notification> sent = new ArrayList<>();
    private final NotificationChannel channel = channel("test", sent::add);

    @Test
    void a_failing_tick_every_second_is_told_once_then_counted_when_the_window_ends() {
        Notifier notifier = notifier(Map.of(), Duration.ofMinutes(1));
        for (int second = 0; second < 60; second++) {
            notifier.accept(failedTick(second));
            notifier.deliverDue(T.plusSeconds(second));
        }
        assertEquals(1, sent.size(), sent.toString());
        notifier.deliverDue(T.plusSeconds(60));
        assertEquals(2, sent.size(), sent.toString());
        assertEquals("btc-sma: tick failed: boom (59 more times since the first)", sent.get(1).text());
        assertEquals(59, sent.get(1).count());

        notifier.accept(failedTick(61));
        notifier.deliverDue(T.plusSeconds(61));
        assertEquals(3, sent.size(), "a new window: told at once again");
    }

    /** A strategy's exception names the tick's time and candle: the same failure every tick is still one alert. */
    @Test
    void a_strategy_failing_every_tick_is_one_alert_though_each_failure_names_its_time() {
        Notifier notifier = notifier(Map.of(), Duration.ofMinutes(1));
        for (int second = 0; second < 60; second++) {
            notifier.accept(new ServiceEvent(second + 1, T.plusSeconds(second), ServiceEvent.TICK_FAILED, "flip", Map.of("error",
                    "strategy zz-flipper threw in onCandle at " + T.plusSeconds(second).plusMillis(21) + " (bar " + (119 + second)
                            + "): java.lang.IllegalStateException: boom")));
            notifier.deliverDue(T.plusSeconds(second));
        }
        assertEquals(1, sent.size(), sent.toString());
        notifier.deliverDue(T.plusSeconds(60));
        assertEquals("flip: tick failed: strategy zz-flipper threw in onCandle at 2030-01-01T10:00:00.021Z (bar 119):"
                + " java.lang.IllegalStateException: boom (59 more times since the first)", sent.get(1).text());
        assertEquals(2, sent.size(), sent.toString());
    }

    /** Off, on, off within the window: each switch is told when it happens, the chat's last word is the truth. */
    @Test
    void every_switch_of_the_kill_switch_and_every_fill_is_told_at_once() {
        Notifier notifier = notifier(Map.of(NotificationType.FILL, Delivery.ON), Duration.ofMinutes(5));
        for (int second = 0; second < 3; second++) {
            notifier.accept(new ServiceEvent(second + 1, T.plusSeconds(second), ServiceEvent.KILL_SWITCH, null,
                    Map.of("on", second == 1 ? "true" : "false", "by", "api", "orders_cancelled", "0")));
            notifier.deliverDue(T.plusSeconds(second));
        }
        assertEquals(List.of("kill switch off (api): entries allowed again",
                "kill switch ON (api): entries stopped on every venue", "kill switch off (api): entries allowed again"),
                sent.stream().map(Notification::text).toList());
        sent.clear();
        for (int trade = 0; trade < 2; trade++) {
            notifier.accept(new ServiceEvent(10 + trade, T.plusSeconds(10 + trade), ServiceEvent.FILL, "flip", Map.of(
                    "client_order_id", "o-" + trade, "trade_id", "t-" + trade, "side", "buy", "quantity", "0.1",
                    "symbol", "BTC-USD", "price", "806.41")));
            notifier.deliverDue(T.plusSeconds(10 + trade));
        }
        assertEquals(List.of("flip: buy 0.1 BTC-USD @ 806.41", "flip: buy 0.1 BTC-USD @ 806.41"),
                sent.stream().map(Notification::text).toList());
        notifier.deliverDue(T.plus(Duration.ofMinutes(6)));
        assertEquals(2, sent.size(), "no count of repeats follows: " + sent);
    }

    /** A feed flapping down, up, down within the window: each change told at once, the last word the truth. */
    @Test
    void every_change_of_a_feed_is_told_at_once() {
        Notifier notifier = notifier(Map.of(), Duration.ofMinutes(5));
        for (int second = 0; second < 3; second++) {
            notifier.accept(new ServiceEvent(second + 1, T.plusSeconds(second), ServiceEvent.FEED, "nami-sma",
                    second == 1 ? Map.of("state", "up") : Map.of("state", "down", "error", "nami candles: 503")));
            notifier.deliverDue(T.plusSeconds(second));
        }
        assertEquals(List.of("nami-sma: feed cannot reach its venue (it tries again every few seconds): nami candles: 503",
                "nami-sma: feed reaches its venue again",
                "nami-sma: feed cannot reach its venue (it tries again every few seconds): nami candles: 503"),
                sent.stream().map(Notification::text).toList());
    }

    /** A user's script posting orders to an unlisted market in a loop: one alert and a count, not one per order. */
    @Test
    void rejections_of_many_orders_for_the_same_reasons_are_one_alert_and_a_count() {
        Notifier notifier = notifier(Map.of(), Duration.ofMinutes(5));
        for (int order = 0; order < 20; order++) {
            notifier.accept(rejected(order, "NOPE-USD", "symbol_not_listed"));
        }
        notifier.accept(rejected(20, "BTC-USD", "quantity_below_minimum"));
        notifier.deliverDue(T);
        assertEquals(List.of("orders-api:alice: order o-0 rejected (buy limit 1 NOPE-USD @ 1, filled 0): symbol_not_listed",
                "orders-api:alice: order o-20 rejected (buy limit 1 BTC-USD @ 1, filled 0): quantity_below_minimum"),
                sent.stream().map(Notification::text).toList());
        notifier.deliverDue(T.plus(Duration.ofMinutes(5)));
        assertEquals("orders-api:alice: order o-0 rejected (buy limit 1 NOPE-USD @ 1, filled 0): symbol_not_listed"
                + " (19 more orders alike since the first)", sent.get(2).text());
        assertEquals(3, sent.size(), sent.toString());
    }

    @Test
    void types_switched_off_are_not_sent_and_silent_ones_are_marked() {
        Notifier notifier = notifier(Map.of(NotificationType.ERROR, Delivery.OFF, NotificationType.PAUSE, Delivery.SILENT),
                Duration.ZERO);
        notifier.accept(failedTick(0));
        notifier.accept(new ServiceEvent(2, T, ServiceEvent.INSTANCE, "btc-sma", Map.of("state", "paused", "reason", "operator")));
        notifier.deliverDue(T);
        assertEquals(1, sent.size(), sent.toString());
        assertEquals(NotificationType.PAUSE, sent.get(0).type());
        assertTrue(sent.get(0).silent());
    }

    @Test
    void the_daily_summary_goes_out_once_a_day_at_its_time() {
        Notifier notifier = new Notifier(List.of(channel), Map.of(), Duration.ZERO, LocalTime.of(21, 0), List::of,
                Clock.fixed(T, ZoneOffset.UTC));
        notifier.deliverDue(T.plus(Duration.ofHours(10)).minusSeconds(1));
        assertEquals(List.of(), sent);
        notifier.deliverDue(T.plus(Duration.ofHours(11)));
        notifier.deliverDue(T.plus(Duration.ofHours(12)));
        assertEquals(1, sent.size());
        assertEquals("daily summary: no instances", sent.get(0).text());
        notifier.deliverDue(T.plus(Duration.ofHours(35)));
        assertEquals(2, sent.size(), "the next day's");
    }

    /** A flattened instance's figures keep the store's scale; the summary writes them as the API does. */
    @Test
    void the_daily_summary_writes_amounts_as_the_api_does() {
        InstanceView flat = new InstanceView("flip", "zz-flipper", "paper", "flip", "BTC-USD", "1m", "bitstamp:BTC-USD",
                InstanceState.PAUSED, "flattened by the operator", null, T, T, 10, 0, 0, null, null, 0, new BigDecimal("0.00000000"),
                null, Map.of(), new BigDecimal("-15.581787000000000000"), new BigDecimal("0E-8"), 13, 13, 0, 3);
        Notifier notifier = new Notifier(List.of(channel), Map.of(), Duration.ZERO, LocalTime.of(21, 0), () -> List.of(flat),
                Clock.fixed(T, ZoneOffset.UTC));
        notifier.deliverDue(T.plus(Duration.ofHours(11)));
        assertEquals("daily summary: flip: paused, position 0 BTC-USD, realised PnL -15.581787, unrealised 0, orders placed 13,"
                + " filled 13, rejected 0, cancelled 3, errors 0", sent.get(0).text());
    }

    @Test
    void a_channel_that_fails_does_not_stop_the_others() {
        NotificationChannel broken = channel("broken", notification -> {
            throw new IllegalStateException("it answered 500 four times");
        });
        Notifier notifier = new Notifier(List.of(broken, channel), Map.of(), Duration.ZERO, LocalTime.MIDNIGHT, List::of,
                Clock.fixed(T, ZoneOffset.UTC));
        notifier.accept(failedTick(0));
        notifier.deliverDue(T);
        assertEquals(1, sent.size());
    }

    @Test
    void a_channel_that_hangs_delays_only_itself_and_what_is_queued_is_sent_at_stop() throws Exception {
        CountDownLatch answering = new CountDownLatch(1);
        List<Notification> slowSent = new CopyOnWriteArrayList<>();
        NotificationChannel hanging = channel("hanging", notification -> {
            try {
                answering.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
            slowSent.add(notification);
        });
        List<Notification> quickSent = new CopyOnWriteArrayList<>();
        NotificationChannel quick = channel("quick", quickSent::add);
        Notifier notifier = new Notifier(List.of(hanging, quick), Map.of(), Duration.ZERO, LocalTime.MIDNIGHT, List::of,
                Clock.systemUTC());
        notifier.start();
        notifier.accept(failedTick(0));
        notifier.accept(failedTick(1));
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (quickSent.size() < 2 && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertEquals(2, quickSent.size(), "the quick channel did not wait for the hanging one");
        assertEquals(List.of(), slowSent);

        answering.countDown();
        notifier.stop();
        assertEquals(2, slowSent.size(), "what was queued for the slow channel went out before the stop ended");
    }

    private static NotificationChannel channel(String name, Consumer<Notification> send) {
        return new NotificationChannel() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public void send(Notification notification) {
                send.accept(notification);
            }
        };
    }

    private Notifier notifier(Map<NotificationType, Delivery> deliveries, Duration window) {
        return new Notifier(List.of(channel), deliveries, window, LocalTime.MIDNIGHT, List::of, Clock.fixed(T, ZoneOffset.UTC));
    }

    private static ServiceEvent rejected(int order, String symbol, String reasons) {
        return new ServiceEvent(order + 1, T, ServiceEvent.ORDER, "orders-api:alice", Map.of("status", "rejected",
                "client_order_id", "o-" + order, "side", "buy", "type", "limit", "quantity", "1", "symbol", symbol, "price", "1",
                "rejection_reasons", reasons));
    }

    private static ServiceEvent failedTick(int second) {
        return new ServiceEvent(second + 1, T.plusSeconds(second), ServiceEvent.TICK_FAILED, "btc-sma", Map.of("error", "boom"));
    }
}
