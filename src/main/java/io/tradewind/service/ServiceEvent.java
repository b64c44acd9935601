package io.tradewind.service;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.time.Instant;
import java.util.Map;

/**
 * One thing that happened in the service, as the live event stream tells it.
 *
 * @param sequence increases by one per kept event, on from the service's start time in microseconds
 *                 (so across restarts too); a client resumes after the last it saw. An event that is
 *                 not {@link #kept} has the newest kept event's number
 * @param type     {@code order}, {@code fill}, {@code candle} (one an instance played),
 *                 {@code instance} (a state change), {@code tick_skipped}, {@code tick_failed} or
 *                 {@code kill_switch}
 * @param instance the strategy instance it concerns, or null (the kill switch)
 * @param data     the details, decimals as exact strings
 */
@RegisterForReflection // written by the event stream's own ObjectMapper, outside a REST endpoint
public record ServiceEvent(long sequence, Instant time, String type, String instance, Map<String, String> data) {

    public static final String ORDER = "order";
    public static final String FILL = "fill";
    public static final String CANDLE = "candle";
    public static final String INSTANCE = "instance";
    public static final String TICK_SKIPPED = "tick_skipped";
    public static final String TICK_FAILED = "tick_failed";
    public static final String FEED = "feed";
    public static final String KILL_SWITCH = "kill_switch";

    public ServiceEvent {
        data = Map.copyOf(data);
    }

    /**
     * Whether the journal keeps it for clients that resume. Candles are not kept: they come every
     * tick and would push the rarer events out, and a chart that reconnects reloads its candles
     * over UDF anyway.
     */
    public boolean kept() {
        return !CANDLE.equals(type);
    }
}
