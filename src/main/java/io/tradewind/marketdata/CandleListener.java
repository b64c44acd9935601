package io.tradewind.marketdata;

/**
 * Receives finished candles as scaled longs (scales agreed beforehand), one call per candle, so
 * producers such as the trades aggregator can fill a {@link CandleChunk} or feed a live strategy
 * without allocating.
 */
@FunctionalInterface
public interface CandleListener {

    void onCandle(long openTimeSeconds, long open, long high, long low, long close, long volume,
            long quoteVolume);
}
