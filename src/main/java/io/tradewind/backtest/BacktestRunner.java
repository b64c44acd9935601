package io.tradewind.backtest;

import io.tradewind.backtest.report.Aborted;
import io.tradewind.backtest.report.BacktestMetrics;
import io.tradewind.backtest.report.BacktestReport;
import io.tradewind.backtest.report.ChartRecorder;
import io.tradewind.backtest.report.ClosedTrade;
import io.tradewind.backtest.report.DataGaps;
import io.tradewind.backtest.report.Decisions;
import io.tradewind.backtest.report.ImmediateFills;
import io.tradewind.backtest.report.MetricsCalculator;
import io.tradewind.backtest.report.Refusals;
import io.tradewind.backtest.report.ReportFill;
import io.tradewind.domain.Instrument;
import io.tradewind.domain.OrderType;
import io.tradewind.execution.ExecutionListener;
import io.tradewind.execution.ExecutionService;
import io.tradewind.execution.FillRecord;
import io.tradewind.execution.InMemoryExecutionStore;
import io.tradewind.execution.OrderRecord;
import io.tradewind.execution.RiskConfig;
import io.tradewind.execution.RiskLimits;
import io.tradewind.execution.VenueOrder;
import io.tradewind.execution.VenueTrade;
import io.tradewind.kernel.ImmediateOrderFills;
import io.tradewind.kernel.OrderRejections;
import io.tradewind.kernel.StrategyHookException;
import io.tradewind.kernel.StrategySetup;
import io.tradewind.kernel.TradingKernel;
import io.tradewind.marketdata.CandleChunk;
import io.tradewind.marketdata.CandleCursor;
import io.tradewind.marketdata.CandleScales;
import io.tradewind.marketdata.CandleStore;
import io.tradewind.marketdata.SeriesKey;
import io.tradewind.marketdata.StoredSeries;
import io.tradewind.marketdata.WarmupHistory;
import io.tradewind.sim.Asset;
import io.tradewind.sim.ExactMath;
import io.tradewind.sim.Market;
import io.tradewind.sim.SimAccount;
import io.tradewind.sim.SimulatedExchange;
import io.tradewind.sim.UnrepresentableAmountException;
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
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Replays stored candles through a strategy on the {@link TradingKernel}, the wiring paper and live
 * trading use; only the clock (candle time), the market data (stored candles), the venue (the
 * simulated exchange with {@link CandleLiquidity}) and the store (in memory) are the backtest's.
 *
 * <p>Warm-up: the strategy's declared warm-up is fed from the candles stored before {@code from}
 * (as the service loads history); where fewer are stored, the first candles from {@code from}
 * complete it. Warm-up candles reach {@code onCandle} with {@code context.warmingUp()} true and
 * order actions refused; trading starts after the warm-up, metrics at {@code from}.
 *
 * <p>Per candle: the clock moves to its open, the candle's price path fills or triggers the
 * orders resting from earlier decisions, the candle joins the strategy's series, the clock moves
 * to its close and the strategy decides, with liquidity at the fill model's price: the next open
 * (the venue's clock is then at that open, so fills are stamped when they happen) or this close.
 * Equity (every balance valued at the close) is measured after every candle from {@code from};
 * the initial equity values the starting balances at the first candle's open.
 * Deterministic: the same spec and candles give the same report, up to its timing.
 */
public final class BacktestRunner {

    static final String ACCOUNT = "backtest";
    private static final int CHART_POINTS = 1_000;
    private static final int PROGRESS_EVERY = 65_536;
    /**
     * Candles between the moments the venue, the store and the strategy's relay are told to forget
     * finished orders: often enough that a long run does not carry its orders, seldom enough that
     * asking costs nothing per candle.
     */
    private static final int FORGET_EVERY = 64;

    private BacktestRunner() {
    }

    /**
     * A strategy hook that throws ends the run: the report runs to the close at which it threw
     * and says why it stopped ({@link BacktestReport#aborted()}).
     *
     * @throws IllegalArgumentException when the candles are missing or the parameters are invalid
     * @throws StrategyHookException    a hook threw before the first candle from {@code from} was measured,
     *                                  so there is nothing to report
     */
    public static BacktestReport run(BacktestSpec spec, Strategy strategy, CandleStore store, ProgressListener progress) {
        long started = System.nanoTime();
        SeriesKey key = new SeriesKey(spec.venue(), spec.instrument().symbol(), spec.resolution());
        StoredSeries stored = store.describe(key).orElseThrow(() -> new IllegalArgumentException("no " + key
                + " candles are stored: import them with 'data import' or name a data.file in the spec"));
        StrategyParameters parameters = StrategyParameters.of(strategy, spec.parameters());
        Instant from = spec.from() != null ? spec.from() : stored.first();
        Instant to = spec.to() != null ? spec.to() : stored.last().plus(spec.resolution().duration());
        int warmup = StrategySetup.warmupBars(strategy, parameters);
        Instant history = WarmupHistory.start(store, stored, from, warmup, spec.resolution().duration());
        try (CandleCursor cursor = store.read(key, history, to)) {
            Run run = new Run(spec, strategy, parameters, from, cursor.scales());
            long room = Duration.between(history, to).dividedBy(spec.resolution().duration());
            if (room >= 1 && room <= warmup) {
                // said before onStart runs: the range cannot hold one candle past the warm-up, whatever is stored
                // (a range with no room at all gets the run's own "no candles are stored" at its end)
                throw new IllegalArgumentException("strategy " + strategy.name() + " declares a warm-up of " + warmup
                        + " bars but " + key + " from " + history + " to " + to + " has room for " + room + " candles, and it"
                        + " needs " + candlesNeeded(warmup, spec.fillModel()) + ": it would never leave its warm-up;"
                        + " widen from/to, store more candles, or declare a shorter warm-up");
            }
            run.replay(cursor, stored.count(), progress);
            return run.report(key, from, to, (System.nanoTime() - started) / 1_000_000);
        }
    }

    /** How many candles a strategy needs to trade at all, and why, under the spec's fill model. */
    private static String candlesNeeded(int warmup, FillModel fillModel) {
        return fillModel == FillModel.NEXT_OPEN
                ? warmup + 2 + " (its warm-up, one to decide on, and the next, whose open fills the order)"
                : warmup + 1 + " (its warm-up and one to decide on)";
    }

    /**
     * Deposits the spec's starting balances on a simulated exchange set up as a run's is, so that a
     * balance it cannot hold is refused with the run's own message before anything is imported.
     *
     * @throws IllegalArgumentException a balance the exchange cannot represent
     */
    public static void checkBalances(BacktestSpec spec) {
        SimulatedExchange exchange = SimulatedExchangeGateway.forBacktest(FastOrderBook::new).exchange();
        exchange.addInstrument(spec.instrument());
        SimAccount account = exchange.openAccount(ACCOUNT);
        spec.balances().forEach((asset, amount) -> exchange.deposit(account, asset, amount));
    }

    /** The state of one backtest while it runs. */
    private static final class Run implements VenueEventSink {

        private final BacktestSpec spec;
        private final SimulatedClock clock = new SimulatedClock();
        private final SimulatedExchangeGateway gateway;
        private final SimulatedExchange exchange;
        private final Market market;
        private final SimAccount account;
        private final CandleLiquidity liquidity;
        private final CandleUnits units;
        private final CandleCursorView view;
        private final CandleMarketData marketData;
        /** Keeps what a backtest reads; told to forget finished orders once the venue has delivered their news. */
        private final InMemoryExecutionStore store = InMemoryExecutionStore.forBacktest();
        private final TradingKernel kernel;
        private final ExecutionService execution;
        private final String instance;
        private final boolean keepSeries;
        private final int warmup;
        private final long fromSecond;
        private final long periodMillis;
        private final double equityDivisor;
        private MetricsCalculator metrics;
        private ChartRecorder chart;
        private long fed;
        private long bars;
        /** Candles of the range fed as warm-up: the history stored before {@code from} was too short. */
        private long warmupInRange;
        private long clientOrderIds;
        private Instant first;
        private long endMillis;
        /** The open time of the last measured candle, and the gaps between measured candles. */
        private long lastMeasuredSecond = Long.MIN_VALUE;
        private long missingBars;
        private long gapCount;
        private long longestGapBars;
        private long longestGapFromSecond;
        private final long startingBase;
        private final Pending pending = new Pending();
        private StrategyHookException aborted;
        /** The type of each order that filled, by client order id, for the report's fills. */
        private final Map<String, OrderType> orderTypes = new HashMap<>();
        /** Why the strategy placed each order that filled and that it gave a reason for, by client order id. */
        private final Map<String, String> orderReasons = new HashMap<>();
        /** The strategy's fills so far, and how many of them the last measured bar's equity includes. */
        private long fillsSeen;
        private long fillsMeasured;

        Run(BacktestSpec spec, Strategy strategy, StrategyParameters parameters, Instant from, CandleScales scales) {
            this.spec = spec;
            Instrument instrument = spec.instrument();
            this.gateway = SimulatedExchangeGateway.forBacktest(FastOrderBook::new);
            this.exchange = gateway.exchange();
            this.market = exchange.addInstrument(instrument);
            this.account = exchange.openAccount(ACCOUNT);
            spec.balances().forEach((asset, amount) -> exchange.deposit(account, asset, amount));
            this.startingBase = account.available(market.base());
            this.liquidity = new CandleLiquidity(exchange, market, spec.fillModel(), spec.slippage(), spec.volumeShare());
            gateway.useLiquidity(liquidity);
            this.units = new CandleUnits(scales, market, true);
            this.view = new CandleCursorView(scales.priceScale(), scales.volumeScale());
            this.marketData = new CandleMarketData(market, clock, view);
            StrategySetup setup = new StrategySetup(strategy, parameters, instrument, ACCOUNT,
                    new RiskConfig(spec.risk(), Map.of()), spec.seriesBars(), () -> "bt" + ++clientOrderIds);
            this.kernel = new TradingKernel(clock, marketData, gateway, execution -> gateway.deliverEvents(this),
                    store, setup);
            this.execution = kernel.execution();
            this.instance = kernel.context().instance();
            execution.addListener(new ExecutionListener() {
                @Override
                public void orderChanged(OrderRecord order) {
                    // the report is made of fills: an order's type and reason are asked for at its first fill, below
                }

                @Override
                public void filled(FillRecord fill) {
                    fillsSeen++;
                    // asked now: a finished order is forgotten by the next candles, its type and reason with
                    // it; an order that never fills is never asked, so a quote re-placed every candle costs nothing
                    if (!orderTypes.containsKey(fill.clientOrderId())) {
                        execution.order(fill.clientOrderId()).ifPresent(this::keepTypeAndReason);
                    }
                }

                private void keepTypeAndReason(OrderRecord order) {
                    orderTypes.put(order.clientOrderId(), order.type());
                    if (order.reason() != null) {
                        orderReasons.put(order.clientOrderId(), order.reason());
                    }
                }
            });
            this.keepSeries = kernel.keepsSeries();
            this.warmup = kernel.warmupBars();
            this.fromSecond = from.getEpochSecond();
            this.periodMillis = spec.resolution().seconds() * 1000;
            this.equityDivisor = Math.pow(10, market.quote().scale());
        }

        void replay(CandleCursor cursor, long total, ProgressListener progress) {
            try {
                replayAll(cursor, total, progress);
            } catch (StrategyHookException e) {
                aborted = e;
            } catch (UnrepresentableAmountException e) {
                // the exchange's words name its accounts (backtest-market): say what they are in the backtest
                throw new IllegalArgumentException("at " + clock.instant() + " the simulated exchange"
                        + " would hold more than it can: the balances and the market's side of a trade (funded as the strategy"
                        + " trades) must fit in it together. " + e.getMessage(), e);
            }
        }

        private void replayAll(CandleCursor cursor, long total, ProgressListener progress) {
            CandleChunk chunk = cursor.next();
            if (chunk != null && !chunk.isEmpty()) {
                clock.set(chunk.openTime(0) * 1000); // onStart's now(): when the data begins, not 1970
            }
            kernel.start();
            for (; chunk != null; chunk = cursor.next()) {
                for (int i = 0; i < chunk.size(); i++) {
                    if (pending.present) {
                        decide(chunk.openTime(i) * 1000, units.price(chunk.open(i)), units.quantity(chunk.volume(i)));
                    }
                    view.moveTo(chunk, i);
                    candle(chunk, i);
                    if ((fed & (FORGET_EVERY - 1)) == 0 && !gateway.hasEventsToDeliver()) {
                        // the venue reports a finished order once: delivered, nothing will ask for it again
                        gateway.forgetFinishedOrders();
                        store.forgetFinishedOrders();
                        kernel.forgetFinishedOrders();
                    }
                    if ((bars & (PROGRESS_EVERY - 1)) == 0) {
                        progress.progress(bars, total);
                    }
                }
            }
            if (pending.present) {
                if (spec.fillModel() != FillModel.CLOSE) {
                    kernel.immediateFills().marketDataEnded(); // the last candle has no next open to trade at
                }
                decide(0, 0, 0);
            }
            progress.progress(bars, total);
        }

        /** The candle's path fills resting orders, then it joins the series and (from {@code from}) the equity curve. */
        private void candle(CandleChunk chunk, int i) {
            long openMillis = chunk.openTime(i) * 1000;
            exchange.advanceTime(openMillis);
            clock.set(openMillis);
            long open = units.price(chunk.open(i));
            long close = units.price(chunk.close(i));
            long volume = units.quantity(chunk.volume(i));
            boolean history = chunk.openTime(i) < fromSecond;
            if (!history && metrics == null) {
                // before anything trades in it: under the close fill model the first bar's own fills
                // come before it is measured, and they must not count as what the account started with
                startMetrics(chunk, i, open);
            }
            if (!history) {
                // history candles come before any order: the strategy cannot trade while warming up
                liquidity.walk(open, units.price(chunk.high(i)), units.price(chunk.low(i)), close, volume);
                kernel.recordVenueNews();
            }
            if (keepSeries) {
                Ta4jAdapters.addBar(kernel.series(), chunk, i, spec.resolution().duration());
            }
            fed++;
            marketData.closed(close, volume);
            pending.set(openMillis + periodMillis, history || fed <= warmup);
            if (!history && fed <= warmup) {
                warmupInRange++;
            }
            if (spec.fillModel() == FillModel.CLOSE) {
                // fills at this close belong to this bar: its equity pays their fees, the last bar's too
                decide(0, 0, 0);
            }
            if (!history) {
                measure(chunk, i, close);
            }
        }

        private void countGap(long openSecond) {
            long period = periodMillis / 1000;
            if (lastMeasuredSecond != Long.MIN_VALUE && openSecond - lastMeasuredSecond > period) {
                long missing = (openSecond - lastMeasuredSecond) / period - 1;
                missingBars += missing;
                gapCount++;
                if (missing > longestGapBars) {
                    longestGapBars = missing;
                    longestGapFromSecond = lastMeasuredSecond + period;
                }
            }
            lastMeasuredSecond = openSecond;
        }

        /** The initial equity: every starting balance valued at the first measured candle's open. */
        private void startMetrics(CandleChunk chunk, int i, long open) {
            BigDecimal initialEquity = market.quote().toDecimal(equity(open));
            metrics = new MetricsCalculator(initialEquity, market.quote().scale(), market.instrument().priceScale(),
                    spec.resolution());
            chart = new ChartRecorder(CHART_POINTS, initialEquity.doubleValue(), spec.resolution().seconds());
            first = Instant.ofEpochSecond(chunk.openTime(i));
        }

        /** Adds the candle to the metrics and the chart. */
        private void measure(CandleChunk chunk, int i, long close) {
            bars++;
            countGap(chunk.openTime(i));
            endMillis = chunk.openTime(i) * 1000 + periodMillis;
            long equity = equity(close);
            // exposure is the strategy's own position, not base the account held from the start; the
            // exchange charges fees in quote, so the base moves by exactly what the strategy traded
            boolean exposed = account.available(market.base()) + account.held(market.base()) != startingBase;
            metrics.onBar(chunk.openTime(i), equity, close, exposed);
            fillsMeasured = fillsSeen;
            chart.onBar(chunk.openTime(i), units.decimalPrice(chunk.open(i)), units.decimalPrice(chunk.high(i)),
                    units.decimalPrice(chunk.low(i)), units.decimalPrice(chunk.close(i)),
                    equity / equityDivisor);
        }

        /**
         * The strategy decides on the candle that just closed; orders that can trade at once find
         * liquidity at the next open (or this close, by the fill model).
         */
        private void decide(long nextOpenMillis, long nextOpen, long nextVolume) {
            pending.present = false;
            clock.set(pending.closeMillis);
            if (pending.warmingUp) {
                exchange.advanceTime(pending.closeMillis);
                kernel.candleClosed(true);
                return;
            }
            boolean closeModel = spec.fillModel() == FillModel.CLOSE;
            boolean atNextOpen = !closeModel && nextOpen > 0;
            exchange.advanceTime(atNextOpen ? nextOpenMillis : pending.closeMillis);
            if (closeModel) {
                liquidity.openDecisions(marketData.closePrice(), marketData.closePrice(), marketData.closeVolume());
            } else if (atNextOpen) {
                liquidity.openDecisionsAtNextOpen(nextOpen, marketData.closePrice(), nextVolume);
            }
            kernel.candleClosed(false);
            liquidity.closeDecisions();
        }

        @Override
        public void orderUpdated(VenueOrder order) {
            execution.onOrderUpdate(order);
        }

        @Override
        public void traded(String accountName, VenueTrade trade) {
            execution.onTrade(accountName, trade);
        }

        /**
         * Every balance of the instrument's assets valued at {@code price}, in quote units.
         *
         * @throws IllegalArgumentException the value is past what the quote asset can hold
         */
        private long equity(long price) {
            long quote = account.available(market.quote()) + account.held(market.quote());
            long base = account.available(market.base()) + account.held(market.base());
            try {
                return ExactMath.add(quote, base == 0 ? 0 : market.notional(price, market.quantityOfBase(base)));
            } catch (ArithmeticException e) {
                throw equityTooLarge(quote, base, price);
            }
        }

        private IllegalArgumentException equityTooLarge(long quote, long base, long price) {
            Asset quoteAsset = market.quote();
            BigDecimal value = quoteAsset.toDecimal(quote)
                    .add(market.base().toDecimal(base).multiply(market.price(price)));
            return new IllegalArgumentException("the backtest account's equity, " + value.toPlainString() + " "
                    + quoteAsset.name() + ", is more than " + quoteAsset.name() + " can hold here, "
                    + quoteAsset.toDecimal(Long.MAX_VALUE).toPlainString() + " " + quoteAsset.name() + " (kept at "
                    + quoteAsset.scale() + " decimals, tick_size's plus step_size's, so that every price times quantity is"
                    + " exact): use a coarser tick_size or step_size, or a smaller balance");
        }

        BacktestReport report(SeriesKey key, Instant from, Instant to, long elapsedMillis) {
            if (metrics == null && aborted != null) {
                throw aborted;
            }
            if (metrics == null) {
                throw new IllegalArgumentException("no " + key + " candles are stored from " + from + " to " + to
                        + ": widen from/to or import the candles");
            }
            if (aborted == null && fed <= warmup) {
                // a report of a strategy that could never trade would read as a strategy that chose not to
                throw new IllegalArgumentException("strategy " + instance + " declares a warm-up of "
                        + warmup + " bars but only " + fed + " candles were stored for it (" + key + " up to " + to
                        + "), and it needs " + candlesNeeded(warmup, spec.fillModel()) + ": it never left its warm-up; widen from/to, store more candles, or declare a shorter warm-up");
            }
            if (aborted == null && fed == warmup + 1 && spec.fillModel() == FillModel.NEXT_OPEN) {
                // its one decision has no next open to fill at: the report could only say 0 trades
                throw new IllegalArgumentException("strategy " + instance + " decides on one candle only (" + key + " up to "
                        + to + ": " + fed + " read, " + warmup + " of them its warm-up), and under fill_model=next-open an"
                        + " order decided at its close has no later candle to fill at; widen from/to, store more candles,"
                        + " or declare a shorter warm-up");
            }
            List<FillRecord> fills = new ArrayList<>();
            for (FillRecord fill : execution.fills()) {
                if (fill.strategyInstance().equals(instance)) {
                    fills.add(fill);
                }
            }
            if (aborted != null && fills.size() > fillsMeasured) {
                // the figures run to the last measured close: a fill of the decision that aborted
                // (at the next open) is in no equity, so it is in no trade either
                fills = fills.subList(0, (int) fillsMeasured);
            }
            RoundTrips.Result trips = RoundTrips.of(fills, market.price(marketData.closePrice()), orderReasons::get);
            List<ReportFill> reported = new ArrayList<>(fills.size());
            for (FillRecord fill : fills) {
                reported.add(new ReportFill(fill, orderTypes.get(fill.clientOrderId()), orderReasons.get(fill.clientOrderId())));
            }
            List<ClosedTrade> trades = trips.closed();
            BacktestMetrics result = metrics.finish(trades);
            return new BacktestReport(spec.name(), instance, kernel.context().parameters().asMap(),
                    spec.venue(), market.instrument(), spec.resolution(), first, Instant.ofEpochMilli(endMillis), bars,
                    elapsedMillis, result, trades, trips.open(), reported, chart.snapshot(), refusals(),
                    kernel.rejections().rejectedByReason(), immediateFills(), dataGaps(),
                    new Decisions(bars - warmupInRange, warmupInRange,
                            clientOrderIds + kernel.rejections().invalid()), aborted == null ? null : new Aborted(aborted.hook(),
                            aborted.time(), aborted.bar(), aborted.getCause().toString(), aborted.strategyFrames()),
                    settings());
        }

        private DataGaps dataGaps() {
            return gapCount == 0 ? DataGaps.none()
                    : new DataGaps(missingBars, gapCount, longestGapBars, Instant.ofEpochSecond(longestGapFromSecond));
        }

        private ImmediateFills immediateFills() {
            ImmediateOrderFills fills = kernel.immediateFills();
            return new ImmediateFills(fills.ended(), fills.cutShort(), fills.averageFilledShareOfCutShort());
        }

        private Refusals refusals() {
            OrderRejections rejections = kernel.rejections();
            return new Refusals(rejections.refused(), rejections.refusedByLimit(), rejections.firstRefusal());
        }

        private Map<String, String> settings() {
            Map<String, String> settings = new LinkedHashMap<>();
            settings.put("fill_model", spec.fillModel().wireName());
            settings.put("slippage", spec.slippage().toPlainString());
            settings.put("max_volume_share", spec.volumeShare().toPlainString());
            settings.put("maker_fee", spec.instrument().makerFee().toPlainString());
            settings.put("taker_fee", spec.instrument().takerFee().toPlainString());
            settings.put("seed", Long.toString(spec.seed()));
            Instrument instrument = spec.instrument();
            settings.put("tick_size", instrument.tickSize().toPlainString());
            settings.put("step_size", instrument.stepSize().toPlainString());
            settings.put("min_quantity", instrument.minQuantity().toPlainString());
            new TreeMap<>(spec.balances()).forEach((asset, amount) -> settings.put("balance." + asset, amount.toPlainString()));
            // the limits set, under the spec's keys: a run refused by one shows why in its settings
            RiskLimits risk = spec.risk();
            putIfSet(settings, BacktestSpecReader.RISK_MAX_NOTIONAL, risk.maxOrderNotional());
            putIfSet(settings, BacktestSpecReader.RISK_MAX_POSITION, risk.maxPosition());
            putIfSet(settings, BacktestSpecReader.RISK_MAX_OPEN_ORDERS, risk.maxOpenOrders());
            putIfSet(settings, BacktestSpecReader.RISK_DAILY_LOSS, risk.dailyLossLimit());
            return settings;
        }

        private static void putIfSet(Map<String, String> settings, String key, Object limit) {
            if (limit != null) {
                settings.put(key, limit instanceof BigDecimal decimal ? decimal.toPlainString() : limit.toString());
            }
        }
    }

    /** The candle the strategy has yet to decide on. */
    private static final class Pending {
        boolean present;
        boolean warmingUp;
        long closeMillis;

        void set(long closeMillis, boolean warmingUp) {
            this.present = true;
            this.closeMillis = closeMillis;
            this.warmingUp = warmingUp;
        }
    }
}
