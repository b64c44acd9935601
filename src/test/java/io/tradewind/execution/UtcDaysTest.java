package io.tradewind.execution;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class UtcDaysTest {

    @Test
    void each_instant_gets_its_utc_day_across_midnight_and_before_1970() {
        UtcDays days = new UtcDays();
        for (String text : new String[] {"2026-03-01T23:59:59.999Z", "2026-03-02T00:00:00Z", "2026-03-02T12:00:00Z",
                "2026-03-01T00:00:00Z", "1969-12-31T23:59:59Z", "1970-01-01T00:00:00Z", "1969-12-31T00:00:00Z"}) {
            Instant instant = Instant.parse(text);
            assertEquals(LocalDate.ofInstant(instant, ZoneOffset.UTC), days.of(instant), text);
        }
    }
}
