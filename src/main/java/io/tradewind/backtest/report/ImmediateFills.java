package io.tradewind.backtest.report;

import java.util.Locale;

/**
 * How fully the strategy's market and immediate-or-cancel orders filled: those the volume cap
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
        return String.format(Locale.ROOT, "Market orders cut short: %,d of %,d filled less than their quantity (%.0f %% of it on"
                + " average), by the volume cap%s or a thin book: the trades are smaller than the strategy asked.",
                cutShort, ended, averageFilledShare * 100, volumeShare == null ? "" : " (max_volume_share " + volumeShare + ")");
    }
}
