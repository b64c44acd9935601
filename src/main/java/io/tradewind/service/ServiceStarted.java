package io.tradewind.service;

/**
 * Fired by {@code serve} once the service runs: what it has to say about its API's tokens comes
 * after a start that succeeded, not above the one error line of a start that is refused.
 */
public record ServiceStarted() {
}
