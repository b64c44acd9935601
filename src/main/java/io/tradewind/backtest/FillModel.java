package io.tradewind.backtest;

import io.tradewind.domain.WireEnum;

/**
 * How a backtest turns candles into fills.
 *
 * <ul>
 *   <li>{@link #NEXT_OPEN} (default): an order that can trade at once, decided on a candle's
 *       close, fills at the next candle's open plus slippage, for at most the configured share of
 *       that candle's volume. Resting limit and stop orders trigger inside a candle by walking
 *       open → nearer extreme → farther extreme → close and fill at the order price.
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
