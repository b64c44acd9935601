package io.tradewind.marketdata;

import java.time.Instant;

/**
 * What a store holds for one series: its scales, how many candles, and the first and last open
 * times (both inclusive).
 */
public record StoredSeries(SeriesKey key, CandleScales scales, long count, Instant first, Instant last) {
}
