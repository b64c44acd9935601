package io.tradewind.strategy;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** How much a rule-based strategy buys when its entry rule fires, in base quantity. */
@FunctionalInterface
public interface SizingRule {

    /** The base quantity to buy now; zero or less means do not enter. */
    BigDecimal quantity(StrategyContext context);

    /**
     * Spends {@code fraction} of the available quote balance at the last close, rounded down to
     * the instrument's quantity step. Leave room below 1 for fees and for a fill above the close.
     */
    static SizingRule fractionOfQuote(BigDecimal fraction) {
        return context -> {
            BigDecimal close = lastClose(context);
            if (close.signum() <= 0) {
                return BigDecimal.ZERO;
            }
            BigDecimal budget = context.available(context.instrument().quote()).multiply(fraction);
            BigDecimal step = context.instrument().stepSize();
            return budget.divide(close.multiply(step), 0, RoundingMode.DOWN).multiply(step);
        };
    }

    /** The same base quantity on every entry, whatever the balance. */
    static SizingRule fixed(BigDecimal quantity) {
        return context -> quantity;
    }

    /** {@link #fixed} when {@code quantity} is positive, else {@link #fractionOfQuote}. */
    static SizingRule fixedOrFractionOfQuote(BigDecimal quantity, BigDecimal fraction) {
        return quantity.signum() > 0 ? fixed(quantity) : fractionOfQuote(fraction);
    }

    /** The last close as an exact decimal on the instrument's tick grid. */
    static BigDecimal lastClose(StrategyContext context) {
        double close = context.lastCandle().close();
        BigDecimal tick = context.instrument().tickSize();
        return BigDecimal.valueOf(close).divide(tick, 0, RoundingMode.HALF_UP).multiply(tick);
    }
}
