package io.tradewind.backtest;

import io.tradewind.domain.Instrument;
import io.tradewind.execution.RiskLimits;
import io.tradewind.marketdata.Resolution;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;

/**
 * One backtest, as a file in {@code backtests/} describes it (see README, "Backtest specs"): what
 * strategy with which parameters, on which market and candles, from which balances, with which
 * fees and fill model.
 *
 * @param name          the spec's file name without extension; names the report folder
 * @param from          first candle open time to use, or null for the first stored
 * @param to            end of the range (exclusive), or null for the last stored
 * @param volumeShare   largest share of a candle's volume the strategy's fills may take; 0 for no limit
 * @param dataFile      a candle or trades CSV imported into the store when the series is missing,
 *                      or null when the candles must already be stored
 * @param dataFormat    {@code ohlcv}, {@code trades} or {@code auto}
 * @param risk          limits every order is checked against, as the service checks its configured ones
 * @param seriesBars    closed candles kept for the strategy's bar series
 */
public record BacktestSpec(
        String name,
        String strategy,
        Map<String, String> parameters,
        String venue,
        Instrument instrument,
        Resolution resolution,
        Instant from,
        Instant to,
        Map<String, BigDecimal> balances,
        FillModel fillModel,
        BigDecimal slippage,
        BigDecimal volumeShare,
        long seed,
        Path dataFile,
        String dataFormat,
        RiskLimits risk,
        int seriesBars) {

    public BacktestSpec {
        parameters = Map.copyOf(parameters);
        balances = Map.copyOf(balances);
    }
}
