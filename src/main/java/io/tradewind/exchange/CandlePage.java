package io.tradewind.exchange;

import io.tradewind.marketdata.Candle;
import io.tradewind.marketdata.Resolution;
import java.time.Instant;
import java.util.List;

/**
 * One page of a venue's candle history.
 *
 * @param candles  closed candles, oldest first, without duplicates
 * @param nextFrom where the next page starts, or {@code null} when the requested range is covered
 */
public record CandlePage(List<Candle> candles, Instant nextFrom) {

    public CandlePage {
        candles = List.copyOf(candles);
    }

    /**
     * The page of a venue asked for candles from some time to {@code to}: the next page starts after
     * the last candle while closed candles may remain before {@code to}. Not "when the page was
     * full", since a venue may cap a page below our limit; an empty page ends the range.
     */
    public static CandlePage upTo(Instant to, List<Candle> candles, Resolution resolution, Instant now) {
        if (candles.isEmpty()) {
            return new CandlePage(candles, null);
        }
        Instant next = candles.get(candles.size() - 1).openTime().plus(resolution.duration());
        boolean closedRemain = next.isBefore(to) && !next.plus(resolution.duration()).isAfter(now);
        return new CandlePage(candles, closedRemain ? next : null);
    }

    public boolean done() {
        return nextFrom == null;
    }
}
