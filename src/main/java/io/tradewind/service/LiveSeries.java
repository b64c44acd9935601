package io.tradewind.service;

import io.tradewind.domain.Instrument;
import io.tradewind.marketdata.Candle;
import io.tradewind.marketdata.SeriesKey;
import java.util.List;
import java.util.Objects;

/**
 * The newest candles one instance has played.
 *
 * @param instance   the instance's id
 * @param series     the series its candles belong to, as the candle store names it (a replay's
 *                   stored series, or {@code <feed venue>:<SYMBOL>:<resolution>} for a venue feed)
 * @param instrument the instrument it trades: its tick is the chart's price step
 * @param candles    closed candles, oldest first, exact
 */
public record LiveSeries(String instance, SeriesKey series, Instrument instrument, List<Candle> candles) {

    public LiveSeries {
        Objects.requireNonNull(series, "series");
        Objects.requireNonNull(instrument, "instrument");
        candles = List.copyOf(candles);
    }
}
