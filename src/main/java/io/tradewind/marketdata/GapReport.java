package io.tradewind.marketdata;

import java.util.List;

/**
 * The missing buckets of a series over a range: the total count of missing bars, how many gaps
 * (runs of missing bars) there are, the first gaps found ({@code truncated} says whether more gaps exist than are listed) and the largest gaps,
 * longest first (as many as are listed; among equally long gaps the earliest).
 */
public record GapReport(long expectedBars, long presentBars, long missingBars, long gapCount, List<Gap> gaps,
        boolean truncated, List<Gap> largest) {

    public GapReport {
        gaps = List.copyOf(gaps);
        largest = List.copyOf(largest);
    }
}
