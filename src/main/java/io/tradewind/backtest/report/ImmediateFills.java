package io.tradewind.backtest.report;

import java.math.BigDecimal;
import java.util.Locale;

/**
 * How fully the strategy's orders that took liquidity at once filled (market orders, and
 * immediate-or-cancel limits and stop orders that traded): those the volume cap
 * ({@code max_volume_share}) or a thin book cut short traded less than the strategy asked, so the
 * run's trades are smaller than it meant.
 *
 * @param ended              such orders that ended (rejected ones not counted)
 * @param cutShort           of those, how many ended with part of their quantity unfilled
 * @param averageFilledShare the average share of their quantity the orders cut short filled, 0 to 1
 */
public record ImmediateFills(long ended, long cutShort, double averageFilledShare) {

    public static ImmediateFills none() {
        return new ImmediateFills(0, 0, 0);
    }

    /** "76 of 232"; null when no such order ended. */
    public String figure() {
        return ended == 0 ? null : String.format(Locale.ROOT, "%,d of %,d", cutShort, ended);
    }

    /**
     * What the cut-short orders mean for the run, in one sentence; null when none was cut short.
     *
     * @param volumeShare the run's {@code max_volume_share} as the spec gave it, or null
     */
    public String inWords(String volumeShare) {
        if (cutShort == 0) {
            return null;
        }
        // 0 is no cap: naming it as the cause would send the reader to a setting that is off
        boolean capped = volumeShare != null && new BigDecimal(volumeShare).signum() > 0;
        return String.format(Locale.ROOT, "Market orders cut short: %,d of %,d filled less than their quantity (%.0f %% of it on"
                + " average), by %s: the trades are smaller than the strategy asked.",
                cutShort, ended, averageFilledShare * 100,
                capped ? "the volume cap (max_volume_share " + volumeShare + ") or a thin book" : "a thin book");
    }
}
