package io.tradewind.runtime;

import io.tradewind.marketdata.Candle;
import io.tradewind.service.EquityHistory;
import io.tradewind.service.InstanceMonitor;
import io.tradewind.service.InstanceView;
import java.time.Clock;
import java.util.Optional;
import java.util.function.Function;

/**
 * The instances' reports passed on, and their equity sampled into the {@link EquityHistory} at the
 * end of a tick, at most once a minute per instance (so a fast replay does not sample every tick).
 */
final class EquitySampling implements InstanceMonitor {

    private final InstanceMonitor next;
    private final EquityHistory history;
    private final Function<String, Optional<InstanceView>> views;
    private final Clock clock;

    EquitySampling(InstanceMonitor next, EquityHistory history, Function<String, Optional<InstanceView>> views, Clock clock) {
        this.next = next;
        this.history = history;
        this.views = views;
        this.clock = clock;
    }

    @Override
    public void tickFinished(String instance, long nanos, boolean failed) {
        next.tickFinished(instance, nanos, failed);
        var now = clock.instant();
        if (history.due(instance, now)) {
            views.apply(instance).ifPresent(view -> history.record(view, now));
        }
    }

    @Override
    public void tickSkipped(String instance) {
        next.tickSkipped(instance);
    }

    @Override
    public void tickFailed(String instance, String error) {
        next.tickFailed(instance, error);
    }

    @Override
    public void stateChanged(String instance, String state, String reason) {
        next.stateChanged(instance, state, reason);
    }

    @Override
    public void feedChanged(String instance, String failure) {
        next.feedChanged(instance, failure);
    }

    @Override
    public void candlePlayed(String instance, Candle candle) {
        next.candlePlayed(instance, candle);
    }

    @Override
    public void orderChanged(String instance, String change) {
        next.orderChanged(instance, change);
    }

    @Override
    public void venueCall(String venue, String operation, long nanos, boolean failed) {
        next.venueCall(venue, operation, nanos, failed);
    }
}
