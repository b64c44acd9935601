package io.tradewind.backtest;

import io.tradewind.marketdata.CandleChunk;
import io.tradewind.strategy.CandleView;

/** The runner's current candle as a {@link CandleView}: one object, moved from candle to candle. */
public final class CandleCursorView implements CandleView {

    private final double priceDivisor;
    private final double volumeDivisor;
    private long openTime;
    private double open;
    private double high;
    private double low;
    private double close;
    private double volume;

    public CandleCursorView(int priceScale, int volumeScale) {
        this.priceDivisor = Math.pow(10, priceScale);
        this.volumeDivisor = Math.pow(10, volumeScale);
    }

    public void moveTo(CandleChunk chunk, int i) {
        openTime = chunk.openTime(i);
        open = chunk.open(i) / priceDivisor;
        high = chunk.high(i) / priceDivisor;
        low = chunk.low(i) / priceDivisor;
        close = chunk.close(i) / priceDivisor;
        volume = chunk.volume(i) / volumeDivisor;
    }

    @Override
    public long openTimeSeconds() {
        return openTime;
    }

    @Override
    public double open() {
        return open;
    }

    @Override
    public double high() {
        return high;
    }

    @Override
    public double low() {
        return low;
    }

    @Override
    public double close() {
        return close;
    }

    @Override
    public double volume() {
        return volume;
    }
}
