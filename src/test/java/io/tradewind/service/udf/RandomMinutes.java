package io.tradewind.service.udf;

import io.tradewind.marketdata.Candle;
import io.tradewind.marketdata.CandleChunk;
import io.tradewind.marketdata.CandleScales;
import io.tradewind.marketdata.CandleStore;
import io.tradewind.marketdata.ChunkCursor;
import io.tradewind.marketdata.SeriesKey;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Seeded minute candles at rial magnitudes (prices around 1e11, 8-decimal volumes) with random
 * gaps: missing minutes and whole missing days, so that bars of every resolution are uneven.
 */
final class RandomMinutes {

    static final CandleScales SCALES = new CandleScales(0, 8, 2);

    private RandomMinutes() {
    }

    static List<Candle> generate(long seed, Instant start, int days) {
        Random random = new Random(seed);
        List<Candle> candles = new ArrayList<>();
        long price = 100_000_000_000L;
        long first = start.getEpochSecond();
        for (int day = 0; day < days; day++) {
            if (random.nextInt(6) == 0) {
                continue;
            }
            for (int minute = 0; minute < 1_440; minute++) {
                if (random.nextInt(3) == 0) {
                    continue;
                }
                long open = price;
                long close = Math.max(1_000, open + random.nextInt(2_000_001) - 1_000_000);
                long high = Math.max(open, close) + random.nextInt(500_000);
                long low = Math.max(1, Math.min(open, close) - random.nextInt(500_000));
                BigDecimal volume = BigDecimal.valueOf(random.nextInt(1_000_000_000), 8);
                candles.add(new Candle(Instant.ofEpochSecond(first + day * 86_400L + minute * 60L), BigDecimal.valueOf(open),
                        BigDecimal.valueOf(high), BigDecimal.valueOf(low), BigDecimal.valueOf(close), volume,
                        volume.multiply(BigDecimal.valueOf(close)).setScale(2, RoundingMode.HALF_EVEN)));
                price = close;
            }
        }
        return candles;
    }

    static void store(CandleStore store, SeriesKey key, List<Candle> candles) {
        for (int from = 0; from < candles.size(); from += CandleChunk.DEFAULT_CAPACITY) {
            CandleChunk chunk = new CandleChunk(SCALES, CandleChunk.DEFAULT_CAPACITY);
            candles.subList(from, Math.min(candles.size(), from + CandleChunk.DEFAULT_CAPACITY)).forEach(chunk::add);
            store.write(key, new ChunkCursor(chunk));
        }
    }
}
