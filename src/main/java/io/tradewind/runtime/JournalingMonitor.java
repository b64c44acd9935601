package io.tradewind.runtime;

import io.tradewind.domain.Decimals;
import io.tradewind.marketdata.Candle;
import io.tradewind.service.EventJournal;
import io.tradewind.service.InstanceMonitor;
import io.tradewind.service.ServiceEvent;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/** The instances' reports to the metrics monitor, and those an operator follows into the live event stream too. */
final class JournalingMonitor implements InstanceMonitor {

    private final InstanceMonitor metrics;
    private final EventJournal journal;

    JournalingMonitor(InstanceMonitor metrics, EventJournal journal) {
        this.metrics = metrics;
        this.journal = journal;
    }

    @Override
    public void tickFinished(String instance, long nanos, boolean failed) {
        metrics.tickFinished(instance, nanos, failed);
    }

    @Override
    public void tickSkipped(String instance) {
        metrics.tickSkipped(instance);
        journal.publish(ServiceEvent.TICK_SKIPPED, instance, Map.of());
    }

    @Override
    public void tickFailed(String instance, String error) {
        metrics.tickFailed(instance, error);
        journal.publish(ServiceEvent.TICK_FAILED, instance, Map.of("error", error));
    }

    @Override
    public void stateChanged(String instance, String state, String reason) {
        metrics.stateChanged(instance, state, reason);
        Map<String, String> data = new HashMap<>();
        data.put("state", state);
        data.put("reason", reason);
        journal.publish(ServiceEvent.INSTANCE, instance, data);
    }

    @Override
    public void feedChanged(String instance, String failure) {
        metrics.feedChanged(instance, failure);
        journal.publish(ServiceEvent.FEED, instance, failure == null ? Map.of("state", "up")
                : Map.of("state", "down", "error", failure));
    }

    @Override
    public void candlePlayed(String instance, Candle candle) {
        metrics.candlePlayed(instance, candle);
        if (!journal.followed()) {
            return; // a fast replay plays many candles a second; unheard, they are not kept either
        }
        Map<String, String> data = new LinkedHashMap<>();
        data.put("time", candle.openTime().toString());
        data.put("open", Decimals.format(candle.open()));
        data.put("high", Decimals.format(candle.high()));
        data.put("low", Decimals.format(candle.low()));
        data.put("close", Decimals.format(candle.close()));
        data.put("volume", Decimals.format(candle.volume()));
        journal.publish(ServiceEvent.CANDLE, instance, data);
    }

    @Override
    public void orderChanged(String instance, String change) {
        metrics.orderChanged(instance, change);
    }

    @Override
    public void venueCall(String venue, String operation, long nanos, boolean failed) {
        metrics.venueCall(venue, operation, nanos, failed);
    }
}
