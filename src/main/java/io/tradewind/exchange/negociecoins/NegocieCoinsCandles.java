package io.tradewind.exchange.negociecoins;

import io.tradewind.exchange.PublicTrade;
import io.tradewind.marketdata.Candle;
import io.tradewind.marketdata.CandleScales;
import io.tradewind.marketdata.Resolution;
import io.tradewind.marketdata.TradeAggregator;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * NegocieCoins has no candle call: candles are built from its public trades by the same
 * {@link TradeAggregator} that imports trade files, at scales wide enough for every trade given,
 * so prices and volumes stay exact (quote volume is exact up to 18 decimals).
 */
final class NegocieCoinsCandles {

    private NegocieCoinsCandles() {
    }

    /**
     * The candles of the trades in {@code [from, to)}; {@code from} and {@code to} are bucket
     * boundaries, so every candle is complete. Buckets without trades have no candle.
     */
    static List<Candle> candles(List<PublicTrade> trades, Resolution resolution, Instant from, Instant to) {
        List<PublicTrade> inRange = trades.stream()
                .filter(t -> !t.time().isBefore(from) && t.time().isBefore(to))
                .sorted((a, b) -> a.time().compareTo(b.time()))
                .toList();
        int priceScale = 0;
        int volumeScale = 0;
        for (PublicTrade trade : inRange) {
            priceScale = Math.max(priceScale, scale(trade.price()));
            volumeScale = Math.max(volumeScale, scale(trade.quantity()));
        }
        CandleScales scales = new CandleScales(priceScale, volumeScale,
                Math.min(CandleScales.MAX_SCALE, priceScale + volumeScale));
        List<Candle> candles = new ArrayList<>();
        TradeAggregator aggregator = new TradeAggregator(resolution, scales,
                (open, o, h, l, c, v, q) -> candles.add(new Candle(Instant.ofEpochSecond(open), scales.price(o),
                        scales.price(h), scales.price(l), scales.price(c), scales.volume(v), scales.quoteVolume(q))));
        for (PublicTrade trade : inRange) {
            aggregator.onTrade(trade.time().toEpochMilli(), scales.price(trade.price(), "price"),
                    scales.volume(trade.quantity(), "amount"));
        }
        aggregator.flush();
        return candles;
    }

    private static int scale(BigDecimal value) {
        return Math.max(0, value.stripTrailingZeros().scale());
    }
}
