package io.tradewind.service;

import io.tradewind.marketdata.Candle;

/**
 * What the instances report as they run, for metrics and the live event stream. The service calls it from tick threads:
 * implementations are thread-safe and never block.
 */
public interface InstanceMonitor {

    /** Reports nowhere: the default when no metrics registry is present. */
    InstanceMonitor NONE = new InstanceMonitor() {
    };

    /** A tick finished, successfully or not, after {@code nanos}. */
    default void tickFinished(String instance, long nanos, boolean failed) {
    }

    /** A tick was due while the previous one still ran, or came too late, and was skipped. */
    default void tickSkipped(String instance) {
    }

    /** A tick failed with {@code error}, the instance's own failure (logged with its id). */
    default void tickFailed(String instance, String error) {
    }

    /**
     * The instance's state changed: {@code paused} (with why: the operator, repeated failures, the
     * end of a replay, a flatten), {@code resumed} or {@code reduce_only}.
     */
    default void stateChanged(String instance, String state, String reason) {
    }

    /**
     * The instance's feed could not reach its venue ({@code failure}, the first failure of an outage:
     * the feed tries again every few seconds, each failure is not told again), or reaches it again
     * ({@code failure} null). The ticks do not fail meanwhile, so nothing else tells an operator.
     */
    default void feedChanged(String instance, String failure) {
    }

    /** The instance played {@code candle} (not one of its warm-up history): what a chart following it adds. */
    default void candlePlayed(String instance, Candle candle) {
    }

    /** One of the instance's orders changed: {@code placed}, {@code filled}, {@code rejected} or {@code cancelled}. */
    default void orderChanged(String instance, String change) {
    }

    /** A call to a venue finished after {@code nanos}; {@code failed} when it threw. */
    default void venueCall(String venue, String operation, long nanos, boolean failed) {
    }
}
