package io.tradewind.domain;

import java.math.BigDecimal;

/** Parsing and scale helpers for exact decimal amounts read from files, config and venues. */
public final class Decimals {

    private Decimals() {
    }

    /**
     * Parses a decimal written as text, naming the field in the error. Exponents ({@code 1E+3},
     * {@code 0E-10}) are accepted because venues send them.
     */
    public static BigDecimal parse(String text, String field) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException(field + " is missing");
        }
        try {
            return new BigDecimal(text.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(field + " is not a decimal number: '" + text + "'");
        }
    }

    public static BigDecimal parsePositive(String text, String field) {
        BigDecimal value = parse(text, field);
        if (value.signum() <= 0) {
            throw new IllegalArgumentException(field + " must be greater than zero, was " + text);
        }
        return value;
    }

    public static BigDecimal parseNonNegative(String text, String field) {
        BigDecimal value = parse(text, field);
        if (value.signum() < 0) {
            throw new IllegalArgumentException(field + " must not be negative, was " + text);
        }
        return value;
    }

    /** Number of decimals a value really needs: 0.0001 → 4, 1000 → -3, 2.50 → 1. */
    public static int significantScale(BigDecimal value) {
        return value.signum() == 0 ? 0 : value.stripTrailingZeros().scale();
    }

    /** Plain text without exponent or trailing zeros: what the JSON interfaces print. */
    public static String format(BigDecimal value) {
        if (value.signum() == 0) {
            return "0";
        }
        return value.stripTrailingZeros().toPlainString();
    }
}
