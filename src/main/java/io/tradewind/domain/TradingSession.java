package io.tradewind.domain;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;
import java.util.Set;

/**
 * One weekly trading window: on each of {@code days}, from {@code open} (inclusive) to
 * {@code close} (exclusive) in {@code zone}. A window whose close is not after its open runs over
 * midnight into the next day and belongs to the day it opens on.
 */
public record TradingSession(Set<DayOfWeek> days, LocalTime open, LocalTime close, ZoneId zone) {

    public TradingSession {
        Objects.requireNonNull(days, "days");
        Objects.requireNonNull(open, "open");
        Objects.requireNonNull(close, "close");
        Objects.requireNonNull(zone, "zone");
        if (days.isEmpty()) {
            throw new IllegalArgumentException("a trading session needs at least one day");
        }
        days = Set.copyOf(days);
    }

    /** As a configuration spells it: {@code SATURDAY,SUNDAY 09:00 12:30 Asia/Tehran}. */
    public String describe() {
        return String.join(",", days.stream().sorted().map(DayOfWeek::name).toList()) + " " + open + " " + close + " " + zone;
    }

    public boolean contains(Instant instant) {
        ZonedDateTime local = instant.atZone(zone);
        LocalTime time = local.toLocalTime();
        DayOfWeek day = local.getDayOfWeek();
        if (close.isAfter(open)) {
            return days.contains(day) && !time.isBefore(open) && time.isBefore(close);
        }
        boolean lateOnOpeningDay = days.contains(day) && !time.isBefore(open);
        boolean earlyAfterOpeningDay = days.contains(day.minus(1)) && time.isBefore(close);
        return lateOnOpeningDay || earlyAfterOpeningDay;
    }
}
