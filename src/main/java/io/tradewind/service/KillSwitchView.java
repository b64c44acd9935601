package io.tradewind.service;

import java.time.Instant;

/**
 * @param on              whether entries are stopped
 * @param since           when it was switched on, or null
 * @param ordersCancelled orders whose cancellation was requested by this call (0 when only queried)
 */
public record KillSwitchView(boolean on, Instant since, int ordersCancelled) {
}
