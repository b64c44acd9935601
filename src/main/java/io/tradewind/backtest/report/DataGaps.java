package io.tradewind.backtest.report;

import java.time.Instant;
import java.util.Locale;

/**
 * The candles missing between the first and last candle a run measured: a market that did not
 * trade in a minute leaves one, an outage of the data source many. A strategy sees only stored
 * candles, so one that counts bars ("exit after 30 bars") counts across a gap as if it were not
 * there; the report says how much is missing and where the longest gap is.
 *
 * @param missingBars   buckets without a candle
 * @param gapCount      runs of missing buckets
 * @param longestBars   the longest run, 0 when none
 * @param longestFrom   where the longest run begins (the first missing bucket), or null
 */
public record DataGaps(long missingBars, long gapCount, long longestBars, Instant longestFrom) {

    public static DataGaps none() {
        return new DataGaps(0, 0, 0, null);
    }

    /** The gaps in one sentence; null when none. */
    public String inWords(String resolution) {
        if (gapCount == 0) {
            return null;
        }
        return String.format(Locale.ROOT, "Gaps in the data: %,d %s bars missing in %,d gaps, the longest %,d bars from %s;"
                + " the strategy saw only the stored candles ('data list' lists the gaps).", missingBars, resolution, gapCount,
                longestBars, ReportFormat.time(longestFrom) + " UTC");
    }
}
