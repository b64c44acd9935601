package io.tradewind.marketdata;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/**
 * One UDF-shaped bar: open time and open/high/low/close, base volume and quote volume, all exact.
 * This object form is for edges (imports, live feeds, tests); bulk data travels as
 * {@link CandleChunk} columns.
 */
public record Candle(
        Instant openTime,
        BigDecimal open,
        BigDecimal high,
        BigDecimal low,
        BigDecimal close,
        BigDecimal volume,
        BigDecimal quoteVolume) {

    public Candle {
        Objects.requireNonNull(openTime, "openTime");
        Objects.requireNonNull(open, "open");
        Objects.requireNonNull(high, "high");
        Objects.requireNonNull(low, "low");
        Objects.requireNonNull(close, "close");
        Objects.requireNonNull(volume, "volume");
        Objects.requireNonNull(quoteVolume, "quoteVolume");
        String problem = CandleRules.problem(open, high, low, close, volume);
        if (problem != null) {
            throw new IllegalArgumentException("candle at " + openTime + ": " + problem);
        }
    }
}
