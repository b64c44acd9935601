package io.tradewind.marketdata.csv;

import io.tradewind.marketdata.SeriesKey;
import io.tradewind.marketdata.StoredSeries;

/**
 * What an import did: how many data rows the file had, how many candles were written (inserted
 * or replaced), and the stored series afterwards.
 */
public record ImportResult(SeriesKey key, long rows, long candlesWritten, StoredSeries stored) {
}
