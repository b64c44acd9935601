package io.tradewind.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class VenueTimesTest {

    @Test
    void timesAreReadInMillisecondsSecondsOrIso() {
        Instant expected = Instant.ofEpochMilli(1721719000000L);

        assertEquals(expected, VenueTimes.instant("1721719000000"));
        assertEquals(expected, VenueTimes.instant("1721719000"));
        assertEquals(expected, VenueTimes.instant("2024-07-23T07:16:40Z"));
        assertNull(VenueTimes.instant(null));
        assertEquals("'soon' is not a time (milliseconds, seconds or ISO-8601)",
                assertThrows(IllegalArgumentException.class, () -> VenueTimes.instant("soon")).getMessage());
    }

    @Test
    void aRequiredTimeThatIsMissingNamesItsField() {
        assertEquals("created_at is missing",
                assertThrows(IllegalArgumentException.class, () -> VenueTimes.required(" ", "created_at")).getMessage());
        assertEquals(Instant.ofEpochSecond(1721719000), VenueTimes.required("1721719000", "created_at"));
    }
}
