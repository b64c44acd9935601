package io.tradewind.service.udf;

import io.tradewind.marketdata.Candle;
import java.util.OptionalLong;
import java.util.function.Consumer;

/** One series' candles at one resolution, as history needs them. */
interface CandleSource {

    /** Hands over the candles with {@code from <= openTime < to} (epoch seconds), ascending. */
    void read(long from, long to, Consumer<Candle> sink);

    /** Open time of the earliest candle, or empty when there is none. */
    OptionalLong firstOpenTime();
}
