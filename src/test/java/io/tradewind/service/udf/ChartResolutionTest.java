package io.tradewind.service.udf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tradewind.marketdata.Resolution;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChartResolutionTest {

    @Test
    void reads_the_udf_codes_and_the_short_day_week_month_spellings() {
        assertEquals(List.of("1", "5", "15", "60", "240", "1D", "1W", "1M"), ChartResolution.codes());
        for (ChartResolution r : ChartResolution.values()) {
            assertEquals(r, ChartResolution.parse(r.code()));
        }
        assertEquals(ChartResolution.DAY, ChartResolution.parse("D"));
        assertEquals(ChartResolution.WEEK, ChartResolution.parse("w"));
        assertEquals(ChartResolution.MONTH, ChartResolution.parse("M"));
    }

    @Test
    void an_unsupported_resolution_is_refused_naming_the_supported_ones() {
        for (String text : new String[] {"30", "1m", "2D", "abc", "", null}) {
            UdfException e = assertThrows(UdfException.class, () -> ChartResolution.parse(text));
            assertEquals(400, e.status());
            assertTrue(e.getMessage().contains("1, 5, 15, 60, 240, 1D, 1W, 1M"), e.getMessage());
        }
    }

    @Test
    void a_month_runs_from_its_first_day_at_midnight_utc_to_the_next_month() {
        long midFebruary = Instant.parse("2024-02-15T13:45:00Z").getEpochSecond();
        long february = Instant.parse("2024-02-01T00:00:00Z").getEpochSecond();
        assertEquals(february, ChartResolution.MONTH.bucketStart(midFebruary));
        assertEquals(Instant.parse("2024-03-01T00:00:00Z").getEpochSecond(), ChartResolution.MONTH.nextBucketStart(february));
        assertEquals(Instant.parse("2025-01-01T00:00:00Z").getEpochSecond(),
                ChartResolution.MONTH.nextBucketStart(Instant.parse("2024-12-01T00:00:00Z").getEpochSecond()));
    }

    @Test
    void bars_build_from_stored_candles_that_each_fit_inside_one_bar() {
        assertTrue(ChartResolution.FOUR_HOURS.buildsFrom(Resolution.M5));
        assertTrue(ChartResolution.FOUR_HOURS.buildsFrom(Resolution.H4));
        assertFalse(ChartResolution.FOUR_HOURS.buildsFrom(Resolution.H6));
        assertFalse(ChartResolution.FIVE_MINUTES.buildsFrom(Resolution.M3));
        assertTrue(ChartResolution.WEEK.buildsFrom(Resolution.D1));
        assertTrue(ChartResolution.MONTH.buildsFrom(Resolution.D1));
        assertFalse(ChartResolution.MONTH.buildsFrom(Resolution.W1));
        assertFalse(ChartResolution.DAY.buildsFrom(Resolution.W1));
    }
}
