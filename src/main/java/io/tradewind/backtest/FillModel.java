package io.tradewind.backtest;

import io.tradewind.domain.WireEnum;

/**
 * How a backtest turns candles into fills.
 *
 * <ul>
 *   <li>{@link #NEXT_OPEN} (default): an order that can trade at once, decided on a candle's
 *       close, fills at the next candle's open moved by the slippage against it, for at most the
 *       configured share of that candle's volume. Resting limit and stop orders fill inside later
 *       candles as {@link CandleLiquidity} describes: limits at their own price, stops at their
 *       stop price, or at the open when the candle gaps past them.
 *   <li>{@link #CLOSE}: orders that can trade at once fill at the signal candle's close without
 *       slippage or volume limit — for comparison with engines that trade on the close.
 * </ul>
 */
public enum FillModel implements WireEnum {
    NEXT_OPEN("next-open"),
    CLOSE("close");

    private final String wireName;

    FillModel(String wireName) {
        this.wireName = wireName;
    }

    @Override
    public String wireName() {
        return wireName;
    }

    public static FillModel fromWire(String text) {
        return WireEnum.parse(FillModel.class, text, "fill model");
    }
}
