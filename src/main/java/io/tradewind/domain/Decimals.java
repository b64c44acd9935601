package io.tradewind.domain;

import java.math.BigDecimal;

/** Parsing, scale and sum helpers for exact decimal amounts read from files, config and venues. */
public final class Decimals {

    /** Past this many digits before the point, {@link #format} keeps the exponent. */
    private static final int PLAIN_DIGITS_LIMIT = 1_000;
    /** Longer than any amount is written, with room for zeros around its digits. */
    private static final int LONGEST_TEXT = 1_000;
    /** Far more digits before or after the point than any amount has (the store keeps 20 and 18). */
    private static final int MOST_DIGITS = 100;

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
        String trimmed = text.trim();
        if (trimmed.length() > LONGEST_TEXT) {
            // read as a BigDecimal, a million digits take a core for seconds, ten million for minutes
            throw new IllegalArgumentException(field + " is " + trimmed.length() + " characters long: too long for an amount");
        }
        BigDecimal value;
        try {
            value = new BigDecimal(ascii(trimmed));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(field + " is not a decimal number: '" + text + "'" + (isAscii(trimmed) ? ""
                    : " (write its digits as 0-9)"));
        }
        // 1e999999999 reads in an instant, but writing it out (a message, a conversion) takes a gigabyte
        // as longs: 1e2147483647 has a scale of -2147483647, and precision - scale wrapped to a negative int
        if (value.signum() != 0 && (long) value.precision() - value.scale() > MOST_DIGITS) {
            throw new IllegalArgumentException(field + " " + trimmed + " has more than " + MOST_DIGITS
                    + " digits before the decimal point: no amount is that large");
        }
        if (value.signum() != 0 && value.stripTrailingZeros().scale() > MOST_DIGITS) {
            throw new IllegalArgumentException(field + " " + trimmed + " has more than " + MOST_DIGITS
                    + " decimals: no amount is that small");
        }
        return value;
    }

    /**
     * {@link Integer#parseInt} of ASCII digits only: Java also reads other scripts' digits
     * ({@code ١٠}, {@code １０}), which the Orders API refuses and no file of ours means.
     *
     * @throws NumberFormatException not a whole number in ASCII digits, or out of an int's range
     */
    public static int parseInt(String text) {
        return Integer.parseInt(ascii(text));
    }

    /** {@link Long#parseLong} of ASCII digits only; see {@link #parseInt}. */
    public static long parseLong(String text) {
        return Long.parseLong(ascii(text));
    }

    private static String ascii(String text) {
        if (!isAscii(text)) {
            throw new NumberFormatException("a digit that is not ASCII in '" + text + "'");
        }
        return text;
    }

    private static boolean isAscii(String text) {
        return text.chars().allMatch(c -> c < 0x80);
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

    /** The most decimals the store keeps of an amount (its columns are DECIMAL(38, 18)). */
    public static final int STORED_DECIMALS = 18;
    /** The most digits before the decimal point the store keeps: 38 − 18, room for rial amounts. */
    public static final int STORED_INTEGER_DIGITS = 20;

    /** Whether the store cannot keep an amount exactly: too many digits before or after the point. */
    public enum Unstorable {
        TOO_LARGE, TOO_MANY_DECIMALS
    }

    /**
     * Why the store cannot keep {@code value} exactly, or {@code null} when it can. Cheap for any
     * value a request can carry: {@code 1e100000000} is judged by its precision and scale,
     * never written out.
     */
    public static Unstorable unstorable(BigDecimal value) {
        if (value.signum() == 0) {
            return null;
        }
        if ((long) value.precision() - value.scale() > STORED_INTEGER_DIGITS) {
            return Unstorable.TOO_LARGE;
        }
        return value.scale() > STORED_DECIMALS && value.stripTrailingZeros().scale() > STORED_DECIMALS
                ? Unstorable.TOO_MANY_DECIMALS : null;
    }

    /**
     * Refuses an amount with more digits before the point than the store keeps ({@value
     * #STORED_INTEGER_DIGITS}): no price, quantity or balance is that large, so it comes from a
     * broken answer, and written out it could be millions of digits. A null passes.
     *
     * @throws IllegalArgumentException naming {@code field}
     */
    public static void requireSane(BigDecimal value, String field) {
        if (value != null && unstorable(value) == Unstorable.TOO_LARGE) {
            throw new IllegalArgumentException(field + " " + InputEcho.shortened(format(value)) + " has more than "
                    + STORED_INTEGER_DIGITS + " digits before the decimal point");
        }
    }

    /** Number of decimals a value really needs: 0.0001 → 4, 1000 → -3, 2.50 → 1. */
    public static int significantScale(BigDecimal value) {
        return value.signum() == 0 ? 0 : value.stripTrailingZeros().scale();
    }

    /**
     * Plain text without exponent or trailing zeros: what the JSON interfaces print. A value with
     * more than a thousand digits before the point (only ever in a message refusing it) keeps its
     * exponent: the plain text of {@code 1e100000000} is a hundred million characters.
     */
    public static String format(BigDecimal value) {
        if (value.signum() == 0) {
            return "0";
        }
        if ((long) value.precision() - value.scale() > PLAIN_DIGITS_LIMIT) {
            return value.toString();
        }
        return value.stripTrailingZeros().toPlainString();
    }

    /**
     * {@code a.add(b)}, the same value and scale, without making a new object when one side is a
     * zero of no larger scale than the other: balances, holds and positions add zeros on most
     * orders (no fee, nothing held, nothing realised on an entry).
     */
    public static BigDecimal plus(BigDecimal a, BigDecimal b) {
        if (b.signum() == 0 && b.scale() <= a.scale()) {
            return a;
        }
        if (a.signum() == 0 && a.scale() <= b.scale()) {
            return b;
        }
        return a.add(b);
    }

    /** {@code a.subtract(b)}, the same value and scale, without a new object when {@code b} is a zero of no larger scale. */
    public static BigDecimal minus(BigDecimal a, BigDecimal b) {
        if (b.signum() == 0 && b.scale() <= a.scale()) {
            return a;
        }
        return a.subtract(b);
    }
}
