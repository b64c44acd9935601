package io.tradewind.service;

import java.time.Instant;
import java.util.Map;

/**
 * One thing that happened in the service, as the live event stream tells it.
 *
 * @param sequence increases by one per event from 1 at start-up; a client resumes after the last it saw
 * @param type     {@code order}, {@code fill}, {@code instance} (a state change), {@code tick_skipped},
 *                 {@code tick_failed} or {@code kill_switch}
 * @param instance the strategy instance it concerns, or null (the kill switch)
 * @param data     the details, decimals as exact strings
 */
public record ServiceEvent(long sequence, Instant time, String type, String instance, Map<String, String> data) {

    public static final String ORDER = "order";
    public static final String FILL = "fill";
    public static final String INSTANCE = "instance";
    public static final String TICK_SKIPPED = "tick_skipped";
    public static final String TICK_FAILED = "tick_failed";
    public static final String KILL_SWITCH = "kill_switch";

    public ServiceEvent {
        data = Map.copyOf(data);
    }
}
