package io.tradewind.backtest.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.tradewind.domain.Instrument;
import io.tradewind.domain.Side;
import io.tradewind.marketdata.CandleChunk;
import io.tradewind.marketdata.CandleCursor;
import io.tradewind.marketdata.CandleScales;
import io.tradewind.marketdata.InMemoryCandleStore;
import io.tradewind.marketdata.Resolution;
import io.tradewind.marketdata.SeriesKey;
import io.tradewind.marketdata.StoredSeries;
import io.tradewind.marketdata.csv.CsvCandleImporter;
import io.tradewind.strategy.ta4j.Ta4jAdapters;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.ta4j.core.BarSeries;
import org.ta4j.core.BaseStrategy;
import org.ta4j.core.Position;
import org.ta4j.core.TradingRecord;
import org.ta4j.core.backtest.BarSeriesManager;
import org.ta4j.core.backtest.TradeOnCurrentCloseModel;
import org.ta4j.core.criteria.EnterAndHoldCriterion;
import org.ta4j.core.criteria.NumberOfPositionsCriterion;
import org.ta4j.core.criteria.PositionsRatioCriterion;
import org.ta4j.core.criteria.pnl.LossCriterion;
import org.ta4j.core.criteria.pnl.ProfitCriterion;
import org.ta4j.core.criteria.pnl.ProfitLossCriterion;
import org.ta4j.core.indicators.SMAIndicator;
import org.ta4j.core.indicators.helpers.ClosePriceIndicator;
import org.ta4j.core.rules.CrossedDownIndicatorRule;
import org.ta4j.core.rules.CrossedUpIndicatorRule;

/**
 * The whole foundation on the demo data, checked against ta4j as an independent implementation:
 * the Bitstamp trades become 1-minute candles in the store, ta4j's {@link BarSeriesManager} runs
 * an SMA 10/30 crossover on them (signal-bar closes, one unit, no fees), and the metrics computed
 * from those trades and an exact equity curve must agree with ta4j's own criteria. The report is
 * left in target/demo-report/ to look at.
 */
class DemoDataReportTest {

    private static final Path DEMO_TRADES = Path.of("target", "demo-data", "bitstamp_trades_from_20131125_usd.csv");
    private static final SeriesKey KEY = new SeriesKey("bitstamp", "BTC-USD", Resolution.M1);
    private static final BigDecimal INITIAL = new BigDecimal("10000");

    @Test
    void metricsOfAnSmaCrossoverAgreeWithTa4j() {
        assumeTrue(Files.isRegularFile(DEMO_TRADES), "run the build's generate-resources phase first");
        InMemoryCandleStore store = new InMemoryCandleStore();
        new CsvCandleImporter(store).importTrades(DEMO_TRADES, KEY);
        StoredSeries stored = store.describe(KEY).orElseThrow();
        Instant end = stored.last().plusSeconds(60);

        BarSeries series;
        try (CandleCursor cursor = store.read(KEY, stored.first(), end)) {
            series = Ta4jAdapters.load("demo", cursor, Resolution.M1, Integer.MAX_VALUE);
        }
        ClosePriceIndicator close = new ClosePriceIndicator(series);
        SMAIndicator fast = new SMAIndicator(close, 10);
        SMAIndicator slow = new SMAIndicator(close, 30);
        TradingRecord record = new BarSeriesManager(series, new TradeOnCurrentCloseModel())
                .run(new BaseStrategy(new CrossedUpIndicatorRule(fast, slow), new CrossedDownIndicatorRule(fast, slow)));

        // replay the same signals with exact prices from the store
        boolean[] entryAt = new boolean[series.getBarCount()];
        boolean[] exitAt = new boolean[series.getBarCount()];
        for (Position p : record.getPositions()) {
            entryAt[p.getEntry().getIndex()] = true;
            exitAt[p.getExit().getIndex()] = true;
        }
        MetricsCalculator metrics = new MetricsCalculator(INITIAL, 2, 2, Resolution.M1);
        ChartRecorder chart = new ChartRecorder(1_000, INITIAL.doubleValue(), Resolution.M1.seconds());
        List<ClosedTrade> trades = new ArrayList<>();
        BigDecimal cash = INITIAL;
        BigDecimal entryPrice = null;
        Instant entryTime = null;
        int index = 0;
        try (CandleCursor cursor = store.read(KEY, stored.first(), end)) {
            for (CandleChunk chunk = cursor.next(); chunk != null; chunk = cursor.next()) {
                CandleScales s = chunk.scales();
                for (int i = 0; i < chunk.size(); i++, index++) {
                    BigDecimal price = s.price(chunk.close(i));
                    Instant barEnd = Instant.ofEpochSecond(chunk.openTime(i) + 60);
                    if (exitAt[index]) {
                        trades.add(ClosedTrade.of(Side.BUY, entryTime, barEnd, entryPrice, price, BigDecimal.ONE, BigDecimal.ZERO));
                        cash = cash.add(price);
                        entryPrice = null;
                    }
                    if (entryAt[index]) {
                        entryPrice = price;
                        entryTime = barEnd;
                        cash = cash.subtract(price);
                    }
                    BigDecimal equity = entryPrice == null ? cash : cash.add(price);
                    metrics.onBar(Instant.ofEpochSecond(chunk.openTime(i)), equity, price, entryPrice != null);
                    chart.onBar(chunk.openTime(i), s.price(chunk.open(i)).doubleValue(), s.price(chunk.high(i)).doubleValue(),
                            s.price(chunk.low(i)).doubleValue(), price.doubleValue(), equity.doubleValue());
                }
            }
        }
        BacktestMetrics m = metrics.finish(trades);

        int positions = new NumberOfPositionsCriterion().calculate(series, record).intValue();
        assertTrue(positions > 50, "positions: " + positions);
        assertEquals(positions, m.numberOfTrades());
        BigDecimal pnl = trades.stream().map(ClosedTrade::pnl).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertEquals(new ProfitLossCriterion().calculate(series, record).doubleValue(), pnl.doubleValue(), 1e-6);
        assertEquals(PositionsRatioCriterion.WinningPositionsRatioCriterion().calculate(series, record).doubleValue(),
                m.winRate(), 1e-12);
        double profit = new ProfitCriterion().calculate(series, record).doubleValue();
        double loss = new LossCriterion().calculate(series, record).doubleValue();
        assertEquals(profit / -loss, m.profitFactor(), 1e-9);
        assertEquals(EnterAndHoldCriterion.EnterAndHoldReturnCriterion().calculate(series, record).doubleValue() - 1,
                m.buyAndHoldReturn(), 1e-12);
        assertEquals(series.getBarCount(), metrics.bars());

        assertEquals(m.maxDrawdown(), Arrays.stream(chart.snapshot().drawdown()).max().orElseThrow(), 1e-12);

        BacktestReport report = new BacktestReport("sma-crossover-demo", "sma-crossover", Map.of("fast", "10", "slow", "30"),
                KEY.venue(), Instrument.of(KEY.symbol(), "BTC", "USD", "0.01", "0.00000001", "0.00000001", "0", "0"),
                KEY.resolution(), stored.first(), end, metrics.bars(), 0, m, trades,
                chart.snapshot(), 0);
        Path html = ReportFiles.write(report, Path.of("target", "demo-report"));
        assertTrue(Files.isRegularFile(html));
        assertNotNull(m.sharpe());
    }
}
