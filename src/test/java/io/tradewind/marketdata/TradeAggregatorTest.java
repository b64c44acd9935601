package io.tradewind.marketdata;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class TradeAggregatorTest {

    private final List<long[]> candles = new ArrayList<>();
    private final CandleListener collect = (t, o, h, l, c, v, q) -> candles.add(new long[] {t, o, h, l, c, v, q});

    @Test
    void aLiveFeedClosesABucketWhenItsTimeIsOver() {
        TradeAggregator aggregator = new TradeAggregator(Resolution.M1, new CandleScales(0, 0, 0), collect);
        aggregator.onTrade(60_500, 10, 1);
        aggregator.onTrade(61_000, 12, 2);
        aggregator.closeBucketsBefore(119);
        assertEquals(0, candles.size());
        aggregator.closeBucketsBefore(120);
        assertEquals(1, candles.size());
        assertArrayEquals(new long[] {60, 10, 12, 10, 12, 3, 34}, candles.get(0));
        aggregator.flush();
        assertEquals(1, candles.size());
    }

    @Test
    void sumsRialSizedQuoteVolumeBeyond64Bits() {
        // 1 BTC at 10^11 IRR is 10^19 at 8 decimals: more than a long holds
        CandleScales scales = new CandleScales(0, 8, 0);
        TradeAggregator aggregator = new TradeAggregator(Resolution.M1, scales, collect);
        aggregator.onTrade(0, 100_000_000_000L, 100_000_000L);
        aggregator.onTrade(1, 100_000_000_000L, 250_000_000L);
        aggregator.flush();
        assertEquals(350_000_000_000L, candles.get(0)[6]);
    }

    @Test
    void refusesTradesOlderThanThePreviousOne() {
        TradeAggregator aggregator = new TradeAggregator(Resolution.M1, new CandleScales(0, 0, 0), collect);
        aggregator.onTrade(5_000, 10, 1);
        assertThrows(IllegalArgumentException.class, () -> aggregator.onTrade(4_999, 10, 1));
    }

    /** Seeded random trades against a per-bucket BigDecimal reference, at every resolution. */
    @Test
    void matchesAPlainReferenceOnRandomTrades() {
        SplittableRandom random = new SplittableRandom(11);
        CandleScales scales = new CandleScales(2, 8, 2);
        for (Resolution resolution : Resolution.values()) {
            candles.clear();
            TradeAggregator aggregator = new TradeAggregator(resolution, scales, collect);
            List<long[]> trades = new ArrayList<>();
            long t = 1_385_337_600_000L;
            for (int i = 0; i < 2_000; i++) {
                t += random.nextLong(resolution.seconds() * 1000 / 3);
                long[] trade = {t, 1 + random.nextLong(100_000_000L), random.nextLong(1_000_000_000L)};
                trades.add(trade);
                aggregator.onTrade(trade[0], trade[1], trade[2]);
            }
            aggregator.flush();

            List<long[]> expected = new ArrayList<>();
            for (int i = 0; i < trades.size(); ) {
                long bucket = resolution.bucketStart(trades.get(i)[0] / 1000);
                long open = trades.get(i)[1];
                long high = open;
                long low = open;
                long close = open;
                long volume = 0;
                BigDecimal quote = BigDecimal.ZERO;
                for (; i < trades.size() && resolution.bucketStart(trades.get(i)[0] / 1000) == bucket; i++) {
                    long[] trade = trades.get(i);
                    high = Math.max(high, trade[1]);
                    low = Math.min(low, trade[1]);
                    close = trade[1];
                    volume += trade[2];
                    quote = quote.add(BigDecimal.valueOf(trade[1], 2).multiply(BigDecimal.valueOf(trade[2], 8)));
                }
                expected.add(new long[] {bucket, open, high, low, close, volume, scales.quoteVolume(quote)});
            }
            assertEquals(expected.size(), candles.size(), resolution.label());
            for (int i = 0; i < expected.size(); i++) {
                assertArrayEquals(expected.get(i), candles.get(i), resolution.label() + " candle " + i);
            }
        }
    }
}
