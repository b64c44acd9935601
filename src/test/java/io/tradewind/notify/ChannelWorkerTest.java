package io.tradewind.notify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.IntPredicate;
import org.junit.jupiter.api.Test;

/** A channel that cannot be reached for a while (Telegram down a minute) loses nothing, and says what comes late. */
class ChannelWorkerTest {

    private final List<String> sent = new CopyOnWriteArrayList<>();
    private static final Duration HOLD = Duration.ofMillis(100);
    private final List<Long> failedAt = new CopyOnWriteArrayList<>();
    private final AtomicInteger calls = new AtomicInteger();

    @Test
    void notifications_are_held_while_the_channel_cannot_be_reached_and_sent_in_order_when_it_answers() throws Exception {
        ChannelWorker worker = worker(call -> call <= 3, Duration.ofMinutes(1));

        worker.start();
        worker.offer(notification("exit: btc-sma: sell 0.5"));
        worker.offer(notification("pause: btc-sma"));
        waitFor(3);
        worker.stop(1_000);

        assertEquals(3, sent.size(), sent.toString());
        assertTrue(sent.get(0).matches("notifications were held from \\d\\d:\\d\\d:\\d\\d to \\d\\d:\\d\\d:\\d\\d UTC: chat could"
                + " not be reached; those held follow, late"), sent.get(0));
        assertEquals(List.of("exit: btc-sma: sell 0.5", "pause: btc-sma"), sent.subList(1, 3));
    }

    @Test
    void once_the_hold_ran_out_notifications_are_given_up_and_counted_when_it_answers_again() throws Exception {
        AtomicBoolean down = new AtomicBoolean(true);
        ChannelWorker worker = worker(call -> down.get(), HOLD);

        worker.start();
        worker.offer(notification("entry: btc-sma"));
        worker.offer(notification("exit: btc-sma"));
        // the first failure that comes after the hold gives the entry up; the next, the notice tried before the exit,
        // gives up the exit
        waitUntil(() -> failedAt.stream().filter(nanos -> nanos - failedAt.get(0) >= HOLD.toNanos()).count() >= 2);
        down.set(false);
        worker.offer(notification("pause: btc-sma"));
        waitFor(2);
        worker.stop(1_000);

        assertTrue(sent.get(0).endsWith("but 2 were given up once it had not been reached for 0 min (the event stream and"
                + " the log have them)"), sent.get(0));
        assertEquals(List.of("pause: btc-sma"), sent.subList(1, sent.size()));
    }

    /** The channel answered, refusing only the notice of its outage: the notifications held behind it still go. */
    @Test
    void a_refused_notice_of_the_outage_does_not_cost_the_notifications_held_behind_it() throws Exception {
        ChannelWorker worker = new ChannelWorker(channel(call -> {
            if (call == 1) {
                throw new ChannelUnreachableException("it could not be reached four times (cannot connect)");
            }
            if (call == 2) {
                throw new IllegalStateException("it answered 400 (Bad Request: message text is empty)");
            }
        }), Duration.ofMinutes(1), Duration.ofMillis(10), Duration.ofMillis(20));

        worker.start();
        worker.offer(notification("exit: btc-sma: sell 0.5"));
        worker.offer(notification("pause: btc-sma"));
        waitFor(2);
        worker.stop(1_000);

        assertEquals(List.of("exit: btc-sma: sell 0.5", "pause: btc-sma"), sent);
        assertEquals(4, calls.get(), "the exit, the notice, the exit again, the pause: the notice is not sent before each");
    }

    @Test
    void a_refusal_is_not_tried_again() throws Exception {
        ChannelWorker worker = new ChannelWorker(channel(call -> {
            if (call == 1) {
                throw new IllegalStateException("it answered 400 (Bad Request: chat not found)");
            }
        }), Duration.ofMinutes(1), Duration.ofMillis(10), Duration.ofMillis(50));

        worker.start();
        worker.offer(notification("refused"));
        worker.offer(notification("next"));
        waitFor(1);
        worker.stop(1_000);

        assertEquals(List.of("next"), sent);
        assertEquals(2, calls.get());
    }

    private ChannelWorker worker(IntPredicate unreachable, Duration hold) {
        return new ChannelWorker(channel(call -> {
            if (unreachable.test(call)) {
                throw new ChannelUnreachableException("it could not be reached four times (cannot connect)");
            }
        }), hold, Duration.ofMillis(10), Duration.ofMillis(20));
    }

    private NotificationChannel channel(java.util.function.IntConsumer failing) {
        return new NotificationChannel() {
            @Override
            public String name() {
                return "chat";
            }

            @Override
            public void send(Notification notification) {
                try {
                    failing.accept(calls.incrementAndGet());
                } catch (RuntimeException e) {
                    failedAt.add(System.nanoTime());
                    throw e;
                }
                sent.add(notification.text());
            }
        };
    }

    private void waitFor(int count) throws InterruptedException {
        waitUntil(() -> sent.size() >= count);
    }

    private static void waitUntil(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (!condition.getAsBoolean() && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
    }

    private static Notification notification(String text) {
        return new Notification(NotificationType.EXIT, "btc-sma", text, Map.of(), 1, false, Instant.EPOCH);
    }
}
