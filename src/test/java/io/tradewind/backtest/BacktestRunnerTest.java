package io.tradewind.backtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tradewind.backtest.report.BacktestReport;
import io.tradewind.backtest.report.ClosedTrade;
import io.tradewind.backtest.report.DataGaps;
import io.tradewind.backtest.report.ImmediateFills;
import io.tradewind.backtest.report.ReportFill;
import io.tradewind.backtest.report.ReportFiles;
import io.tradewind.backtest.report.SummaryTablePrinter;
import io.tradewind.domain.OrderStatus;
import io.tradewind.domain.OrderType;
import io.tradewind.domain.Side;
import io.tradewind.domain.TimeInForce;
import io.tradewind.exchange.CapturedLogs;
import io.tradewind.execution.ExecutionService;
import io.tradewind.execution.ExecutionSettings;
import io.tradewind.execution.FillRecord;
import io.tradewind.execution.InMemoryExecutionStore;
import io.tradewind.execution.OrderIntent;
import io.tradewind.execution.RiskConfig;
import io.tradewind.execution.RiskRefusal;
import io.tradewind.execution.SubmitResult;
import io.tradewind.marketdata.Candle;
import io.tradewind.marketdata.CandleChunk;
import io.tradewind.marketdata.CandleScales;
import io.tradewind.marketdata.ChunkCursor;
import io.tradewind.marketdata.InMemoryCandleStore;
import io.tradewind.marketdata.Resolution;
import io.tradewind.marketdata.SeriesKey;
import io.tradewind.sim.book.FastOrderBook;
import io.tradewind.sim.gateway.SimulatedExchangeGateway;
import io.tradewind.strategy.OpenOrder;
import io.tradewind.strategy.OrderHandle;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ta4j.core.indicators.SMAIndicator;
import org.ta4j.core.indicators.helpers.ClosePriceIndicator;

/** The runner's own behaviour: balances, warm-up, series length, fill times and risk limits. */
class BacktestRunnerTest {

    private static final SeriesKey KEY = new SeriesKey("test", "BTC-USD", Resolution.M1);
    private static final Instant START = Instant.parse("2025-01-01T00:00:00Z");

    private final InMemoryCandleStore store = new InMemoryCandleStore();

    @Test
    void startingBaseBalancesAreValuedAtTheFirstOpenSoHoldingIsBuyAndHold() {
        store(flat(0, "100"), flat(1, "110"), flat(2, "90"), flat(3, "130"));

        BacktestReport both = run(spec("balance.USD", "1000", "balance.BTC", "10"), idle());
        assertEquals(0, new BigDecimal("2000").compareTo(both.metrics().initialEquity()), "1000 USD + 10 BTC at 100");
        assertEquals(0, new BigDecimal("2300").compareTo(both.metrics().finalEquity()), "1000 USD + 10 BTC at 130");
        assertEquals(0.15, both.metrics().totalReturn(), 1e-12);

        BacktestReport baseOnly = run(spec("balance.BTC", "10"), idle());
        assertEquals(baseOnly.metrics().buyAndHoldReturn(), baseOnly.metrics().totalReturn(), 1e-12);
        assertEquals(0.30, baseOnly.metrics().totalReturn(), 1e-12);
    }

    @Test
    void theSeriesKeepsFiveThousandBarsByDefaultSoLongIndicatorsAreExact() {
        Random random = new Random(7);
        Candle[] candles = new Candle[400];
        for (int i = 0; i < candles.length; i++) {
            candles[i] = flat(i, Integer.toString(500 + random.nextInt(1000)));
        }
        store(candles);
        double[] lastSma = new double[1];
        ScriptedStrategy underDeclared = new ScriptedStrategy(10, true, context -> {
            lastSma[0] = new SMAIndicator(new ClosePriceIndicator(context.series()), 200)
                    .getValue(context.series().getEndIndex()).doubleValue();
            return null;
        });

        run(spec("balance.USD", "1000"), underDeclared);

        double expected = 0;
        for (int i = 200; i < 400; i++) {
            expected += candles[i].close().doubleValue();
        }
        assertEquals(expected / 200, lastSma[0], 1e-9);
    }

    @Test
    void aWarmUpLongerThanTheSeriesIsRefusedWithTheKeyToRaise() {
        store(flat(0, "100"), flat(1, "100"));
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> run(spec("balance.USD", "1000", "series_bars", "50"), new ScriptedStrategy(60, true, c -> null)));
        assertEquals("strategy scripted declares a warm-up of 60 bars but the series keeps only 50: raise series_bars"
                + " (a backtest spec's key; series-bars for a service instance) to at least 60", refused.getMessage());
    }

    /** A strategy author's trial: flat after a round trip read as 0E-8, which equals(BigDecimal.ZERO) is not. */
    @Test
    void aFlatPositionIsZeroItselfNotZeroAtTheFillsScale() {
        Candle[] candles = new Candle[6];
        for (int i = 0; i < candles.length; i++) {
            candles[i] = flat(i, "100");
        }
        store(candles);
        List<BigDecimal> positions = new ArrayList<>();
        ScriptedStrategy trader = new ScriptedStrategy(0, false, context -> {
            positions.add(context.position());
            return positions.size() == 1 ? context.buyMarket(new BigDecimal("0.50000000"))
                    : positions.size() == 3 ? context.sellMarket(context.position()) : null;
        });

        run(spec("balance.USD", "10000"), trader);

        assertEquals(0, new BigDecimal("0.5").compareTo(positions.get(2)), "bought: " + positions);
        assertEquals(BigDecimal.ZERO, positions.get(positions.size() - 1), "scale and all: " + positions);
    }

    @Test
    void warmUpCandlesBeforeFromReachOnCandleAndOrdersDuringWarmUpAreRefused() throws Exception {
        Candle[] candles = new Candle[10];
        for (int i = 0; i < candles.length; i++) {
            candles[i] = flat(i, Integer.toString(100 + i));
        }
        store(candles);
        ScriptedStrategy buyer = new ScriptedStrategy(3, false,
                context -> context.position().signum() == 0 && context.openOrders().isEmpty()
                        ? context.buyMarket(BigDecimal.ONE) : null);

        BacktestReport[] ran = new BacktestReport[1];
        List<String> logged = CapturedLogs.during(() -> ran[0] = run(spec("balance.USD", "10000", "from",
                START.plusSeconds(5 * 60).toString()), buyer));
        BacktestReport report = ran[0];

        assertEquals(List.of("strategy scripted: buy market refused during warm-up: orders may be sent once"
                + " context.warmingUp() is false"), logged.stream().filter(line -> line.contains("warm-up")).toList(),
                "three refusals, one line: a strategy that ignores its handles learns why nothing traded");
        assertEquals(List.of(true, true, true, false, false, false, false, false),
                buyer.candles.stream().map(ScriptedStrategy.Seen::warmingUp).toList(),
                "the 3 candles before from warm up; trading starts at from");
        assertEquals(102, buyer.candles.get(0).close(), "history is read from 3 bars before from");
        assertEquals(START.plusSeconds(3 * 60), buyer.candles.get(0).now(), "decided at the candle's close");
        OrderHandle refused = buyer.handles.get(0);
        assertEquals(OrderStatus.REJECTED, refused.status());
        assertTrue(refused.reasons().get(0).contains("warm-up"), refused.reasons().toString());
        assertEquals(OrderStatus.FILLED, buyer.handles.get(3).status(), "the first order after warm-up is sent");
        assertEquals(START.plusSeconds(5 * 60), report.from(), "metrics start at from");
        assertEquals(5, report.barsProcessed());
        assertEquals(0, report.ordersRefused().count(), "warm-up refusals never become orders");
    }

    /**
     * A warm-up longer than the data reported 0 trades as if the strategy had chosen not to trade;
     * then it was refused, but only after onStart and every candle had reached the strategy.
     */
    @Test
    void aWarmUpThatTakesEveryCandleIsRefusedBeforeTheStrategyRuns() {
        store(flat(0, "100"), flat(1, "101"), flat(2, "102"));
        ScriptedStrategy waiting = new ScriptedStrategy(5, false, c -> null);

        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> run(spec("balance.USD", "1000"), waiting));

        assertEquals("strategy scripted declares a warm-up of 5 bars but test:BTC-USD:1m from 2025-01-01T00:00:00Z to"
                + " 2025-01-01T00:03:00Z has room for 3 candles, and it needs 7 (its warm-up, one to decide on, and the next,"
                + " whose open fills the order): it would never leave its warm-up; widen from/to, store more candles, or"
                + " declare a shorter warm-up", refused.getMessage());
        assertEquals(List.of(), waiting.candles, "no candle reached the strategy");
    }

    /** Where gaps leave fewer candles than the range has room for, the run finds out at its end. */
    @Test
    void aWarmUpThatGapsLeaveNoCandleAfterIsRefusedAtTheEnd() {
        store(flat(0, "100"), flat(1, "101"), flat(9, "102"));

        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> run(spec("balance.USD", "1000"), new ScriptedStrategy(5, false, c -> null)));

        assertTrue(refused.getMessage().startsWith("strategy scripted declares a warm-up of 5 bars but only 3 candles were"
                + " stored for it"), refused.getMessage());
        assertTrue(refused.getMessage().endsWith("and it needs 7 (its warm-up, one to decide on, and the next, whose open"
                + " fills the order): it never left its warm-up; widen from/to, store more candles, or declare a shorter"
                + " warm-up"), refused.getMessage());
    }

    /** One candle past the warm-up under next-open: its decision had no next open, so 0 trades was all it could report. */
    @Test
    void aWarmUpThatLeavesOneCandleIsRefusedUnderNextOpen() {
        store(flat(0, "100"), flat(1, "101"), flat(2, "102"));

        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> run(spec("balance.USD", "1000"), new ScriptedStrategy(2, false, c -> null)));

        assertTrue(refused.getMessage().startsWith("strategy scripted decides on one candle only"), refused.getMessage());
        assertTrue(refused.getMessage().contains("3 read, 2 of them its warm-up"), refused.getMessage());
        BacktestReport underClose = run(spec("balance.USD", "1000", "fill_model", "close"), new ScriptedStrategy(2, false, c -> null));
        assertEquals(3, underClose.barsProcessed(), "under fill_model=close the last candle's decision fills at its close");
    }

    @Test
    void withoutHistoryTheFirstCandlesFromFromServeAsWarmUp() {
        store(flat(0, "100"), flat(1, "101"), flat(2, "102"), flat(3, "103"));
        ScriptedStrategy watcher = new ScriptedStrategy(2, false, c -> null);

        BacktestReport report = run(spec("balance.USD", "1000"), watcher);

        assertEquals(List.of(true, true, false, false), watcher.candles.stream().map(ScriptedStrategy.Seen::warmingUp).toList(),
                "the declared 2 candles warm up, as 2 stored before from would (one fewer warmed without history)");
        assertEquals(4, report.barsProcessed(), "metrics cover every candle from from, warm-up included");
    }

    @Test
    void aNextOpenFillIsStampedAtTheOpenItFilledAtNotAtTheDecision() {
        store(flat(0, "100"), flat(1, "100"), flat(30, "105"), flat(31, "105"));
        ScriptedStrategy buyer = new ScriptedStrategy(0, false,
                context -> context.now().equals(START.plusSeconds(2 * 60)) ? context.buyMarket(BigDecimal.ONE) : null);

        run(spec("balance.USD", "1000"), buyer);

        assertEquals(1, buyer.fills.size());
        assertEquals(START.plusSeconds(30 * 60), buyer.fills.get(0).time(), "decided at 00:02, filled at the 00:30 open");
        assertEquals(0, new BigDecimal("105").compareTo(buyer.fills.get(0).price()));
    }

    /** A run across a 50-bar hole in the data said nothing of it, and a strategy counting bars counts across it. */
    @Test
    void theGapsBetweenMeasuredCandlesAreCountedWithTheLongest() {
        store(flat(0, "100"), flat(1, "100"), flat(5, "100"), flat(6, "100"), flat(9, "100"));

        BacktestReport report = run(spec("balance.USD", "1000"), idle());

        assertEquals(new DataGaps(5, 2, 3, START.plusSeconds(120)), report.dataGaps(), "minutes 2-4, then 7-8");
        assertEquals("Gaps in the data: 5 1m bars missing in 2 gaps, the longest 3 bars from 2025-01-01 00:02:00 UTC; the"
                + " strategy saw only the stored candles ('data list' lists the gaps).", report.dataGaps().inWords("1m"));
        assertEquals(DataGaps.none(), run(spec("balance.USD", "1000", "from", START.plusSeconds(300).toString(),
                "to", START.plusSeconds(420).toString()), idle())
                .dataGaps(), "none among the candles measured");
    }

    /** 76 of the demo's 116 entries filled less than half of what it asked, and no figure said so. */
    @Test
    void marketOrdersTheVolumeCapCutShortAreCountedWithTheShareTheyFilled() {
        store(flat(0, "100"), flat(1, "100"), flat(2, "100"), flat(3, "100"));
        ScriptedStrategy buyer = new ScriptedStrategy(0, false, context -> context.now().equals(START.plusSeconds(60))
                ? context.buyMarket(new BigDecimal("400"))
                : context.now().equals(START.plusSeconds(120)) ? context.buyMarket(new BigDecimal("50"))
                : context.now().equals(START.plusSeconds(240)) ? context.buyMarket(new BigDecimal("10")) : null);

        BacktestReport report = run(spec("balance.USD", "100000", "fill_model", "next-open", "slippage", "0",
                "max_volume_share", "0.1"), buyer);

        assertEquals(new ImmediateFills(2, 1, 0.25), report.immediateFills(), "100 of 400 at the capped open, then 50 of 50;"
                + " the buy on the last candle, which has no next open, found no market to cut it");
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        SummaryTablePrinter.print(report, new PrintStream(printed, true, StandardCharsets.UTF_8));
        assertTrue(printed.toString(StandardCharsets.UTF_8).contains("| Market orders cut short "), printed.toString());
        assertTrue(printed.toString(StandardCharsets.UTF_8).contains("Market orders cut short: 1 of 2 filled less than their"
                + " quantity (25 % of it on average), by the volume cap (max_volume_share 0.1) or a thin book"), printed.toString());
    }

    /**
     * A stop cancelled before it triggered and an immediate-or-cancel bid below the market took
     * nothing, yet were counted as cut short "by the volume cap (max_volume_share 0)", a cap not set.
     */
    @Test
    void ordersThatNeverReachedTheMarketAreNotCountedAsCutShort() {
        store(flat(0, "100"), flat(1, "100"), flat(2, "100"), flat(3, "100"), flat(4, "100"));
        String[] stop = new String[1];
        ScriptedStrategy strategy = new ScriptedStrategy(0, false, context -> {
            if (context.now().equals(START.plusSeconds(60))) {
                OrderHandle placed = context.stopMarket(Side.BUY, new BigDecimal("200"), BigDecimal.ONE);
                stop[0] = placed.uid();
                return placed;
            }
            if (context.now().equals(START.plusSeconds(120))) {
                context.cancel(stop[0]);
                return context.limit(Side.BUY, new BigDecimal("50"), BigDecimal.ONE, TimeInForce.IMMEDIATE_OR_CANCEL);
            }
            return context.now().equals(START.plusSeconds(180)) ? context.buyMarket(BigDecimal.ONE) : null;
        });

        BacktestReport report = run(spec("balance.USD", "100000", "fill_model", "next-open", "slippage", "0"), strategy);

        assertEquals(new ImmediateFills(1, 0, 0), report.immediateFills(), "the market order alone, filled");
        assertEquals("Market orders cut short: 1 of 2 filled less than their quantity (50 % of it on average), by a thin"
                + " book: the trades are smaller than the strategy asked.", new ImmediateFills(2, 1, 0.5).inWords("0"),
                "0 is no cap: not named as the cause");
    }

    /**
     * A run in which the strategy placed no order printed zeros and n/a and nothing else, which
     * read as a market that gave it nothing; the report says no order was placed, on how many
     * candles, and how many of the range went to the warm-up for want of stored history.
     */
    @Test
    void aRunWithoutAnyOrderSaysSoAndWhereToLook() throws Exception {
        store(flat(0, "100"), flat(1, "101"), flat(2, "102"), flat(3, "103"), flat(4, "104"), flat(5, "105"));

        BacktestReport report = run(spec("balance.USD", "1000"), new ScriptedStrategy(2, false, c -> null));

        assertEquals(new io.tradewind.backtest.report.Decisions(4, 2, 0), report.decisions());
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        SummaryTablePrinter.print(report, new PrintStream(printed, true, StandardCharsets.UTF_8));
        assertTrue(printed.toString(StandardCharsets.UTF_8).contains("No order: the strategy placed none on the 4 candles it"
                + " decided on (the range's first 2 went to its warm-up: too few candles are stored before from), so the figures"
                + " say nothing of it; if it should have traded, look at its parameters"), printed.toString());
        Path folder = Files.createTempDirectory("no-order");
        ReportFiles.write(report, folder);
        assertTrue(Files.readString(folder.resolve("report.json")).contains("\"ordersPlaced\" : 0"));
        assertTrue(Files.readString(folder.resolve("report.html")).contains("No order: the strategy placed none"));
    }

    @Test
    void aRiskLimitRefusesABacktestOrderExactlyAsItRefusesALiveOne() throws Exception {
        store(flat(0, "100"), flat(1, "100"), flat(2, "100"));
        ScriptedStrategy buyer = new ScriptedStrategy(0, false, context -> context.openOrders().isEmpty()
                ? context.limit(Side.BUY, new BigDecimal("100"), new BigDecimal("2"), TimeInForce.GOOD_TILL_CANCELED) : null);
        BacktestSpec spec = spec("balance.USD", "1000", "risk.max_notional", "150", "risk.max_open_orders", "5");

        BacktestReport[] ran = new BacktestReport[1];
        List<String> backtestLog = CapturedLogs.during(() -> ran[0] = run(spec, buyer));
        BacktestReport report = ran[0];

        assertEquals(3, report.ordersRefused().count(), "one refused order per candle");
        assertEquals(Map.of("max_notional", 3L), report.ordersRefused().byLimit());
        assertEquals("order bt1 at " + START.plusSeconds(60) + ": max_notional (global): notional 200 exceeds 150 by 50",
                report.ordersRefused().first(), "decided at the first close");
        assertEquals(List.of(), backtestLog.stream().filter(line -> line.startsWith("refused order")).toList(),
                "the report counts the refusals: a line each buried a backtest's output");
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        SummaryTablePrinter.print(report, new PrintStream(printed, true, StandardCharsets.UTF_8));
        assertTrue(printed.toString(StandardCharsets.UTF_8).contains("| Refused: max_notional "), printed.toString());
        assertTrue(printed.toString(StandardCharsets.UTF_8).contains("Refused orders: 3; the first, order bt1 at "
                + START.plusSeconds(60) + ": max_notional (global): notional 200 exceeds 150 by 50. Nothing filled in this"
                + " run: if the strategy should have traded, look at that limit"), printed.toString());
        assertEquals(0, report.metrics().numberOfTrades());
        assertFalse(printed.toString(StandardCharsets.UTF_8).contains("No order"), "refused orders were placed");

        // an order the context rejects as invalid (a quantity of zero) was asked for too
        BacktestReport invalid = run(spec("balance.USD", "1000"), new ScriptedStrategy(0, false,
                context -> context.limit(Side.BUY, new BigDecimal("100"), BigDecimal.ZERO, TimeInForce.GOOD_TILL_CANCELED)));
        assertEquals(3, invalid.decisions().ordersPlaced(), invalid.ordersRejected().toString());
        assertEquals("150", report.settings().get("risk.max_notional"), "the report says which limits the run had");
        assertEquals("5", report.settings().get("risk.max_open_orders"));
        assertEquals("1000", report.settings().get("balance.USD"));
        assertEquals(spec.instrument().tickSize().toPlainString(), report.settings().get("tick_size"));
        assertFalse(report.settings().containsKey("risk.daily_loss"), "a limit not set is not listed");
        SimulatedExchangeGateway venue = new SimulatedExchangeGateway(FastOrderBook::new);
        venue.exchange().addInstrument(spec.instrument());
        venue.exchange().deposit(venue.exchange().openAccount("live"), "USD", new BigDecimal("1000"));
        ExecutionService live = new ExecutionService(venue, new InMemoryExecutionStore(),
                Map.of(spec.instrument().symbol(), spec.instrument()), new RiskConfig(spec.risk(), Map.of()),
                new ExecutionSettings(Set.of("live"), Duration.ofSeconds(30), Clock.fixed(START, ZoneOffset.UTC), () -> "l1"));
        live.start();
        SubmitResult[] submitted = new SubmitResult[1];
        List<String> liveLog = CapturedLogs.during(() -> submitted[0] = live.submit("scripted", new OrderIntent("live",
                "BTC-USD", Side.BUY, OrderType.LIMIT, new BigDecimal("100"), new BigDecimal("2"), null,
                TimeInForce.GOOD_TILL_CANCELED, null)));
        SubmitResult liveResult = submitted[0];
        assertEquals(List.of("refused order l1 of scripted: max_notional (global): notional 200 exceeds 150 by 50"),
                liveLog.stream().filter(line -> line.startsWith("refused order")).toList(), "the service logs each one");
        assertEquals(liveResult.refusals().stream().map(RiskRefusal::toString).toList(), buyer.handles.get(0).reasons());
        assertEquals(List.of("max_notional (global): notional 200 exceeds 150 by 50"), buyer.handles.get(0).reasons());
    }

    /**
     * A limit that fills inside a candle is reported at that candle's close: the fill hook sees the
     * closed candle and the close time, and a marketable order it places trades at the next open as
     * a candle hook's would, not at its own limit price somewhere inside the candle.
     */
    @Test
    void aFillHookRunsAtTheCloseAndItsOrdersTradeAtTheNextOpen() {
        store(flat(0, "100"), new Candle(START.plusSeconds(60), new BigDecimal("100"), new BigDecimal("100"),
                new BigDecimal("90"), new BigDecimal("95"), new BigDecimal("1000"), new BigDecimal("95000")),
                flat(2, "97"), flat(3, "97"));
        ScriptedStrategy trader = new ScriptedStrategy(0, false, context -> context.now().equals(START.plusSeconds(60))
                ? context.limit(Side.BUY, new BigDecimal("92"), BigDecimal.ONE, TimeInForce.GOOD_TILL_CANCELED) : null);
        List<String> seenAtFill = new ArrayList<>();
        trader.onFill = (context, fill) -> {
            if (fill.side() == Side.BUY) {
                seenAtFill.add(context.now() + " " + Instant.ofEpochSecond(context.lastCandle().openTimeSeconds()) + " " + context.lastCandle().close());
                context.limit(Side.SELL, new BigDecimal("50"), BigDecimal.ONE, TimeInForce.GOOD_TILL_CANCELED);
            }
        };

        run(spec("balance.USD", "1000"), trader);

        assertEquals(List.of(START.plusSeconds(120) + " " + START.plusSeconds(60) + " 95.0"), seenAtFill,
                "at the close of the candle the buy filled in, that candle closed");
        assertEquals(2, trader.fills.size());
        assertEquals(0, new BigDecimal("92").compareTo(trader.fills.get(0).price()), "the buy at its limit, inside the candle");
        assertEquals(0, new BigDecimal("97").compareTo(trader.fills.get(1).price()), "the sell at the next open, not at 50");
        assertEquals(START.plusSeconds(120), trader.fills.get(1).time());
    }

    /** A stop is judged against the market's last close, not against the strategy's own last trade long ago. */
    @Test
    void aStopPlacedAfterTheMarketMovedIsJudgedAgainstTheLastClose() {
        store(flat(0, "100"), flat(1, "100"), flat(2, "110"), flat(3, "120"), flat(4, "120"),
                new Candle(START.plusSeconds(300), new BigDecimal("120"), new BigDecimal("120"), new BigDecimal("105"),
                        new BigDecimal("106"), new BigDecimal("1000"), new BigDecimal("106000")), flat(6, "106"));
        ScriptedStrategy trader = new ScriptedStrategy(0, false, context -> {
            if (context.now().equals(START.plusSeconds(60))) {
                return context.buyMarket(BigDecimal.ONE);
            }
            return context.now().equals(START.plusSeconds(300))
                    ? context.stopMarket(Side.SELL, new BigDecimal("110"), BigDecimal.ONE) : null;
        });

        BacktestReport report = run(spec("balance.USD", "1000"), trader);

        assertEquals(OrderStatus.QUEUED, trader.handles.get(1).status(), "placed, the stop at 110 waits below the close of 120");
        assertEquals(2, trader.fills.size(), "bought at 100, stopped out when the price fell through 110");
        assertEquals(0, new BigDecimal("110").compareTo(trader.fills.get(1).price()));
        assertEquals(START.plusSeconds(300), trader.fills.get(1).time());
        // the report's fills say what closed the trade
        assertEquals(List.of(OrderType.MARKET, OrderType.STOP_MARKET), report.fills().stream().map(ReportFill::orderType).toList());
    }

    /** Cutting 805.43 to a tick of 1 filled buys at 805, below every price that traded, and triggered stops never reached. */
    @Test
    void candlePricesFinerThanTheTickAreRefusedNotCut() {
        store(flat(0, "100"), flat(1, "100.43"));

        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> run(spec("balance.USD", "1000", "tick_size", "1"), idle()));

        assertEquals("a candle price of 100.43 has more decimals than tick_size 1: the simulated market trades only on that"
                + " grid; give a tick_size with as many decimals as the candles (0.01 or finer), or store the candles on the"
                + " tick grid", refused.getMessage());
    }

    /**
     * A sell limit at the close of 111 rests (with slippage the decision bid is below it); the next
     * candle opens at 111 and falls. A touch on the way fills, so the open must too: the order stayed
     * open to the end, and with no slippage the same order filled.
     */
    @Test
    void aRestingLimitAtTheNextOpenFillsThereWhateverTheSlippage() {
        store(flat(0, "100"), flat(1, "111"), new Candle(START.plusSeconds(120), new BigDecimal("111"),
                new BigDecimal("111"), new BigDecimal("90"), new BigDecimal("95"), new BigDecimal("1000"),
                new BigDecimal("100000")), flat(3, "95"));
        ScriptedStrategy trader = new ScriptedStrategy(0, false, context -> context.now().equals(START.plusSeconds(120))
                ? context.limit(Side.SELL, new BigDecimal("111"), BigDecimal.ONE, TimeInForce.GOOD_TILL_CANCELED) : null);

        run(spec("balance.USD", "1000", "balance.BTC", "1", "slippage", "0.001"), trader);

        assertEquals(OrderStatus.ACTIVE, trader.handles.get(0).status(), "placed, the limit rests above the slipped bid");
        assertEquals(1, trader.fills.size(), "filled where the next candle opened, at its limit");
        assertEquals(0, new BigDecimal("111").compareTo(trader.fills.get(0).price()));
        assertEquals(START.plusSeconds(120), trader.fills.get(0).time());
    }

    /**
     * A buy limit at 99 under a close of 100 could not trade when the strategy decided; the next
     * candle gapped open at 95. It was judged against that open and filled at once at 95.10 (the
     * open slipped), as a taker, telling the strategy an open it could not know; a limit at 95.05
     * rested and did better. It rests and fills at its own price where the gap crosses it, as a maker.
     */
    @Test
    void aLimitTheCloseCouldNotReachRestsAndFillsAtItsOwnPriceInTheGap() {
        store(flat(0, "100"), flat(1, "100"), new Candle(START.plusSeconds(120), new BigDecimal("95"),
                new BigDecimal("96"), new BigDecimal("94"), new BigDecimal("95"), new BigDecimal("1000"),
                new BigDecimal("95000")), flat(3, "95"));
        ScriptedStrategy trader = new ScriptedStrategy(0, false, context -> context.now().equals(START.plusSeconds(120))
                ? context.limit(Side.BUY, new BigDecimal("99"), BigDecimal.ONE, TimeInForce.GOOD_TILL_CANCELED) : null);

        run(spec("balance.USD", "1000", "slippage", "0.001", "maker_fee", "0.001", "taker_fee", "0.002"), trader);

        assertEquals(OrderStatus.ACTIVE, trader.handles.get(0).status(), "placed, it rests: the close did not reach it");
        assertEquals(1, trader.fills.size());
        assertEquals(0, new BigDecimal("99").compareTo(trader.fills.get(0).price()), "its own price, not the open");
        assertEquals(0, new BigDecimal("0.099").compareTo(trader.fills.get(0).fee()), "the maker fee");
        assertEquals(START.plusSeconds(120), trader.fills.get(0).time());
    }

    /** A strategy could not read back where its stops rest (to trail them): its open orders had no stop price. */
    @Test
    void aStrategySeesWhereItsStopsRest() {
        store(flat(0, "100"), flat(1, "100"), flat(2, "100"), flat(3, "100"));
        List<OpenOrder> seen = new ArrayList<>();
        ScriptedStrategy trader = new ScriptedStrategy(0, false, context -> {
            if (context.now().equals(START.plusSeconds(120))) {
                return context.stopMarket(Side.SELL, new BigDecimal("90"), new BigDecimal("0.5"));
            }
            seen.addAll(context.openOrders());
            return null;
        });

        run(spec("balance.USD", "1000", "balance.BTC", "1"), trader);

        assertEquals(OrderStatus.QUEUED, trader.handles.get(0).status(), "a stop waits for its trigger");
        assertEquals(0, new BigDecimal("90").compareTo(seen.get(seen.size() - 1).stopPrice()));
        assertNull(seen.get(seen.size() - 1).price(), "a stop-market has no limit price");
    }

    /** A tick of 10 on candles at 103 moved every market fill to the tick against the strategy: a buy paid 110, with no slippage. */
    @Test
    void candlePricesOffTheTickGridAreRefusedNotRounded() {
        store(flat(0, "100"), flat(1, "103"));

        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> run(spec("balance.USD", "1000", "tick_size", "10"), idle()));

        assertEquals("a candle price of 103 is not a multiple of tick_size 10: the simulated market trades only on that"
                + " grid, and every fill would move to a tick against the strategy; give the tick_size the candles were"
                + " traded at, or store the candles on the tick grid", refused.getMessage());
    }

    /**
     * A protective stop placed right after a fill at a slipped price (bought at 101 over a close of
     * 100) is judged against the close, as any stop placed at that decision: a sell stop at 100.50
     * is past its trigger there, so it triggers as it is placed and sells at the decision price,
     * the open less the slippage. (It was once cancelled unfilled at the candle's close, and the
     * position stayed open with no word; then judged against the slipped fill instead.)
     */
    @Test
    void aStopPlacedAfterASlippedFillIsJudgedAgainstTheCloseAndFills() {
        store(flat(0, "100"), flat(1, "100"), flat(2, "100"), flat(3, "100"), flat(4, "100"));
        ScriptedStrategy trader = new ScriptedStrategy(0, false,
                context -> context.now().equals(START.plusSeconds(60)) ? context.buyMarket(BigDecimal.ONE) : null);
        trader.onFill = (context, fill) -> {
            if (fill.side() == Side.BUY) {
                context.stopMarket(Side.SELL, new BigDecimal("100.50"), BigDecimal.ONE);
            }
        };

        run(spec("balance.USD", "1000", "slippage", "0.01"), trader);

        assertEquals(2, trader.fills.size(), "bought at 101 (slipped), stopped out at once");
        assertEquals(0, new BigDecimal("101").compareTo(trader.fills.get(0).price()));
        assertEquals(0, new BigDecimal("99").compareTo(trader.fills.get(1).price()), "the open of 100 less 1 %");
        assertEquals(START.plusSeconds(60), trader.fills.get(1).time());
    }

    /** A sell stop above the last close triggers as it is placed and sells at the decision price, as a market order. */
    @Test
    void aStopPlacedPastItsTriggerTradesAtTheDecisionPrice() {
        store(flat(0, "100"), flat(1, "100"), flat(2, "100"), flat(3, "100"));
        ScriptedStrategy trader = new ScriptedStrategy(0, false, context -> {
            if (context.now().equals(START.plusSeconds(60))) {
                return context.buyMarket(BigDecimal.ONE);
            }
            return context.now().equals(START.plusSeconds(120))
                    ? context.stopMarket(Side.SELL, new BigDecimal("101"), BigDecimal.ONE) : null;
        });

        run(spec("balance.USD", "1000"), trader);

        assertEquals(2, trader.fills.size());
        assertEquals(0, new BigDecimal("100").compareTo(trader.fills.get(1).price()));
        assertEquals(START.plusSeconds(120), trader.fills.get(1).time(), "at the next open, as a market sell");
    }

    @Test
    void underTheCloseModelAFillOnTheLastCandleIsInTheFinalEquity() {
        store(flat(0, "100"), flat(1, "100"), flat(2, "100"));
        ScriptedStrategy buyer = new ScriptedStrategy(0, false,
                context -> context.now().equals(START.plusSeconds(3 * 60)) ? context.buyMarket(BigDecimal.ONE) : null);

        BacktestReport report = run(spec("balance.USD", "1000", "fill_model", "close", "taker_fee", "0.01"), buyer);

        assertEquals(1, buyer.fills.size(), "bought at the last close");
        assertEquals(0, new BigDecimal("999").compareTo(report.metrics().finalEquity()),
                "1000 USD less the 1 USD fee: the position is worth what it cost");
    }

    /**
     * Under the close model the first bar's decision fills at its close before the bar is measured:
     * the initial equity is still the starting balance at the first open, not the account after that
     * fill (which valued the bought base at the open, 95, where it cost 92).
     */
    @Test
    void underTheCloseModelTheFirstBarsFillIsNotPartOfTheInitialEquity() {
        BigDecimal volume = new BigDecimal("1000");
        store(new Candle(START, new BigDecimal("95"), new BigDecimal("96"), new BigDecimal("90"), new BigDecimal("92"), volume,
                        volume.multiply(new BigDecimal("92"))), flat(1, "92"), flat(2, "96"));
        ScriptedStrategy buyer = new ScriptedStrategy(0, false,
                context -> context.now().equals(START.plusSeconds(60)) ? context.buyMarket(new BigDecimal("5")) : null);

        BacktestReport report = run(spec("balance.USD", "1000", "fill_model", "close", "taker_fee", "0.001"), buyer);

        assertEquals(1, buyer.fills.size());
        assertEquals(0, new BigDecimal("92").compareTo(buyer.fills.get(0).price()), "bought at the first close");
        assertEquals(0, new BigDecimal("1000").compareTo(report.metrics().initialEquity()), "the starting balance alone");
        // 1000 - 5 * 92 - 0.46 fee + 5 * 96
        assertEquals(0, new BigDecimal("1019.54").compareTo(report.metrics().finalEquity()));
        assertEquals(0.01954, report.metrics().totalReturn(), 1e-12);
        // the open trade's one fill, listed as it filled
        assertEquals(1, report.fills().size());
        FillRecord fill = report.fills().get(0).fill();
        assertEquals(OrderType.MARKET, report.fills().get(0).orderType());
        assertEquals(Side.BUY, fill.side());
        assertEquals(0, new BigDecimal("92").compareTo(fill.price()));
        assertEquals(0, new BigDecimal("5").compareTo(fill.quantity()));
        assertEquals(0, new BigDecimal("0.46").compareTo(fill.fee()));
        assertEquals(START.plusSeconds(60), fill.time(), "at the first candle's close");
        assertEquals(report.openTrade().fees(), fill.fee());
    }

    /** context.because: the report's fills, trades and its count by exit reason say why each order was placed. */
    @Test
    void theReasonsAStrategyGivesItsOrdersAreInItsFillsAndTrades(@TempDir Path folder) throws Exception {
        store(flat(0, "100"), flat(1, "100"), flat(2, "110"), flat(3, "90"), flat(4, "95"), flat(5, "97"), flat(6, "99"));
        BigDecimal one = BigDecimal.ONE;
        ScriptedStrategy trader = new ScriptedStrategy(0, false, context -> {
            long minute = (context.now().getEpochSecond() - START.getEpochSecond()) / 60;
            return switch ((int) minute) {
                case 1 -> context.because("signal").buyMarket(one);
                case 2 -> context.because("take-profit").sellMarket(one);
                case 3 -> context.because("signal").buyMarket(one);
                case 4 -> context.sellMarket(one);
                case 5 -> context.because("dip").buyMarket(one);
                default -> null;
            };
        });

        BacktestReport report = run(spec("balance.USD", "1000", "fill_model", "close"), trader);

        assertEquals(Arrays.asList("signal", "take-profit", "signal", null, "dip"),
                report.fills().stream().map(ReportFill::reason).toList());
        assertEquals(List.of("signal", "signal"), report.trades().stream().map(ClosedTrade::entryReason).toList());
        assertEquals(Arrays.asList("take-profit", null), report.trades().stream().map(ClosedTrade::exitReason).toList());
        assertEquals("dip", report.openTrade().entryReason());
        ReportFiles.write(report, folder);
        String json = Files.readString(folder.resolve("report.json"));
        assertTrue(json.contains("\"entryReason\" : \"signal\",\n    \"exitReason\" : \"take-profit\""), json);
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        SummaryTablePrinter.print(report, new PrintStream(printed, true, StandardCharsets.UTF_8));
        assertTrue(printed.toString(StandardCharsets.UTF_8).contains("Trades by exit reason:\n  (no reason)  1 trade, 0 wins, P&L -20.00 USD\n"
                + "  take-profit  1 trade, 0 wins, P&L 0.00 USD\n"), printed.toString(StandardCharsets.UTF_8));
    }

    /**
     * A resting order keeps its reason until it fills, found by the report when it does; one
     * cancelled unfilled leaves nothing behind in the report.
     */
    @Test
    void aRestingOrdersReasonReachesItsFillAndTrade() {
        BigDecimal volume = new BigDecimal("1000");
        store(flat(0, "100"), flat(1, "100"), new Candle(START.plusSeconds(120), new BigDecimal("100"), new BigDecimal("100"),
                new BigDecimal("94"), new BigDecimal("96"), volume, volume.multiply(new BigDecimal("96"))), flat(3, "98"),
                flat(4, "98"));
        List<OrderHandle> far = new ArrayList<>();
        ScriptedStrategy trader = new ScriptedStrategy(0, false, context -> {
            int minute = (int) ((context.now().getEpochSecond() - START.getEpochSecond()) / 60);
            if (minute == 1) {
                far.add(context.because("far below").buyLimit(new BigDecimal("50"), BigDecimal.ONE));
                return context.because("dip").buyLimit(new BigDecimal("95"), BigDecimal.ONE);
            }
            if (minute == 3) {
                context.cancel(far.get(0).uid());
            }
            return minute == 4 ? context.because("exit").sellMarket(BigDecimal.ONE) : null;
        });

        BacktestReport report = run(spec("balance.USD", "1000", "fill_model", "close"), trader);

        assertEquals(List.of("dip", "exit"), report.fills().stream().map(ReportFill::reason).toList());
        assertEquals(0, new BigDecimal("95").compareTo(report.fills().get(0).fill().price()), "the limit filled inside the dip");
        assertEquals(1, report.trades().size());
        assertEquals("dip", report.trades().get(0).entryReason());
        assertEquals("exit", report.trades().get(0).exitReason());
    }

    /**
     * An odd reason is cleaned, never refused: refused live, the stop-loss it labels would not have
     * been placed (review). Each order here is a market buy of 1 that fills at the close.
     */
    @Test
    void anOddReasonIsCleanedAndItsOrderPlacedAllTheSame() {
        store(flat(0, "100"), flat(1, "100"), flat(2, "100"), flat(3, "100"), flat(4, "100"), flat(5, "100"),
                flat(6, "100"));
        List<String> odd = Arrays.asList(null, " ", "x".repeat(33), "stop\u00a0loss", "rsi<25",
                "this reason is far too long for the store");
        ScriptedStrategy trader = new ScriptedStrategy(0, false, context -> {
            int minute = (int) ((context.now().getEpochSecond() - START.getEpochSecond()) / 60);
            return minute >= 1 && minute <= odd.size() ? context.because(odd.get(minute - 1)).buyMarket(BigDecimal.ONE) : null;
        });

        BacktestReport report = run(spec("balance.USD", "1000", "fill_model", "close"), trader);

        // cut after 32 characters, the last of them a space, which is dropped
        assertEquals(Arrays.asList(null, null, "x".repeat(32), "stop_loss", "rsi_25", "this reason is far too long for"),
                report.fills().stream().map(ReportFill::reason).toList());
    }

    @Test
    void exposureIsTheStrategysPositionNotBaseHeldFromTheStart() {
        store(flat(0, "100"), flat(1, "110"), flat(2, "90"), flat(3, "130"));

        BacktestReport report = run(spec("balance.USD", "1000", "balance.BTC", "2"), idle());

        assertEquals(0.0, report.metrics().exposure(), "the strategy never held a position");
    }

    private static ScriptedStrategy idle() {
        return new ScriptedStrategy(0, false, context -> null);
    }

    private BacktestReport run(BacktestSpec spec, ScriptedStrategy strategy) {
        return BacktestRunner.run(spec, strategy, store, ProgressListener.NONE);
    }

    private static BacktestSpec spec(String... keysAndValues) {
        Map<String, String> values = new HashMap<>(Map.of("strategy", "scripted", "venue", "test", "symbol", "BTC-USD",
                "tick_size", "0.01", "step_size", "0.0001"));
        for (int i = 0; i < keysAndValues.length; i += 2) {
            values.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        Properties properties = new Properties();
        properties.putAll(values);
        return BacktestSpecReader.parse("test", properties);
    }

    private void store(Candle... candles) {
        CandleChunk chunk = new CandleChunk(new CandleScales(2, 4, 2), candles.length);
        for (Candle candle : candles) {
            chunk.add(candle);
        }
        store.write(KEY, new ChunkCursor(chunk));
    }

    private static Candle flat(int minute, String price) {
        BigDecimal p = new BigDecimal(price);
        return new Candle(START.plusSeconds(60L * minute), p, p, p, p, new BigDecimal("1000"), p.multiply(new BigDecimal("1000")));
    }
}
