package io.tradewind.marketdata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class ResolutionTest {

    @Test
    void readsUserAndUdfSpellings() {
        assertEquals(Resolution.M1, Resolution.parse("1m"));
        assertEquals(Resolution.M1, Resolution.parse("1"));
        assertEquals(Resolution.M15, Resolution.parse("15"));
        assertEquals(Resolution.H1, Resolution.parse("1h"));
        assertEquals(Resolution.H1, Resolution.parse("60"));
        assertEquals(Resolution.H4, Resolution.parse("240"));
        assertEquals(Resolution.D1, Resolution.parse("1d"));
        assertEquals(Resolution.D1, Resolution.parse("1D"));
        assertEquals(Resolution.D1, Resolution.parse("D"));
        assertEquals(Resolution.W1, Resolution.parse("1w"));
        assertEquals(Resolution.W1, Resolution.parse("1W"));
        assertEquals(Resolution.H12, Resolution.parse(" 12h "));
    }

    @Test
    void rejectsUnknownSpellingsNamingTheAcceptedOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Resolution.parse("1M"));
        assertTrue(e.getMessage().contains("1m, 3m"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Resolution.parse("7m"));
        assertThrows(IllegalArgumentException.class, () -> Resolution.parse(""));
    }

    @Test
    void alignsBucketsInUtc() {
        Instant t = Instant.parse("2013-11-27T13:47:12Z");
        assertEquals(Instant.parse("2013-11-27T13:47:00Z"), Resolution.M1.bucketStart(t));
        assertEquals(Instant.parse("2013-11-27T13:45:00Z"), Resolution.M15.bucketStart(t));
        assertEquals(Instant.parse("2013-11-27T12:00:00Z"), Resolution.H4.bucketStart(t));
        assertEquals(Instant.parse("2013-11-27T12:00:00Z"), Resolution.H12.bucketStart(t));
        assertEquals(Instant.parse("2013-11-27T00:00:00Z"), Resolution.D1.bucketStart(t));
        assertEquals(Instant.parse("1969-12-31T23:59:00Z"), Resolution.M1.bucketStart(Instant.parse("1969-12-31T23:59:59Z")));
    }

    @Test
    void weeksStartOnMondayMidnightUtc() {
        assertEquals(Instant.parse("2013-11-25T00:00:00Z"), Resolution.W1.bucketStart(Instant.parse("2013-11-27T13:47:12Z")));
        assertEquals(Instant.parse("2013-11-25T00:00:00Z"), Resolution.W1.bucketStart(Instant.parse("2013-12-01T23:59:59Z")));
        assertEquals(Instant.parse("2013-12-02T00:00:00Z"), Resolution.W1.bucketStart(Instant.parse("2013-12-02T00:00:00Z")));
        assertEquals(Instant.parse("1969-12-29T00:00:00Z"), Resolution.W1.bucketStart(Instant.EPOCH));
        for (long day = -400; day < 400; day += 37) {
            Instant start = Resolution.W1.bucketStart(Instant.EPOCH.plusSeconds(day * 86_400 + 3_600));
            assertEquals(DayOfWeek.MONDAY, start.atOffset(ZoneOffset.UTC).getDayOfWeek());
            assertEquals(0, start.atOffset(ZoneOffset.UTC).getHour());
        }
    }
}
