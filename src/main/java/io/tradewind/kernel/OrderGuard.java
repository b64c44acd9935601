package io.tradewind.kernel;

import io.tradewind.execution.OrderIntent;
import java.math.BigDecimal;

/**
 * Checks of one strategy instance's orders that the execution service does not know of, because
 * they belong to the instance rather than the venue: in the service, its budget within a shared
 * account, reduce-only and the operator's kill switch. An order the guard refuses never reaches
 * the execution service; it is counted with the other refusals.
 */
public interface OrderGuard {

    /** Refuses nothing and leaves the account's balance as it is: a backtest's instance owns its account. */
    OrderGuard NONE = new OrderGuard() {
        @Override
        public String refusal(OrderIntent intent, BigDecimal lastPrice) {
            return null;
        }

        @Override
        public BigDecimal available(String asset, BigDecimal accountAvailable) {
            return accountAvailable;
        }
    };

    /**
     * Why the order must not be sent, in one line, or null to send it.
     *
     * @param lastPrice the last trade price, which prices a market order; null before the first
     */
    String refusal(OrderIntent intent, BigDecimal lastPrice);

    /** What the instance may still spend of {@code asset}, given what the account has available. */
    BigDecimal available(String asset, BigDecimal accountAvailable);
}
