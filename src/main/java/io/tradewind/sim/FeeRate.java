package io.tradewind.sim;

import io.tradewind.domain.Decimals;
import java.math.BigDecimal;

/**
 * A fraction such as a fee rate (0.001) or a price band (0.1) as an integer numerator over a
 * power of ten, so that applying it to an amount needs no BigDecimal.
 */
final class FeeRate implements Comparable<FeeRate> {

    private final long numerator;
    private final long denominator;
    private final BigDecimal value;

    private FeeRate(long numerator, long denominator, BigDecimal value) {
        this.numerator = numerator;
        this.denominator = denominator;
        this.value = value;
    }

    static FeeRate of(BigDecimal fraction) {
        int scale = Math.max(0, Decimals.significantScale(fraction));
        if (scale > 18) {
            throw new IllegalArgumentException("rate " + fraction.toPlainString() + " has more than 18 decimals");
        }
        return new FeeRate(fraction.movePointRight(scale).longValueExact(), ExactMath.pow10(scale), fraction);
    }

    /** {@code amount × rate}, rounded down: what a trade charges. */
    long floor(long amount) {
        return numerator == 0 ? 0 : ExactMath.mulDiv(amount, numerator, denominator, false);
    }

    /** {@code amount × rate}, rounded up: what a hold reserves. */
    long ceil(long amount) {
        return numerator == 0 ? 0 : ExactMath.mulDiv(amount, numerator, denominator, true);
    }

    @Override
    public int compareTo(FeeRate other) {
        return value.compareTo(other.value);
    }
}
