package io.tradewind.marketdata.csv;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * Reads the time column of imported CSV files. Numbers are epoch time whose unit is told by
 * magnitude, value by value: below 10^11 they are seconds (10^11 s is the year 5138), up to 10^14
 * milliseconds (10^11 ms is 1973-03-03, so no real millisecond stamp is mistaken for seconds);
 * seconds may carry a fraction. Text is ISO-8601: {@code 2013-11-25T00:00:00Z}, with an offset,
 * without a zone (read as UTC, also with a space instead of {@code T}), or a bare date (midnight
 * UTC).
 */
final class Timestamps {

    private static final long SECONDS_LIMIT = 100_000_000_000L;
    private static final long MILLIS_LIMIT = 100_000_000_000_000L;

    private Timestamps() {
    }

    /**
     * Epoch milliseconds of {@code text}.
     *
     * @throws IllegalArgumentException saying what was expected
     */
    static long parseMillis(String text) {
        if (text.isEmpty()) {
            throw new IllegalArgumentException("time is missing");
        }
        char first = text.charAt(0);
        if (first >= '0' && first <= '9' && text.indexOf('-') < 0 && text.indexOf(':') < 0) {
            return parseEpoch(text);
        }
        return parseIso(text);
    }

    private static long parseEpoch(String text) {
        int point = text.indexOf('.');
        String whole = point < 0 ? text : text.substring(0, point);
        long value;
        try {
            value = Long.parseLong(whole);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("time '" + text + "' is neither epoch seconds or milliseconds nor ISO-8601");
        }
        if (value < SECONDS_LIMIT) {
            return value * 1000 + fractionMillis(text, point);
        }
        // pandas writes a float column of milliseconds as 1704070800000.0
        if (value < MILLIS_LIMIT && (point < 0 || text.substring(point + 1).matches("0*"))) {
            return value;
        }
        if (value < MILLIS_LIMIT) {
            throw new IllegalArgumentException("time " + text + " has a fraction of a millisecond: epoch milliseconds are"
                    + " whole numbers; drop the fraction");
        }
        if (value / 1000 < MILLIS_LIMIT) {
            // Binance's spot klines have given microseconds since 2025
            throw new IllegalArgumentException("time " + text + " is too large for epoch seconds or milliseconds and looks"
                    + " like microseconds: divide the column by 1000 (to milliseconds)");
        }
        throw new IllegalArgumentException("time " + text + " is too large for epoch seconds or milliseconds");
    }

    private static long fractionMillis(String text, int point) {
        if (point < 0) {
            return 0;
        }
        String fraction = text.substring(point + 1);
        if (!fraction.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new IllegalArgumentException("time '" + text + "' has an unreadable fraction of a second");
        }
        return Long.parseLong((fraction + "000").substring(0, 3));
    }

    private static long parseIso(String text) {
        try {
            if (text.length() == 10) {
                return LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
            }
            String iso = text.replace(' ', 'T');
            char last = iso.charAt(iso.length() - 1);
            boolean zoned = last == 'Z' || last == 'z' || hasOffset(iso);
            if (!zoned) {
                return LocalDateTime.parse(iso).toInstant(ZoneOffset.UTC).toEpochMilli();
            }
            return (last == 'Z' || last == 'z' ? Instant.parse(iso.toUpperCase(java.util.Locale.ROOT))
                    : OffsetDateTime.parse(iso).toInstant()).toEpochMilli();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("time '" + text + "' is neither epoch seconds or milliseconds nor ISO-8601 "
                    + "(e.g. 2013-11-25T00:00:00Z)");
        } catch (ArithmeticException e) {
            // a year such as +999999999 parses, but its milliseconds do not fit 64 bits
            throw new IllegalArgumentException("time '" + text + "' is out of range (e.g. 2013-11-25T00:00:00Z)");
        }
    }

    /** Whether the text ends in an offset such as {@code +03:30} or {@code -05:00}. */
    private static boolean hasOffset(String iso) {
        int t = iso.indexOf('T');
        return t > 0 && (iso.indexOf('+', t) > 0 || iso.indexOf('-', t) > 0);
    }
}
