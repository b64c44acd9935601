package io.tradewind.backtest;

import io.tradewind.backtest.report.BacktestMetrics;
import io.tradewind.backtest.report.BacktestReport;
import io.tradewind.backtest.report.ChartRecorder;
import io.tradewind.backtest.report.ClosedTrade;
import io.tradewind.backtest.report.MetricsCalculator;
import io.tradewind.domain.Instrument;
import io.tradewind.execution.ExecutionService;
import io.tradewind.execution.ExecutionSettings;
import io.tradewind.execution.FillRecord;
import io.tradewind.execution.InMemoryExecutionStore;
import io.tradewind.execution.RiskConfig;
import io.tradewind.execution.VenueOrder;
import io.tradewind.execution.VenueTrade;
import io.tradewind.execution.strategy.ExecutionStrategyContext;
import io.tradewind.execution.strategy.StrategyEventRelay;
import io.tradewind.marketdata.CandleChunk;
import io.tradewind.marketdata.CandleCursor;
import io.tradewind.marketdata.CandleScales;
import io.tradewind.marketdata.CandleStore;
import io.tradewind.marketdata.DepthSnapshot;
import io.tradewind.marketdata.SeriesKey;
import io.tradewind.marketdata.StoredSeries;
import io.tradewind.sim.ExactMath;
import io.tradewind.sim.Market;
import io.tradewind.sim.SimAccount;
import io.tradewind.sim.SimulatedExchange;
import io.tradewind.sim.book.FastOrderBook;
import io.tradewind.sim.gateway.SimulatedExchangeGateway;
import io.tradewind.sim.gateway.VenueEventSink;
import io.tradewind.strategy.Strategy;
import io.tradewind.strategy.StrategyParameters;
import io.tradewind.strategy.ta4j.Ta4jAdapters;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ta4j.core.BarSeries;

/**
 * Replays stored candles through a strategy with the same execution service and the same
 * simulated exchange as paper trading; only the clock (candle time), the market data (stored
 * candles) and the venue's liquidity ({@link CandleLiquidity}) are simulated.
 *
 * <p>Per candle: the clock moves to its open, the candle's price path fills or triggers the
 * orders resting from earlier decisions, the candle joins the strategy's series, the clock moves
 * to its close and — once the warm-up is over — the strategy decides, with liquidity at the
 * fill model's price. Equity (quote plus base at the close) is measured after every candle.
 * Deterministic: the same spec and candles give the same report, up to its timing.
 */
public final class BacktestRunner {

    static final String ACCOUNT = "backtest";
    private static final int CHART_POINTS = 1_000;
    private static final int PROGRESS_EVERY = 65_536;

    private BacktestRunner() {
    }

    /**
     * @throws IllegalArgumentException when the candles are missing or the parameters are invalid
     */
    public static BacktestReport run(BacktestSpec spec, Strategy strategy, CandleStore store, ProgressListener progress) {
        long started = System.nanoTime();
        Instrument instrument = spec.instrument();
        SeriesKey key = new SeriesKey(spec.venue(), instrument.symbol(), spec.resolution());
        StoredSeries stored = store.describe(key).orElseThrow(() -> new IllegalArgumentException("no " + key
                + " candles are stored: import them with 'data import' or name a data.file in the spec"));
        StrategyParameters parameters = StrategyParameters.of(strategy, spec.parameters());
        Run run = new Run(spec, strategy, parameters);
        Instant from = spec.from() != null ? spec.from() : stored.first();
        Instant to = spec.to() != null ? spec.to() : stored.last().plus(spec.resolution().duration());
        try (CandleCursor cursor = store.read(key, from, to)) {
            run.replay(cursor, stored.count(), progress);
        }
        long elapsed = (System.nanoTime() - started) / 1_000_000;
        return run.report(elapsed);
    }

    /** The state of one backtest while it runs. */
    private static final class Run implements VenueEventSink {

        private final BacktestSpec spec;
        private final Strategy strategy;
        private final int warmup;
        private final SimulatedExchangeGateway gateway;
        private final SimulatedExchange exchange;
        private final Market market;
        private final SimAccount account;
        private final CandleLiquidity liquidity;
        private final ExecutionService execution;
        private final BarSeries series;
        private final ExecutionStrategyContext context;
        private final StrategyEventRelay relay;
        private final MetricsCalculator metrics;
        private final ChartRecorder chart;
        private final long periodMillis;
        private final double equityDivisor;
        private long bars;
        private long clientOrderIds;
        private Instant first;
        private long endMillis;
        private final Pending pending = new Pending();

        Run(BacktestSpec spec, Strategy strategy, StrategyParameters parameters) {
            this.spec = spec;
            this.strategy = strategy;
            this.warmup = strategy.warmupBars(parameters);
            Instrument instrument = spec.instrument();
            this.gateway = new SimulatedExchangeGateway(FastOrderBook::new);
            this.exchange = gateway.exchange();
            this.market = exchange.addInstrument(instrument);
            this.account = exchange.openAccount(ACCOUNT);
            spec.balances().forEach((asset, amount) -> exchange.deposit(account, asset, amount));
            this.liquidity = new CandleLiquidity(exchange, market, spec.fillModel(), spec.slippage(), spec.volumeShare());
            gateway.useLiquidity(liquidity);
            this.execution = new ExecutionService(gateway, new InMemoryExecutionStore(), Map.of(instrument.symbol(), instrument),
                    RiskConfig.none(), new ExecutionSettings(Set.of(ACCOUNT), Duration.ofDays(1), new SimulatedClock(exchange),
                            () -> "bt" + ++clientOrderIds));
            execution.start();
            this.series = Ta4jAdapters.newBoundedSeries(instrument.symbol(), Math.max(2 * warmup, 100));
            this.context = new ExecutionStrategyContext(strategy.name(), ACCOUNT, instrument, parameters, execution, series,
                    exchange::now);
            this.relay = new StrategyEventRelay(strategy, context);
            execution.addListener(relay);
            context.depthSource(this::depthAtLastClose);
            context.lastPriceSource(() -> market.price(pending.close));
            this.periodMillis = spec.resolution().seconds() * 1000;
            this.equityDivisor = Math.pow(10, market.quote().scale());
            BigDecimal initialEquity = market.quote().toDecimal(equity(0));
            this.metrics = new MetricsCalculator(initialEquity, market.quote().scale(), market.instrument().priceScale(),
                    spec.resolution());
            this.chart = new ChartRecorder(CHART_POINTS, initialEquity.doubleValue());
        }

        void replay(CandleCursor cursor, long total, ProgressListener progress) {
            CandleUnits units = new CandleUnits(cursor.scales(), market);
            CandleCursorView view = new CandleCursorView(cursor.scales().priceScale(), cursor.scales().volumeScale());
            context.lastCandleSource(view);
            boolean keepSeries = strategy.usesBarSeries();
            strategy.onStart(context);
            deliver();
            for (CandleChunk chunk = cursor.next(); chunk != null; chunk = cursor.next()) {
                for (int i = 0; i < chunk.size(); i++) {
                    if (pending.present) {
                        decide(units.price(chunk.open(i)), units.quantity(chunk.volume(i)));
                    }
                    view.moveTo(chunk, i);
                    candle(chunk, i, units, keepSeries);
                    if ((bars & (PROGRESS_EVERY - 1)) == 0) {
                        progress.progress(bars, total);
                    }
                }
            }
            if (pending.present) {
                decide(0, 0);
            }
            progress.progress(bars, total);
        }

        /** The candle's path fills resting orders, then it joins the series and the equity curve. */
        private void candle(CandleChunk chunk, int i, CandleUnits units, boolean keepSeries) {
            long openMillis = chunk.openTime(i) * 1000;
            exchange.advanceTime(openMillis);
            long open = units.price(chunk.open(i));
            long close = units.price(chunk.close(i));
            long volume = units.quantity(chunk.volume(i));
            liquidity.walk(open, units.price(chunk.high(i)), units.price(chunk.low(i)), close, volume);
            deliver();
            if (keepSeries) {
                Ta4jAdapters.addBar(series, chunk, i, spec.resolution().duration());
            }
            bars++;
            if (first == null) {
                first = Instant.ofEpochSecond(chunk.openTime(i));
            }
            endMillis = openMillis + periodMillis;
            long baseTotal = account.available(market.base()) + account.held(market.base());
            long equity = equity(close);
            metrics.onBar(equity, close, baseTotal != 0);
            chart.onBar(chunk.openTime(i), units.decimalPrice(chunk.open(i)), units.decimalPrice(chunk.high(i)),
                    units.decimalPrice(chunk.low(i)), units.decimalPrice(chunk.close(i)),
                    equity / equityDivisor);
            pending.set(openMillis + periodMillis, close, volume);
        }

        /**
         * The strategy decides on the candle that just closed; orders that can trade at once find
         * liquidity at the next open (or this close, by the fill model).
         */
        private void decide(long nextOpen, long nextVolume) {
            pending.present = false;
            exchange.advanceTime(pending.closeMillis);
            if (bars < warmup) {
                return;
            }
            boolean closeModel = spec.fillModel() == FillModel.CLOSE;
            if (closeModel || nextOpen > 0) {
                liquidity.openDecisions(closeModel ? pending.close : nextOpen, closeModel ? pending.volume : nextVolume);
            }
            strategy.onCandle(context);
            deliver();
            strategy.onDepth(context);
            deliver();
            liquidity.closeDecisions();
        }

        /** Made only when a strategy asks for depth: most never do, and a candle backtest has millions of candles. */
        private DepthSnapshot depthAtLastClose() {
            return CandleDepth.around(market.symbol(), exchange.now(), market.price(pending.close),
                    market.instrument().tickSize(), market.quantity(pending.volume));
        }

        /** Venue news to the execution service, then the strategy's hooks, until both are quiet. */
        private void deliver() {
            do {
                gateway.deliverEvents(this);
            } while (relay.dispatch());
        }

        @Override
        public void orderUpdated(VenueOrder order) {
            execution.onOrderUpdate(order);
        }

        @Override
        public void traded(String accountName, VenueTrade trade) {
            execution.onTrade(accountName, trade);
        }

        /** Quote plus base valued at {@code price}, in quote units. */
        private long equity(long price) {
            long quote = account.available(market.quote()) + account.held(market.quote());
            long base = account.available(market.base()) + account.held(market.base());
            return ExactMath.add(quote, base == 0 ? 0 : market.notional(price, base));
        }

        BacktestReport report(long elapsedMillis) {
            List<FillRecord> fills = new ArrayList<>();
            for (FillRecord fill : execution.fills()) {
                if (fill.strategyInstance().equals(context.instance())) {
                    fills.add(fill);
                }
            }
            List<ClosedTrade> trades = RoundTrips.of(fills);
            BacktestMetrics result = metrics.finish(trades);
            return new BacktestReport(spec.name(), strategy.name(), context.parameters().asMap(), spec.venue(),
                    market.symbol(), spec.resolution(), first, Instant.ofEpochMilli(endMillis), bars, elapsedMillis, result, trades,
                    chart.snapshot());
        }
    }

    /** The candle the strategy has yet to decide on. */
    private static final class Pending {
        boolean present;
        long closeMillis;
        long close;
        long volume;

        void set(long closeMillis, long close, long volume) {
            this.present = true;
            this.closeMillis = closeMillis;
            this.close = close;
            this.volume = volume;
        }
    }

    /** Converts a candle series' scaled longs into the market's price and quantity units. */
    private static final class CandleUnits {
        private final int priceShift;
        private final int quantityShift;
        private final double priceDivisor;

        CandleUnits(CandleScales scales, Market market) {
            this.priceShift = market.instrument().priceScale() - scales.priceScale();
            this.quantityShift = market.instrument().quantityScale() - scales.volumeScale();
            this.priceDivisor = Math.pow(10, scales.priceScale());
        }

        long price(long scaled) {
            return shift(scaled, priceShift);
        }

        long quantity(long scaled) {
            return shift(scaled, quantityShift);
        }

        double decimalPrice(long scaled) {
            return scaled / priceDivisor;
        }

        private static long shift(long value, int digits) {
            return digits >= 0 ? ExactMath.multiply(value, ExactMath.pow10(digits)) : value / ExactMath.pow10(-digits);
        }
    }
}
