package io.tradewind.backtest;

import io.tradewind.marketdata.CandleScales;
import io.tradewind.sim.ExactMath;
import io.tradewind.sim.Market;

/** Converts a candle series' scaled longs into the market's price and quantity units. */
public final class CandleUnits {
    private final int priceShift;
    private final int quantityShift;
    private final double priceDivisor;

    public CandleUnits(CandleScales scales, Market market) {
        this.priceShift = market.instrument().priceScale() - scales.priceScale();
        this.quantityShift = market.instrument().quantityScale() - scales.volumeScale();
        this.priceDivisor = Math.pow(10, scales.priceScale());
    }

    public long price(long scaled) {
        return shift(scaled, priceShift);
    }

    public long quantity(long scaled) {
        return shift(scaled, quantityShift);
    }

    public double decimalPrice(long scaled) {
        return scaled / priceDivisor;
    }

    private static long shift(long value, int digits) {
        return digits >= 0 ? ExactMath.multiply(value, ExactMath.pow10(digits)) : value / ExactMath.pow10(-digits);
    }
}
