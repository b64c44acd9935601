package io.tradewind.marketdata;

import java.util.List;

/**
 * The missing buckets of a series over a range: the total count of missing bars and the first
 * gaps found ({@code truncated} says whether more gaps exist than are listed).
 */
public record GapReport(long expectedBars, long presentBars, long missingBars, List<Gap> gaps,
        boolean truncated) {

    public GapReport {
        gaps = List.copyOf(gaps);
    }
}
