package io.tradewind.exchange;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * Times in answers of venues that do not state their unit (Nami shows no time in an answer at all;
 * TopArz's candle {@code start_time} says no unit): a whole number is read by its size, below
 * 10^11 as seconds (10^11 seconds is the year 5138), above as milliseconds (10^11 ms is 1973), and
 * ISO-8601 text is accepted as well.
 */
public final class VenueTimes {

    private static final long SECONDS_BELOW = 100_000_000_000L;

    private VenueTimes() {
    }

    /** The instant, or {@code null} when there is none. */
    public static Instant instant(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String trimmed = text.trim();
        try {
            long number = new BigDecimal(trimmed).longValueExact();
            return Math.abs(number) < SECONDS_BELOW ? Instant.ofEpochSecond(number) : Instant.ofEpochMilli(number);
        } catch (NumberFormatException | ArithmeticException notWholeNumber) {
            try {
                return Instant.parse(trimmed);
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("'" + trimmed + "' is not a time (milliseconds, seconds or ISO-8601)");
            }
        }
    }

    /** The instant; its absence is a malformed answer, named by the {@code field} it was missing from. */
    public static Instant required(String text, String field) {
        Instant instant = instant(text);
        if (instant == null) {
            throw new IllegalArgumentException(field + " is missing");
        }
        return instant;
    }
}
