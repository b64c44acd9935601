package io.tradewind.exchange;

import io.tradewind.marketdata.Candle;
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

    public boolean done() {
        return nextFrom == null;
    }
}
