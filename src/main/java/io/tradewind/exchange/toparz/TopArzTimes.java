package io.tradewind.exchange.toparz;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * TopArz timestamps: milliseconds everywhere the seed shows a value, but the unit of the candle
 * history's {@code start_time} is not stated, so a number is read by its size. Below 10^11 it is
 * seconds (10^11 seconds is the year 5138), above it milliseconds (10^11 ms is 1973). An ISO-8601
 * text is accepted as well.
 */
final class TopArzTimes {

    private static final long SECONDS_BELOW = 100_000_000_000L;

    private TopArzTimes() {
    }

    /** The instant, or {@code null} when there is none. */
    static Instant instant(String text) {
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

    static Instant required(String text, String field) {
        Instant instant = instant(text);
        if (instant == null) {
            throw new IllegalArgumentException(field + " is missing");
        }
        return instant;
    }
}
