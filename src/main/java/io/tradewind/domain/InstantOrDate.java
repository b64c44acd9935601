package io.tradewind.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/** A time as users write it: an ISO-8601 instant ({@code 2024-01-01T00:00:00Z}), or a date for its first instant in UTC. */
public final class InstantOrDate {

    private InstantOrDate() {
    }

    /** @throws DateTimeParseException neither an instant nor a date; the caller says which option it was */
    public static Instant parse(String text) {
        return text.contains("T") ? Instant.parse(text) : LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant();
    }
}
