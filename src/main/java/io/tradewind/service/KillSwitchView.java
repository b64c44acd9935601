package io.tradewind.service;

import java.time.Instant;

/**
 * @param on              whether entries are stopped
 * @param since           when it was switched on, or null
 * @param switchedBy      through what an operator switched it on: {@code api}, or {@code cli} for the
 *                        command line through the API; null while it is off
 * @param ordersCancelled orders whose cancellation was requested by this call (0 when only queried)
 * @param changed         whether this call switched anything: false when only queried, and for a
 *                        press that changes nothing (on while on without cancelling, off while off),
 *                        which is neither recorded nor published
 */
public record KillSwitchView(boolean on, Instant since, String switchedBy, int ordersCancelled, boolean changed) {

    public KillSwitchView(boolean on, Instant since, KillSwitchSource switchedBy, int ordersCancelled, boolean changed) {
        this(on, since, switchedBy == null ? null : switchedBy.wireName(), ordersCancelled, changed);
    }
}
