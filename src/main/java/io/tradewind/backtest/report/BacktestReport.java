package io.tradewind.backtest.report;

import io.tradewind.domain.Instrument;
import io.tradewind.marketdata.Resolution;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Everything a finished backtest reports: what ran on which data, how long it took, the metrics,
 * the closed trades and the chart points.
 *
 * @param name          the spec's name, e.g. {@code sma-crossover-demo}
 * @param parameters    the strategy's parameters as given, sorted by name
 * @param instrument    what was traded; its tick and step decide how prices, quantities and money are shown
 * @param from          open time of the first bar processed
 * @param to            end of the last bar processed (exclusive)
 * @param elapsedMillis wall time of the run, reading the data to writing the report
 * @param ordersRefused  the strategy's orders refused by the local checks before reaching the venue (risk
 *                       limits, balance): how many, by limit, and the first
 * @param ordersRejected the strategy's invalid orders (rejected by the venue or already by the strategy
 *                       context) by reason; an order counts once under each of its reasons
 * @param openTrade      the round trip still open after the last candle, or null: with the trades, it
 *                       accounts for the whole change of equity
 * @param fills          every fill of the strategy the trades and the open trade are made of, in order: which
 *                       order of which type filled, when, at what price and fee (a trade's prices are averages
 *                       of them)
 * @param immediateFills how fully the strategy's market and immediate-or-cancel orders filled (the volume cap
 *                       cuts them short)
 * @param dataGaps       the candles missing between the first and last measured candle
 * @param decisions      how many candles the strategy decided on and how many orders it placed
 * @param aborted        why the run stopped early, or null when it ran to the last candle
 * @param settings       how the run filled and charged orders, in the spec's words (fill_model, slippage,
 *                       max_volume_share, maker_fee, taker_fee, seed), so a report says how to run it again
 */
public record BacktestReport(
        String name,
        String strategy,
        Map<String, String> parameters,
        String venue,
        Instrument instrument,
        Resolution resolution,
        Instant from,
        Instant to,
        long barsProcessed,
        long elapsedMillis,
        BacktestMetrics metrics,
        List<ClosedTrade> trades,
        OpenTrade openTrade,
        List<ReportFill> fills,
        ChartData chart,
        Refusals ordersRefused,
        Map<String, Long> ordersRejected,
        ImmediateFills immediateFills,
        DataGaps dataGaps,
        Decisions decisions,
        Aborted aborted,
        Map<String, String> settings) {

    public BacktestReport {
        parameters = Collections.unmodifiableMap(new TreeMap<>(parameters));
        settings = Collections.unmodifiableMap(new LinkedHashMap<>(settings));
        trades = List.copyOf(trades);
        fills = List.copyOf(fills);
        ordersRejected = Collections.unmodifiableMap(new TreeMap<>(ordersRejected));
    }

    /** A report of a run to the last candle in which no order was rejected. */
    public BacktestReport(String name, String strategy, Map<String, String> parameters, String venue, Instrument instrument,
            Resolution resolution, Instant from, Instant to, long barsProcessed, long elapsedMillis, BacktestMetrics metrics,
            List<ClosedTrade> trades, ChartData chart, long ordersRefused) {
        this(name, strategy, parameters, venue, instrument, resolution, from, to, barsProcessed, elapsedMillis, metrics,
                trades, null, List.of(), chart, Refusals.counted(ordersRefused), Map.of(), ImmediateFills.none(), DataGaps.none(),
                Decisions.unknown(), null,
                Map.of());
    }

    public String symbol() {
        return instrument.symbol();
    }
}
