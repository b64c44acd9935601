package io.tradewind.service;

/** Where a strategy instance is in its life, as the operator sees it. */
public enum InstanceState {
    /** Loading history and reconciling before its first tick. */
    STARTING,
    /** Ticked as its candles close. */
    RUNNING,
    /** Ticked, but only orders that shrink its position are accepted. */
    REDUCE_ONLY,
    /** Not ticked, by the operator's choice or after repeated failures (see {@link InstanceView#pausedReason()}). */
    PAUSED,
    /** Failed recently; skipped until its back-off ends. */
    BACKING_OFF,
    /** The service is shutting down. */
    STOPPED
}
