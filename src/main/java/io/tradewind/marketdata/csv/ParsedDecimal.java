package io.tradewind.marketdata.csv;

import static io.tradewind.domain.InputEcho.shortened;

import io.tradewind.marketdata.CandleScales;
import java.math.BigDecimal;

/**
 * A decimal read from CSV text as an unscaled long and a scale, without trailing zeros
 * ({@code 800.010000} is 80001 at scale 2). Reading plain digits by hand instead of through
 * {@code new BigDecimal(String)} keeps imports of millions of rows free of per-field objects;
 * exponent forms, which venues sometimes send, go through {@link BigDecimal}.
 */
final class ParsedDecimal {

    private static final long[] POWERS_OF_TEN = new long[19];

    static {
        POWERS_OF_TEN[0] = 1;
        for (int i = 1; i < POWERS_OF_TEN.length; i++) {
            POWERS_OF_TEN[i] = POWERS_OF_TEN[i - 1] * 10;
        }
    }

    /** Longer than any decimal of at most 18 significant digits needs, with room for zeros around them. */
    private static final int LONGEST_TEXT = 1_000;

    long unscaled;
    int scale;

    /**
     * Reads {@code text[from, to)}.
     *
     * @throws IllegalArgumentException naming {@code field} when the text is not a decimal or has
     *                                  more than 18 significant digits
     */
    void parse(String text, int from, int to, String field) {
        if (from == to) {
            throw new IllegalArgumentException(field + " is missing");
        }
        int i = from;
        boolean negative = text.charAt(i) == '-';
        if (negative || text.charAt(i) == '+') {
            i++;
        }
        long value = 0;
        boolean sawDigit = false;
        int digits = 0;
        int decimals = 0;
        boolean point = false;
        for (; i < to; i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                sawDigit = true;
                if (value != 0 || c != '0') {
                    digits++;
                }
                if (digits > 18) {
                    parseSlow(text.substring(from, to), field);
                    return;
                }
                value = value * 10 + (c - '0');
                if (point) {
                    decimals++;
                }
            } else if (c == '.' && !point) {
                point = true;
            } else {
                parseSlow(text.substring(from, to), field);
                return;
            }
        }
        if (!sawDigit) {
            throw new IllegalArgumentException(field + " is not a decimal number: '" + shortened(text.substring(from, to)) + "'");
        }
        set(negative ? -value : value, decimals);
    }

    private void parseSlow(String text, String field) {
        if (text.length() > LONGEST_TEXT) {
            // read as a BigDecimal, ten million digits took minutes: no amount that fits is written this long
            throw new IllegalArgumentException(field + " " + shortened(text) + " is too long for a price or amount: it holds at"
                    + " most 18 significant digits and 18 decimals; round it");
        }
        BigDecimal value;
        try {
            value = new BigDecimal(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(field + " is not a decimal number: '" + shortened(text) + "'");
        }
        BigDecimal stripped = value.signum() == 0 ? BigDecimal.ZERO : value.stripTrailingZeros();
        if (stripped.precision() > 18 || stripped.scale() > 18) {
            throw new IllegalArgumentException(field + " " + shortened(text) + " has " + stripped.precision() + " significant digits"
                    + (stripped.scale() > 0 ? " (" + stripped.scale() + " decimals)" : "") + ": a price or amount"
                    + " holds at most 18 significant digits and 18 decimals; round it");
        }
        if (stripped.scale() < 0 && (long) stripped.precision() - stripped.scale() <= 18) {
            stripped = stripped.setScale(0);
        }
        if (stripped.scale() < 0 || stripped.precision() > 18) {
            // 1e40 has one significant digit but 41 integer digits: more than a long holds
            throw new IllegalArgumentException(field + " " + shortened(text) + " is too large for a price or"
                    + " amount: at most 18 digits before the decimal point");
        }
        set(stripped.unscaledValue().longValueExact(), stripped.scale());
    }

    private void set(long value, int decimals) {
        while (decimals > 0 && value % 10 == 0) {
            value /= 10;
            decimals--;
        }
        unscaled = value;
        scale = decimals;
    }

    int signum() {
        return Long.signum(unscaled);
    }

    /**
     * The value as a long at {@code target} decimals.
     *
     * @throws IllegalArgumentException when the value needs more decimals or does not fit
     */
    long toScale(int target, String field) {
        if (scale > target) {
            throw new IllegalArgumentException(field + " " + this + " has more than " + target + " decimals");
        }
        try {
            return Math.multiplyExact(unscaled, POWERS_OF_TEN[target - scale]);
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException(CandleScales.tooLarge(field, toString(), target));
        }
    }

    int compareTo(ParsedDecimal other) {
        if (scale == other.scale) {
            return Long.compare(unscaled, other.unscaled);
        }
        // bring both to the larger scale when that fits a long: rows mix 30000.5 and 30000.25
        int target = Math.max(scale, other.scale);
        long factor = POWERS_OF_TEN[target - Math.min(scale, other.scale)];
        long small = scale < other.scale ? unscaled : other.unscaled;
        long high = Math.multiplyHigh(small, factor);
        long scaled = small * factor;
        if ((high == 0 && scaled >= 0) || (high == -1 && scaled < 0)) {
            return scale < other.scale ? Long.compare(scaled, other.unscaled) : Long.compare(unscaled, scaled);
        }
        return toBigDecimal().compareTo(other.toBigDecimal());
    }

    BigDecimal toBigDecimal() {
        return BigDecimal.valueOf(unscaled, scale);
    }

    @Override
    public String toString() {
        return toBigDecimal().toPlainString();
    }
}
