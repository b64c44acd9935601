package io.tradewind.service.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tradewind.service.ServiceEvent;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.SseEventSink;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.LongStream;
import org.jboss.resteasy.reactive.server.jaxrs.SseImpl;
import org.junit.jupiter.api.Test;

/** One client's stream: paced by what the client has taken, in order, and hung up on when it falls behind. */
class EventStreamTest {

    private final Sink sink = new Sink();
    private final AtomicInteger hangUps = new AtomicInteger();
    private final List<EventStream> unsubscribed = new ArrayList<>();
    private final AtomicLong now = new AtomicLong();
    private final EventStream stream = new EventStream(sink, new SseImpl(), value -> value instanceof ServiceEvent event
            ? "event " + event.sequence() : "missed " + value, hangUps::incrementAndGet, unsubscribed::add, now::get);

    private static ServiceEvent kept(long sequence) {
        return new ServiceEvent(sequence, Instant.EPOCH, ServiceEvent.ORDER, "demo", Map.of());
    }

    private static List<ServiceEvent> kept(long from, long to) {
        return LongStream.rangeClosed(from, to).mapToObj(EventStreamTest::kept).toList();
    }

    @Test
    void at_most_a_window_of_events_is_on_its_way_and_each_written_one_lets_the_next_go() {
        stream.start(null, kept(1, 100));
        assertEquals(EventStream.WINDOW, sink.sent.size(), "not the whole backlog at once");

        sink.completeAll();

        assertEquals(kept(1, 100).stream().map(e -> Long.toString(e.sequence())).toList(),
                sink.sent.stream().map(OutboundSseEvent::getId).toList(), "every event once, in order");
        stream.accept(kept(101));
        assertEquals("101", sink.sent.get(100).getId());
        assertEquals(0, hangUps.get());
    }

    @Test
    void the_missed_notice_and_the_resumed_events_go_before_those_published_meanwhile() {
        stream.accept(kept(7));
        stream.start(Map.of("last_sequence", 7), kept(5, 6));
        sink.completeAll();

        assertEquals(List.of("missed", "order", "order", "order"), sink.sent.stream().map(OutboundSseEvent::getName).toList());
        assertEquals(List.of("missed {last_sequence=7}", "event 5", "event 6", "event 7"),
                sink.sent.stream().map(e -> (String) e.getData()).toList());
    }

    @Test
    void a_client_that_falls_too_far_behind_is_hung_up_on_and_gets_nothing_more() {
        stream.start(null, kept(1, 5_000));
        for (long sequence = 5_001; sequence <= 5_000 + EventStream.MAX_BEHIND; sequence++) {
            stream.accept(kept(sequence));
        }
        assertEquals(0, hangUps.get(), "the kept events it asked for do not count against it");

        stream.accept(kept(6_001));

        assertEquals(1, hangUps.get());
        assertEquals(List.of(stream), unsubscribed);
        assertTrue(stream.ended());
        sink.completeAll();
        stream.accept(kept(6_002));
        assertEquals(EventStream.WINDOW, sink.sent.size(), "nothing written after the hang-up");
    }

    @Test
    void a_client_that_reads_nothing_for_a_minute_is_hung_up_on_at_the_next_event() {
        stream.start(null, kept(1, 3));
        now.addAndGet(EventStream.STALLED.toNanos());
        stream.accept(kept(4));
        assertEquals(0, hangUps.get(), "a minute, not less");

        now.incrementAndGet();
        stream.accept(kept(5));

        assertEquals(1, hangUps.get());
    }

    /** A review: on a quiet service no event came to hang up on 32 unread streams, and every new one was a 429. */
    @Test
    void a_stalled_stream_is_hung_up_on_when_asked_without_an_event() {
        stream.start(null, kept(1, 3));
        assertFalse(stream.hangUpIfStalled(), "still within the minute");
        now.addAndGet(EventStream.STALLED.toNanos() + 1);

        assertTrue(stream.hangUpIfStalled());

        assertEquals(1, hangUps.get());
        assertEquals(List.of(stream), unsubscribed);
        assertFalse(stream.hangUpIfStalled(), "once");
    }

    /** An event that cannot be written ends its stream; the exception reached the publisher's call under the journal's lock. */
    @Test
    void a_write_that_throws_hangs_up_and_the_publisher_never_sees_it() {
        sink.failWith = new IllegalArgumentException("cannot write");
        stream.start(null, kept(1, 2));
        stream.accept(kept(3));

        assertEquals(1, hangUps.get());
        assertEquals(List.of(stream), unsubscribed, "unsubscribed once");
        assertTrue(stream.ended());
    }

    @Test
    void failed_writes_hang_up_once() {
        stream.start(null, kept(1, 5));
        sink.pending.forEach(write -> write.completeExceptionally(new IllegalStateException("connection reset")));

        assertEquals(1, hangUps.get());
        assertEquals(List.of(stream), unsubscribed);
    }

    @Test
    void an_idle_stream_is_waited_for_from_its_next_write_not_from_its_last() {
        stream.start(null, kept(1, 1));
        sink.completeAll();
        now.addAndGet(EventStream.STALLED.toNanos() * 10);

        stream.accept(kept(2));
        stream.accept(kept(3));

        assertEquals(0, hangUps.get());
        assertEquals(3, sink.sent.size());
    }

    /** A write may complete on the thread that made it: the stream goes on in a loop, not deeper and deeper. */
    @Test
    void writes_that_complete_at_once_send_the_whole_backlog() {
        sink.completeAtOnce = true;
        stream.start(null, kept(1, 10_000));
        assertEquals(10_000, sink.sent.size());
    }

    @Test
    void a_stream_whose_client_went_away_ends_and_unsubscribes() {
        stream.start(null, kept(1, 1));
        assertFalse(stream.ended());
        sink.closed = true;
        assertTrue(stream.ended());

        stream.accept(kept(2));
        sink.completeAll();

        assertEquals(List.of(stream), unsubscribed);
        assertEquals(1, sink.sent.size());
    }

    @Test
    void a_failed_write_hangs_up() {
        stream.start(null, kept(1, 2));
        sink.pending.get(0).completeExceptionally(new IllegalStateException("connection reset"));
        assertEquals(1, hangUps.get());
        assertTrue(stream.ended());
    }

    private static final class Sink implements SseEventSink {
        final List<OutboundSseEvent> sent = new ArrayList<>();
        final List<CompletableFuture<Void>> pending = new ArrayList<>();
        boolean completeAtOnce;
        boolean closed;
        RuntimeException failWith;

        @Override
        public boolean isClosed() {
            return closed;
        }

        @Override
        public CompletionStage<?> send(OutboundSseEvent event) {
            if (closed) {
                throw new IllegalStateException("Already closed"); // as Quarkus REST's sink does
            }
            if (failWith != null) {
                throw failWith;
            }
            sent.add(event);
            if (completeAtOnce) {
                return CompletableFuture.completedFuture(null);
            }
            CompletableFuture<Void> written = new CompletableFuture<>();
            pending.add(written);
            return written;
        }

        /** The client reads everything, including what completing a write sends next. */
        void completeAll() {
            while (!pending.isEmpty()) {
                pending.remove(0).complete(null);
            }
        }

        @Override
        public void close() {
            closed = true;
        }
    }
}
