package io.tradewind.persistence;

import io.tradewind.marketdata.CandleChunk;
import io.tradewind.marketdata.CandleCursor;
import io.tradewind.marketdata.CandleScales;
import io.tradewind.marketdata.RandomWalkCandles;
import io.tradewind.marketdata.Resolution;
import io.tradewind.marketdata.SeriesKey;
import java.math.BigDecimal;
import java.time.Instant;
import org.h2.jdbcx.JdbcDataSource;

/**
 * The process that {@link CandleImportKillTest} kills: stores a base series and prints
 * {@code committed}, then starts overwriting it with a long write, prints {@code writing} once
 * part of it is in the transaction, and slows down so that it is killed before the write ends.
 */
public final class CandleKillWriter {

    static final SeriesKey KEY = new SeriesKey("sim", "BTC-USD", Resolution.M1);
    static final Instant START = Instant.parse("2024-01-01T00:00:00Z");
    static final int BASE_CANDLES = 100_000;

    private CandleKillWriter() {
    }

    static RandomWalkCandles walk(long seed, long count) {
        return new RandomWalkCandles(seed, count, Resolution.M1, START, new BigDecimal("30000.00"));
    }

    public static void main(String[] args) {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL(args[0]);
        JdbcCandleStore store = JdbcCandleStoreTest.storeOn(h2);
        store.write(KEY, walk(1, BASE_CANDLES));
        System.out.println("committed");
        System.out.flush();
        store.write(KEY, new CandleCursor() {
            private final RandomWalkCandles overwrite = walk(2, 3_000_000);
            private int chunks;

            @Override
            public CandleScales scales() {
                return overwrite.scales();
            }

            @Override
            public CandleChunk next() {
                if (++chunks == 40) {
                    System.out.println("writing");
                    System.out.flush();
                }
                if (chunks > 40) {
                    pause();
                }
                return overwrite.next();
            }
        });
        System.out.println("the overwrite finished before the kill");
    }

    private static void pause() {
        try {
            Thread.sleep(1_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
