package io.tradewind.service;

import java.time.Instant;

/**
 * @param on              whether entries are stopped
 * @param since           when it was switched on, or null
 * @param switchedBy      through what an operator switched it on: {@code api}, or {@code cli} for the
 *                        command line through the API; null while it is off
 * @param ordersCancelled orders whose cancellation was requested by this call (0 when only queried)
 */
public record KillSwitchView(boolean on, Instant since, String switchedBy, int ordersCancelled) {

    public KillSwitchView(boolean on, Instant since, KillSwitchSource switchedBy, int ordersCancelled) {
        this(on, since, switchedBy == null ? null : switchedBy.wireName(), ordersCancelled);
    }
}
