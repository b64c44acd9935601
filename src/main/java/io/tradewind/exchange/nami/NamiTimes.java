package io.tradewind.exchange.nami;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * Nami's times: the requests are in milliseconds, but the seed shows no time in an answer, so a
 * number is read by its size (below 10^11 seconds, above milliseconds) and ISO-8601 text is
 * accepted too.
 */
final class NamiTimes {

    private static final long SECONDS_BELOW = 100_000_000_000L;

    private NamiTimes() {
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
}
