package io.tradewind.marketdata.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class TimestampsTest {

    private static final long T = Instant.parse("2013-11-25T00:00:00Z").toEpochMilli();

    @Test
    void tellsSecondsFromMillisecondsByMagnitude() {
        assertEquals(T, Timestamps.parseMillis("1385337600"));
        assertEquals(T, Timestamps.parseMillis("1385337600000"));
        assertEquals(T + 250, Timestamps.parseMillis("1385337600.25"));
        assertEquals(99_999_999_999_000L, Timestamps.parseMillis("99999999999"));
        assertEquals(100_000_000_000L, Timestamps.parseMillis("100000000000"));
        assertThrows(IllegalArgumentException.class, () -> Timestamps.parseMillis("100000000000000"));
        assertThrows(IllegalArgumentException.class, () -> Timestamps.parseMillis("1385337600.x"));
        // a user's trial: both were "too large", which told nothing of what to do
        assertEquals("time 1735689600000000 is too large for epoch seconds or milliseconds and looks like microseconds:"
                + " divide the column by 1000 (to milliseconds)", assertThrows(IllegalArgumentException.class,
                        () -> Timestamps.parseMillis("1735689600000000")).getMessage());
        assertEquals("time 1704070800000.5 has a fraction of a millisecond: epoch milliseconds are whole numbers; drop the"
                + " fraction", assertThrows(IllegalArgumentException.class,
                        () -> Timestamps.parseMillis("1704070800000.5")).getMessage());
        assertEquals(1_704_070_800_000L, Timestamps.parseMillis("1704070800000.0"), "as pandas writes a float column");
    }

    @Test
    void readsIso8601InUtcUnlessAnOffsetIsGiven() {
        assertEquals(T, Timestamps.parseMillis("2013-11-25T00:00:00Z"));
        assertEquals(T, Timestamps.parseMillis("2013-11-25T00:00:00.000Z"));
        assertEquals(T, Timestamps.parseMillis("2013-11-25T03:30:00+03:30"));
        assertEquals(T, Timestamps.parseMillis("2013-11-24T19:00:00-05:00"));
        assertEquals(T, Timestamps.parseMillis("2013-11-25 00:00:00"));
        assertEquals(T, Timestamps.parseMillis("2013-11-25T00:00"));
        assertEquals(T, Timestamps.parseMillis("2013-11-25"));
        assertThrows(IllegalArgumentException.class, () -> Timestamps.parseMillis("25/11/2013"));
        assertEquals("time '+999999999-12-31T00:00:00Z' is out of range (e.g. 2013-11-25T00:00:00Z)", assertThrows(
                IllegalArgumentException.class, () -> Timestamps.parseMillis("+999999999-12-31T00:00:00Z")).getMessage());
        assertThrows(IllegalArgumentException.class, () -> Timestamps.parseMillis(""));
    }
}
