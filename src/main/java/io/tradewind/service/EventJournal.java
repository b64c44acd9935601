package io.tradewind.service;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * The service's recent events, numbered, for the live event stream: the last {@code capacity}
 * are kept so that a client that lost its connection resumes after the last event it saw without
 * missing one; one that fell further behind (or saw a service that has restarted since) is told so
 * and reloads its state. Publishing and subscribing share one lock, so a subscriber gets the kept
 * events and then every new one, in order, none twice.
 *
 * <p>A service's journal numbers its events on from its start time in microseconds since the epoch
 * ({@link #startingNow}), not from 1: a number a client kept from before a restart then lies before
 * every number of the new run, so the client is told it missed events, where counting from 1 again
 * would take it for one of the new run's and skip the new run's events up to it.
 *
 * <p>Subscribers are called under that lock from the publishing thread (a tick, an API call), so
 * they must hand the event on without blocking, as an SSE connection's asynchronous send does.
 */
public final class EventJournal {

    public static final int DEFAULT_CAPACITY = 10_000;

    private final int capacity;
    private final Clock clock;
    private final ArrayDeque<ServiceEvent> kept = new ArrayDeque<>();
    private final List<Consumer<ServiceEvent>> subscribers = new CopyOnWriteArrayList<>();
    private final long first;
    private long last;

    /** @param firstSequence the first event's number, at least 1 */
    public EventJournal(int capacity, Clock clock, long firstSequence) {
        if (capacity < 1) {
            throw new IllegalArgumentException("an event journal keeps at least one event");
        }
        if (firstSequence < 1) {
            throw new IllegalArgumentException("an event journal numbers its events from 1 or more");
        }
        this.capacity = capacity;
        this.clock = clock;
        this.first = firstSequence;
        this.last = firstSequence - 1;
    }

    /** A journal whose first event's number is the clock's time now in microseconds since the epoch. */
    public static EventJournal startingNow(int capacity, Clock clock) {
        Instant now = clock.instant();
        return new EventJournal(capacity, clock, Math.addExact(Math.multiplyExact(now.getEpochSecond(), 1_000_000L),
                now.getNano() / 1_000));
    }

    /**
     * Numbers, keeps and hands on one event ({@link ServiceEvent#kept}: an event that is not kept
     * is only handed on, with the newest kept event's number); {@code data}'s null values are left out.
     */
    public synchronized ServiceEvent publish(String type, String instance, Map<String, String> data) {
        Map<String, String> present = new LinkedHashMap<>();
        data.forEach((key, value) -> {
            if (value != null) {
                present.put(key, value);
            }
        });
        ServiceEvent event = new ServiceEvent(last + 1, clock.instant(), type, instance, present);
        if (event.kept()) {
            last = event.sequence();
            kept.addLast(event);
            if (kept.size() > capacity) {
                kept.removeFirst();
            }
        } else {
            event = new ServiceEvent(last, event.time(), type, instance, present);
        }
        for (Consumer<ServiceEvent> subscriber : subscribers) {
            subscriber.accept(event);
        }
        return event;
    }

    /**
     * Registers {@code subscriber} for every event after {@code after} (0: a subscriber that has seen
     * none): the kept ones are returned, the later ones handed to it as they are published.
     */
    public synchronized Resumed subscribe(long after, Consumer<ServiceEvent> subscriber) {
        long seen = after == 0 ? first - 1 : after;
        long oldest = kept.isEmpty() ? last + 1 : kept.peekFirst().sequence();
        boolean missed = seen > last || seen + 1 < oldest;
        List<ServiceEvent> since = new ArrayList<>();
        for (ServiceEvent event : kept) {
            if (missed || event.sequence() > seen) {
                since.add(event);
            }
        }
        subscribers.add(subscriber);
        return new Resumed(missed, since);
    }

    public void unsubscribe(Consumer<ServiceEvent> subscriber) {
        subscribers.remove(subscriber);
    }

    /** Whether anyone follows the stream: an event that is not kept is worth building only then. */
    public boolean followed() {
        return !subscribers.isEmpty();
    }

    /** The newest event's sequence number; before the first, the number before the first's. */
    public synchronized long lastSequence() {
        return last;
    }

    /**
     * What a subscriber gets first.
     *
     * @param missed whether events it asked for are gone (fallen out of the journal, or from before
     *               a restart): it should reload its state and forget the events it has; {@code events}
     *               then holds all kept
     * @param events the kept events after the one it asked to resume after, oldest first
     */
    public record Resumed(boolean missed, List<ServiceEvent> events) {
    }
}
