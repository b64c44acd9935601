package io.tradewind.service.api;

import io.tradewind.service.ServiceEvent;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.LongSupplier;

/**
 * One client's event stream, paced by the client: at most {@link #WINDOW} events are being written
 * to it at a time, and the next is written (and only then turned into text) when one has reached
 * the client's connection. The kept events a resume asked for go first, then those published
 * meanwhile, each once and in order. Sending everything at once held a client's whole backlog in
 * memory until it read it: streams that never read ran the service out of heap.
 *
 * <p>A client whose stream falls {@link #MAX_BEHIND} published events behind, or reads nothing
 * for {@link #STALLED}, is hung up on, so that it holds no heap or stream slot: a client that is
 * still there reconnects with its last event's id and resumes from the journal. Its connection is
 * reset, which also frees the system's send buffer for it ({@link ConnectionReset}).
 */
final class EventStream implements Consumer<ServiceEvent> {

    static final int WINDOW = 16;
    static final int MAX_BEHIND = 1_000;
    static final Duration STALLED = Duration.ofSeconds(60);

    private final SseEventSink sink;
    private final Sse sse;
    private final Function<Object, String> json;
    private final Runnable hangUp;
    private final Consumer<EventStream> unsubscribe;
    private final LongSupplier nanoTime;
    private final Deque<ServiceEvent> queued = new ArrayDeque<>();
    private Map<String, Object> missedNotice;
    private boolean started;
    private boolean sending;
    private boolean ended;
    private int writing;
    /** How many queued events were published after the stream began (the rest were asked for). */
    private int behind;
    private long lastProgress;

    /**
     * @param hangUp      drops the client's connection
     * @param unsubscribe stops the events coming (called once, when the stream ends)
     */
    EventStream(SseEventSink sink, Sse sse, Function<Object, String> json, Runnable hangUp, Consumer<EventStream> unsubscribe,
            LongSupplier nanoTime) {
        this.sink = sink;
        this.sse = sse;
        this.json = json;
        this.hangUp = hangUp;
        this.unsubscribe = unsubscribe;
        this.nanoTime = nanoTime;
    }

    /**
     * Begins the stream with what the client asked for: a {@code missed} notice when some of it is
     * gone, then the kept events after its last. Events published since it subscribed follow them.
     */
    void start(Map<String, Object> missed, List<ServiceEvent> resumed) {
        synchronized (this) {
            missedNotice = missed;
            ServiceEvent[] published = queued.toArray(ServiceEvent[]::new);
            queued.clear();
            queued.addAll(resumed);
            queued.addAll(List.of(published));
            started = true;
        }
        send();
    }

    @Override
    public void accept(ServiceEvent event) {
        boolean tooSlow;
        synchronized (this) {
            if (ended) {
                return;
            }
            tooSlow = behind >= MAX_BEHIND || stalled();
            if (!tooSlow) {
                queued.add(event);
                behind++;
            }
        }
        if (tooSlow) {
            hangUp();
        } else {
            send();
        }
    }

    /** Whether the stream is over: hung up on, or the client went away. */
    synchronized boolean ended() {
        return ended || sink.isClosed();
    }

    /**
     * Hangs up on a client that has taken nothing for {@link #STALLED}, as the next event would: asked
     * when a stream opens, so that streams left unread on a quiet service do not hold every place.
     *
     * @return whether it hung up
     */
    boolean hangUpIfStalled() {
        synchronized (this) {
            if (ended || !stalled()) {
                return false;
            }
        }
        hangUp();
        return true;
    }

    /** Events are on their way and none has reached the client for {@link #STALLED}. */
    private boolean stalled() {
        return writing > 0 && nanoTime.getAsLong() - lastProgress > STALLED.toNanos();
    }

    /**
     * Writes queued events while fewer than {@link #WINDOW} are on their way, one thread at a time
     * (so in order), and outside this stream's lock: a write may complete at once, on the thread
     * that made it, and the completion takes the lock.
     */
    private void send() {
        synchronized (this) {
            if (sending) {
                return; // the thread sending goes on with what is queued now
            }
            sending = true;
        }
        while (true) {
            Object next;
            synchronized (this) {
                if (ended || !started || writing >= WINDOW || (missedNotice == null && queued.isEmpty())) {
                    sending = false;
                    break;
                }
                if (missedNotice != null) {
                    next = missedNotice;
                    missedNotice = null;
                } else {
                    next = queued.poll();
                    behind = Math.min(behind, queued.size());
                }
                if (writing == 0) {
                    lastProgress = nanoTime.getAsLong(); // the client is waited for from now
                }
                writing++;
            }
            CompletionStage<?> sent;
            try {
                sent = sink.send(outbound(next));
            } catch (IllegalStateException closed) {
                // the client went away (checking first would not do: it can go between the check and the send);
                // an exception here would reach whoever published the event
                end();
                return;
            } catch (RuntimeException e) {
                // an event that cannot be written (or a sink's own failure) ends this stream, never the publisher's call
                hangUp();
                return;
            }
            sent.whenComplete((written, failure) -> written(failure));
        }
    }

    private void written(Throwable failure) {
        synchronized (this) {
            writing--;
            lastProgress = nanoTime.getAsLong();
        }
        if (failure != null) {
            hangUp();
        } else {
            send();
        }
    }

    private OutboundSseEvent outbound(Object next) {
        if (!(next instanceof ServiceEvent event)) {
            return sse.newEventBuilder().name("missed").data(json.apply(next)).build();
        }
        OutboundSseEvent.Builder builder = sse.newEventBuilder().name(event.type()).data(json.apply(event));
        // an event the journal does not keep has no id of its own: resuming from it would skip nothing
        return (event.kept() ? builder.id(Long.toString(event.sequence())) : builder).build();
    }

    /**
     * The client went away: no more events for it.
     *
     * @return false when the stream had ended already (writes failing one after another end it once)
     */
    private boolean end() {
        synchronized (this) {
            sending = false;
            if (ended) {
                return false;
            }
            ended = true;
            queued.clear();
        }
        unsubscribe.accept(this);
        return true;
    }

    /** Ends the stream and closes the client's connection, once. */
    private void hangUp() {
        if (end()) {
            hangUp.run();
        }
    }
}
