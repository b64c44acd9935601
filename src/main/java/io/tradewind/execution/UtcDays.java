package io.tradewind.execution;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The UTC day of an instant, made once per day: daily limits ask on every order and positions on
 * every fill, and {@code LocalDate.ofInstant} builds the zone's rules anew on every call. Not
 * thread-safe: each owner uses it under its own lock.
 */
final class UtcDays {

    private LocalDate last;

    LocalDate of(Instant instant) {
        long epochDay = Math.floorDiv(instant.getEpochSecond(), 86_400L);
        LocalDate day = last;
        if (day == null || day.toEpochDay() != epochDay) {
            day = LocalDate.ofEpochDay(epochDay);
            last = day;
        }
        return day;
    }
}
