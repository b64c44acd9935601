package io.tradewind.marketdata;

import java.time.Instant;
import java.util.List;

/**
 * Depth snapshots and public trades recorded from a venue ({@code data record}), kept for a
 * depth-driven backtest to replay one day; no backtest reads them yet (they trade against a book
 * made from candles, {@code CandleDepth}). Snapshots are stored compactly (see {@link PackedDepth})
 * and unique per venue, symbol and time (millisecond); trades unique per venue, symbol and trade
 * id. The database implementation is {@code io.tradewind.persistence.JdbcRecordedMarketDataStore}.
 */
public interface RecordedMarketDataStore {

    /**
     * Stores a snapshot unless one of the same venue, symbol and time is stored already.
     *
     * @return whether it was stored
     */
    boolean recordDepth(String venue, DepthSnapshot snapshot);

    /**
     * Stores the trades whose ids are not stored yet for this venue and symbol.
     *
     * @return how many were new
     */
    int recordTrades(String venue, String symbol, List<RecordedTrade> trades);

    /** Snapshots with {@code from <= time < to}, oldest first. */
    List<DepthSnapshot> depth(String venue, String symbol, Instant from, Instant to);

    /** Trades with {@code from <= time < to}, oldest first. */
    List<RecordedTrade> trades(String venue, String symbol, Instant from, Instant to);
}
