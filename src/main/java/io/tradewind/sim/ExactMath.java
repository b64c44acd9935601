package io.tradewind.sim;

import java.math.BigInteger;

/**
 * Checked arithmetic on scaled longs. A rial price near 1e11 times a quantity with 8 decimals
 * overflows 64 bits, so products go through {@link Math#multiplyHigh}: the common small case stays
 * in longs without allocating, the rare large case is computed exactly with BigInteger, and a
 * result that does not fit a long throws instead of wrapping.
 */
public final class ExactMath {

    private static final long[] POWERS_OF_TEN = new long[19];

    static {
        long value = 1;
        for (int i = 0; i < POWERS_OF_TEN.length; i++) {
            POWERS_OF_TEN[i] = value;
            value *= 10;
        }
    }

    private ExactMath() {
    }

    /** 10^exponent for exponent 0..18. */
    public static long pow10(int exponent) {
        if (exponent < 0 || exponent >= POWERS_OF_TEN.length) {
            throw new ArithmeticException("10^" + exponent + " does not fit a long");
        }
        return POWERS_OF_TEN[exponent];
    }

    /**
     * {@code a * b / divisor} for non-negative {@code a}, {@code b} and positive {@code divisor},
     * rounded down or up.
     *
     * @throws ArithmeticException if the result does not fit a long
     */
    public static long mulDiv(long a, long b, long divisor, boolean roundUp) {
        long high = Math.multiplyHigh(a, b);
        long low = a * b;
        if (high == 0 && low >= 0) {
            long quotient = low / divisor;
            return roundUp && quotient * divisor != low ? quotient + 1 : quotient;
        }
        return mulDivWide(a, b, divisor, roundUp);
    }

    private static long mulDivWide(long a, long b, long divisor, boolean roundUp) {
        BigInteger[] qr = BigInteger.valueOf(a).multiply(BigInteger.valueOf(b))
                .divideAndRemainder(BigInteger.valueOf(divisor));
        BigInteger quotient = roundUp && qr[1].signum() != 0 ? qr[0].add(BigInteger.ONE) : qr[0];
        if (quotient.bitLength() >= Long.SIZE) {
            throw new ArithmeticException("amount " + quotient + " exceeds the largest supported amount");
        }
        return quotient.longValue();
    }

    /** {@code a + b}, throwing instead of wrapping. */
    public static long add(long a, long b) {
        return Math.addExact(a, b);
    }

    /** {@code a * b}, throwing instead of wrapping. */
    public static long multiply(long a, long b) {
        return Math.multiplyExact(a, b);
    }
}
