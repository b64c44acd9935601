package io.tradewind.marketdata.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.tradewind.marketdata.Candle;
import io.tradewind.marketdata.CandleChunk;
import io.tradewind.marketdata.CandleCursor;
import io.tradewind.marketdata.CandleScales;
import io.tradewind.marketdata.GapFinder;
import io.tradewind.marketdata.GapReport;
import io.tradewind.marketdata.InMemoryCandleStore;
import io.tradewind.marketdata.Resolution;
import io.tradewind.marketdata.SeriesKey;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * The demo data: 100,000 Bitstamp BTC/USD trades of 25 Nov – 1 Dec 2013, which the build unpacks
 * from ta4j-examples into target/demo-data. Expected values were worked out from the raw file
 * independently (a script summing the trades per minute with exact decimals).
 */
class BitstampDemoDataTest {

    static final Path DEMO_TRADES = Path.of("target", "demo-data", "bitstamp_trades_from_20131125_usd.csv");

    @Test
    void aggregatesTheDemoTradesIntoOneMinuteCandles() {
        assumeTrue(Files.isRegularFile(DEMO_TRADES), "run the build's generate-resources phase first");
        InMemoryCandleStore store = new InMemoryCandleStore();
        SeriesKey key = new SeriesKey("bitstamp", "BTC-USD", Resolution.M1);

        ImportResult result = new CsvCandleImporter(store).importTrades(DEMO_TRADES, key);

        assertEquals(100_000, result.rows());
        assertEquals(9_399, result.candlesWritten());
        assertEquals(new CandleScales(2, 8, 2), result.stored().scales());
        assertEquals(Instant.parse("2013-11-25T00:00:00Z"), result.stored().first());
        assertEquals(Instant.parse("2013-12-01T16:02:00Z"), result.stored().last());

        Candle first = null;
        Candle last = null;
        BigDecimal totalVolume = BigDecimal.ZERO;
        try (CandleCursor cursor = store.read(key, result.stored().first(), Instant.parse("2014-01-01T00:00:00Z"))) {
            for (CandleChunk chunk = cursor.next(); chunk != null; chunk = cursor.next()) {
                for (int i = 0; i < chunk.size(); i++) {
                    totalVolume = totalVolume.add(chunk.scales().volume(chunk.volume(i)));
                }
                first = first == null ? chunk.candle(0) : first;
                last = chunk.candle(chunk.size() - 1);
            }
        }
        assertEquals(new Candle(Instant.parse("2013-11-25T00:00:00Z"), new BigDecimal("800.01"),
                new BigDecimal("807.47"), new BigDecimal("800.01"), new BigDecimal("807.47"),
                new BigDecimal("2.85664446"), new BigDecimal("2294.42")), first);
        assertEquals(new Candle(Instant.parse("2013-12-01T16:02:00Z"), new BigDecimal("999.00"),
                new BigDecimal("999.00"), new BigDecimal("994.22"), new BigDecimal("999.00"),
                new BigDecimal("1.37000000"), new BigDecimal("1368.59")), last);
        assertEquals(0, new BigDecimal("175778.65435677").compareTo(totalVolume));

        GapReport gaps = GapFinder.find(store, key, GapFinder.DEFAULT_MAX_LISTED);
        assertEquals(9_603, gaps.expectedBars());
        assertEquals(204, gaps.missingBars());
    }
}
