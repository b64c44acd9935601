package io.tradewind.backtest;

import io.tradewind.marketdata.CandleScales;
import io.tradewind.sim.ExactMath;
import io.tradewind.sim.Market;
import java.math.BigDecimal;

/**
 * Converts a candle series' scaled longs into the market's price and quantity units. A volume
 * finer than the step is cut (a smaller volume budget errs on the safe side); a price between two
 * units of the tick's decimals, or off the tick grid, is refused: the simulated market has no price
 * there, and cutting it would fill orders and trigger stops at prices that never traded, while
 * rounding it to the tick against the strategy would charge a cost no slippage setting shows
 * (a tick of 10 on candles at 103 made every buy pay 110).
 */
public final class CandleUnits {
    private final int priceShift;
    private final int quantityShift;
    private final double priceDivisor;
    private final int candlePriceScale;
    private final BigDecimal tickSize;
    private final long tickUnits;
    private final boolean refusesOffGrid;

    /**
     * @param refusesOffGrid whether a price off the tick grid is refused: a backtest's spec names the
     *                       tick, and the run stops before it trades on a wrong one; the service's feeds
     *                       play a venue's candles, whose grid the venue keeps, and an exception in a
     *                       tick would only make the instance fail it again and again
     */
    public CandleUnits(CandleScales scales, Market market, boolean refusesOffGrid) {
        this.priceShift = market.instrument().priceScale() - scales.priceScale();
        this.quantityShift = market.instrument().quantityScale() - scales.volumeScale();
        this.priceDivisor = Math.pow(10, scales.priceScale());
        this.candlePriceScale = scales.priceScale();
        this.tickSize = market.instrument().tickSize();
        this.tickUnits = market.tickUnits();
        this.refusesOffGrid = refusesOffGrid;
    }

    /** @throws IllegalArgumentException the price has more decimals than the tick size, or is not a multiple of it */
    public long price(long scaled) {
        if (priceShift < 0 && scaled % ExactMath.pow10(-priceShift) != 0) {
            throw new IllegalArgumentException("a candle price of " + BigDecimal.valueOf(scaled, candlePriceScale).toPlainString()
                    + " has more decimals than tick_size " + tickSize.toPlainString() + ": the simulated market trades"
                    + " only on that grid; give a tick_size with as many decimals as the candles ("
                    + BigDecimal.ONE.movePointLeft(candlePriceScale).toPlainString() + " or finer), or store the candles"
                    + " on the tick grid");
        }
        long units = shift(scaled, priceShift);
        if (refusesOffGrid && units % tickUnits != 0) {
            throw new IllegalArgumentException("a candle price of "
                    + BigDecimal.valueOf(scaled, candlePriceScale).stripTrailingZeros().toPlainString() + " is not a multiple of tick_size " + tickSize.toPlainString() + ": the simulated market trades only on"
                    + " that grid, and every fill would move to a tick against the strategy; give the tick_size the"
                    + " candles were traded at, or store the candles on the tick grid");
        }
        return units;
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
