package io.tradewind.backtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tradewind.backtest.report.Aborted;
import io.tradewind.backtest.report.BacktestReport;
import io.tradewind.backtest.report.ReportFiles;
import io.tradewind.backtest.report.SummaryTablePrinter;
import io.tradewind.domain.OrderStatus;
import io.tradewind.domain.Side;
import io.tradewind.domain.TimeInForce;
import io.tradewind.kernel.OrderRejections;
import io.tradewind.kernel.StrategyHookException;
import io.tradewind.marketdata.Candle;
import io.tradewind.marketdata.CandleChunk;
import io.tradewind.marketdata.CandleScales;
import io.tradewind.marketdata.ChunkCursor;
import io.tradewind.marketdata.InMemoryCandleStore;
import io.tradewind.marketdata.Resolution;
import io.tradewind.marketdata.SeriesKey;
import io.tradewind.strategy.Fill;
import io.tradewind.strategy.OrderHandle;
import io.tradewind.strategy.OrderUpdate;
import io.tradewind.strategy.ParameterSpec;
import io.tradewind.strategy.Strategy;
import io.tradewind.strategy.StrategyContext;
import io.tradewind.strategy.StrategyParameters;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Function;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A strategy's mistakes in a backtest: a hook that throws ends the run with a report; invalid orders are rejected, logged and counted. */
class StrategyMistakesTest {

    private static final SeriesKey KEY = new SeriesKey("test", "BTC-USD", Resolution.M1);
    private static final Instant START = Instant.parse("2025-01-01T00:00:00Z");

    private final InMemoryCandleStore store = new InMemoryCandleStore();
    private final Logger rejectionLog = Logger.getLogger(OrderRejections.class.getName());
    private final List<String> logged = new ArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            logged.add(new SimpleFormatter().formatMessage(record));
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void captureRejectionLog() {
        rejectionLog.addHandler(capture);
    }

    @AfterEach
    void releaseRejectionLog() {
        rejectionLog.removeHandler(capture);
    }

    @Test
    void aCandleHookThatThrowsEndsTheRunWithTheReportUpToThatCandleMarkedAborted(@TempDir Path out) throws IOException {
        store(5);
        ScriptedStrategy failing = new ScriptedStrategy(0, false, context -> {
            if (context.now().equals(START.plusSeconds(3 * 60))) {
                throw new IllegalStateException("boom");
            }
            return null;
        });

        BacktestReport report = run(spec(), failing);

        Aborted aborted = report.aborted();
        assertEquals("onCandle", aborted.hook());
        assertEquals(START.plusSeconds(3 * 60), aborted.time(), "the close of the third candle");
        assertEquals(3, aborted.bar());
        assertEquals("java.lang.IllegalStateException: boom", aborted.error());
        assertFalse(aborted.frames().isEmpty());
        assertTrue(aborted.frames().stream().allMatch(f -> f.startsWith("at " + ScriptedStrategy.class.getName() + ".")),
                aborted.frames().toString());
        assertEquals(3, report.barsProcessed(), "the candles measured before the failure");
        assertEquals(START.plusSeconds(3 * 60), report.to());

        ReportFiles.write(report, out);
        JsonNode json = new ObjectMapper().readTree(out.resolve("report.json").toFile());
        assertEquals("onCandle", json.path("aborted").path("hook").asText());
        assertEquals(START.plusSeconds(3 * 60).toString(), json.path("aborted").path("time").asText());
        assertEquals(3, json.path("aborted").path("bar").asLong());
        assertEquals("java.lang.IllegalStateException: boom", json.path("aborted").path("error").asText());
        String reason = "ABORTED: onCandle threw at 2025-01-01T00:03:00Z, the close of bar 3 (warm-up included):"
                + " java.lang.IllegalStateException: boom";
        assertTrue(Files.readString(out.resolve("report.html")).contains(reason));
        // the range ends at that close and counts its candle: "the candles before it" said otherwise
        assertTrue(summary(report).contains(reason + "; the figures run to that close"),
                summary(report));
    }

    @Test
    void aFillHookThatThrowsIsNamedWithTheStrategysOwnFramesOnly() {
        store(5);
        Strategy failing = new Strategy() {
            @Override
            public String name() {
                return "fill-fails";
            }

            @Override
            public void onCandle(StrategyContext context) {
                if (context.position().signum() == 0 && context.openOrders().isEmpty()) {
                    context.buyMarket(BigDecimal.ONE);
                }
            }

            @Override
            public void onFill(StrategyContext context, Fill fill) {
                throw new ArithmeticException("divide by zero");
            }
        };

        BacktestReport report = BacktestRunner.run(spec(), failing, store, ProgressListener.NONE);
        Aborted aborted = report.aborted();

        assertEquals("onFill", aborted.hook());
        assertEquals(1, aborted.bar(), "bought on the first candle, filled at the second open");
        // the figures run to the first close: the fill at the second open is in no equity, so in no trade
        assertEquals(0, report.metrics().finalEquity().compareTo(report.metrics().initialEquity()));
        assertNull(report.openTrade(), "the open trade's PnL would not add up to final minus initial equity");
        assertEquals(List.of(), report.fills(), "nor in the fills the trades are made of");
        assertEquals(List.of("at " + failing.getClass().getName() + ".onFill"),
                aborted.frames().stream().map(f -> f.substring(0, f.indexOf('('))).toList());
    }

    @Test
    void depthAndOrderUpdateHooksThatThrowAreNamedToo() {
        store(5);
        Strategy depthFails = new Strategy() {
            @Override
            public String name() {
                return "depth-fails";
            }

            @Override
            public void onDepth(StrategyContext context) {
                throw new UnsupportedOperationException("no depth here");
            }
        };
        Strategy updateFails = new Strategy() {
            @Override
            public String name() {
                return "update-fails";
            }

            @Override
            public void onCandle(StrategyContext context) {
                context.limit(Side.BUY, new BigDecimal("90"), BigDecimal.ONE, TimeInForce.GOOD_TILL_CANCELED);
            }

            @Override
            public void onOrderUpdate(StrategyContext context, OrderUpdate update) {
                throw new IllegalStateException("unexpected " + update.status().wireName());
            }
        };

        Aborted depth = BacktestRunner.run(spec(), depthFails, store, ProgressListener.NONE).aborted();
        Aborted update = BacktestRunner.run(spec(), updateFails, store, ProgressListener.NONE).aborted();

        assertEquals(List.of("onDepth", START.plusSeconds(60), 1L), List.of(depth.hook(), depth.time(), depth.bar()));
        assertEquals(List.of("onOrderUpdate", START.plusSeconds(60), 1L, "java.lang.IllegalStateException: unexpected active"),
                List.of(update.hook(), update.time(), update.bar(), update.error()));
    }

    /** An assertion failing in the strategy is its failure like an exception (it ended the run with nothing said). */
    @Test
    void anErrorAStrategyThrowsAbortsTheRunLikeAnException() {
        store(5);
        Strategy asserting = new Strategy() {
            @Override
            public String name() {
                return "asserting";
            }

            @Override
            public void onCandle(StrategyContext context) {
                throw new AssertionError("the position should be flat");
            }
        };

        Aborted aborted = BacktestRunner.run(spec(), asserting, store, ProgressListener.NONE).aborted();

        assertEquals(List.of("onCandle", "java.lang.AssertionError: the position should be flat"),
                List.of(aborted.hook(), aborted.error()));
    }

    @Test
    void runawayRecursionIsNamedWithItsFrameOnceNotAThousandTimes() {
        store(5);
        Strategy recursing = new Strategy() {
            @Override
            public String name() {
                return "recursing";
            }

            @Override
            public void onCandle(StrategyContext context) {
                onCandle(context);
            }
        };

        Aborted aborted = BacktestRunner.run(spec(), recursing, store, ProgressListener.NONE).aborted();

        assertTrue(aborted.error().startsWith("java.lang.StackOverflowError"), aborted.error());
        assertTrue(aborted.frames().size() <= 3, aborted.frames().toString());
        assertTrue(aborted.frames().get(1).matches("\\.\\.\\. the same frame \\d+ more times"),
                aborted.frames().toString());
    }

    /** onStart comes before any market data: an order there was sent; the context offered a fake book and 1970. */
    @Test
    void anOrderInOnStartIsRefusedAndTheContextSaysNothingIsKnownYet() {
        store(3);
        List<Object> seen = new ArrayList<>();
        Strategy eager = new Strategy() {
            @Override
            public String name() {
                return "eager";
            }

            @Override
            public void onStart(StrategyContext context) {
                seen.add(context.buyMarket(BigDecimal.ONE));
                seen.add(context.warmingUp());
                seen.add(String.valueOf(context.lastCandle()) + " " + context.depth() + " " + context.now());
            }
        };

        BacktestReport report = BacktestRunner.run(spec(), eager, store, ProgressListener.NONE);

        assertEquals(List.of(new OrderHandle(null, OrderStatus.REJECTED, List.of("refused in onStart: no candle has closed"
                + " yet; place orders from onCandle, onDepth or the order hooks")), true, "null null " + START), seen);
        assertEquals(0, report.metrics().numberOfTrades());
    }

    /** Mistakes in a strategy's set-up code are the strategy's: named with it and the method, never an internal error. */
    @Test
    void setUpMistakesNameTheStrategyAndTheMethod() {
        store(3);
        Strategy validateBug = new Strategy() {
            @Override
            public String name() {
                return "validate-bug";
            }

            @Override
            public void validate(StrategyParameters parameters) {
                throw new IllegalStateException("exploded");
            }
        };
        Strategy warmupBug = new Strategy() {
            @Override
            public String name() {
                return "warmup-bug";
            }

            @Override
            public int warmupBars(StrategyParameters parameters) {
                throw new ArithmeticException("/ by zero");
            }
        };
        Strategy negative = new Strategy() {
            @Override
            public String name() {
                return "negative";
            }

            @Override
            public int warmupBars(StrategyParameters parameters) {
                return -3;
            }
        };

        assertEquals("strategy validate-bug: validate threw java.lang.IllegalStateException: exploded (validate should"
                + " throw IllegalArgumentException naming the parameters at fault)", assertThrows(IllegalArgumentException.class,
                        () -> BacktestRunner.run(spec(), validateBug, store, ProgressListener.NONE)).getMessage());
        assertEquals("strategy warmup-bug: warmupBars threw java.lang.ArithmeticException: / by zero", assertThrows(
                IllegalArgumentException.class, () -> BacktestRunner.run(spec(), warmupBug, store, ProgressListener.NONE))
                .getMessage());
        assertEquals("strategy negative declares a warm-up of -3 bars; warmupBars must return 0 to 1000000 (the longest"
                + " series a strategy can keep)", assertThrows(IllegalArgumentException.class,
                        () -> BacktestRunner.run(spec(), negative, store, ProgressListener.NONE)).getMessage());
        assertEquals("strategy parameters-bug: parameters() threw java.lang.IllegalStateException: boom in parameters (it"
                + " should list the parameters the strategy takes, List.of() for none)", assertThrows(IllegalArgumentException.class,
                        () -> BacktestRunner.run(spec(), parametersThat(() -> {
                            throw new IllegalStateException("boom in parameters");
                        }), store, ProgressListener.NONE)).getMessage());
        assertEquals("strategy parameters-bug: parameters() returned null; return List.of() for a strategy without parameters",
                assertThrows(IllegalArgumentException.class, () -> BacktestRunner.run(spec(), parametersThat(() -> null), store,
                        ProgressListener.NONE)).getMessage());
    }

    private static Strategy parametersThat(java.util.function.Supplier<List<ParameterSpec>> parameters) {
        return new Strategy() {
            @Override
            public String name() {
                return "parameters-bug";
            }

            @Override
            public List<ParameterSpec> parameters() {
                return parameters.get();
            }
        };
    }

    @Test
    void aStartHookThatThrowsLeavesNothingToReportAndSaysSo() {
        store(3);
        Strategy failing = new Strategy() {
            @Override
            public String name() {
                return "start-fails";
            }

            @Override
            public void onStart(StrategyContext context) {
                throw new IllegalArgumentException("bad setting");
            }
        };

        StrategyHookException thrown = assertThrows(StrategyHookException.class,
                () -> BacktestRunner.run(spec(), failing, store, ProgressListener.NONE));

        assertEquals("onStart", thrown.hook());
        assertNull(thrown.time());
        assertEquals("strategy start-fails threw in onStart before the first candle: java.lang.IllegalArgumentException:"
                + " bad setting", thrown.getMessage());
    }

    @Test
    void ordersTheVenueRejectsAreLoggedAndCountedByReasonApartFromRiskRefusals() {
        store(4);
        List<Function<StrategyContext, OrderHandle>> orders = List.of(
                c -> c.limit(Side.BUY, new BigDecimal("100"), new BigDecimal("2"), TimeInForce.GOOD_TILL_CANCELED),
                c -> c.limit(Side.BUY, new BigDecimal("99.995"), BigDecimal.ONE, TimeInForce.GOOD_TILL_CANCELED),
                c -> c.buyMarket(new BigDecimal("0.00001")),
                c -> c.limit(Side.SELL, new BigDecimal("100.001"), BigDecimal.ONE, TimeInForce.GOOD_TILL_CANCELED));
        ScriptedStrategy sender = new ScriptedStrategy(0, false, context -> orders.get(candle(context)).apply(context));

        BacktestReport report = run(spec("risk.max_notional", "150", "balance.BTC", "10"), sender);

        assertEquals(1, report.ordersRefused().count(), "the 200 notional order, refused by the risk limit");
        assertEquals(Map.of("price_not_multiple_of_tick_size", 2L, "quantity_below_minimum", 1L,
                "quantity_not_multiple_of_step_size", 1L), report.ordersRejected());
        assertEquals(0, report.metrics().numberOfTrades());
        assertEquals(List.of(
                "strategy scripted: order bt2 rejected (buy limit, price 99.995, quantity 1): price_not_multiple_of_tick_size"
                        + " (tick_size 0.01)",
                "strategy scripted: order bt3 rejected (buy market, quantity 0.00001): quantity_below_minimum,"
                        + " quantity_not_multiple_of_step_size (min_quantity 0.0001, step_size 0.0001)",
                "strategy scripted: order bt4 rejected (sell limit, price 100.001, quantity 1): price_not_multiple_of_tick_size"
                        + " (tick_size 0.01)"),
                logged);
        String summary = summary(report);
        assertTrue(summary.contains("| Rejected: price_not_multiple_of_tick_size "), summary);
        assertTrue(summary.contains("| Orders refused "), summary);
    }

    @Test
    void meaninglessOrderValuesRejectThatOrderWithAReasonAndTheRunGoesOn() {
        store(11);
        List<Function<StrategyContext, OrderHandle>> orders = List.of(
                c -> c.buyMarket(new BigDecimal("-1")),
                c -> c.sellMarket(BigDecimal.ZERO),
                c -> c.limit(Side.BUY, new BigDecimal("-100"), BigDecimal.ONE, TimeInForce.GOOD_TILL_CANCELED),
                c -> c.limit(Side.BUY, BigDecimal.ZERO, BigDecimal.ONE, TimeInForce.GOOD_TILL_CANCELED),
                c -> c.limit(null, new BigDecimal("100"), BigDecimal.ONE, TimeInForce.GOOD_TILL_CANCELED),
                c -> c.stopMarket(Side.SELL, new BigDecimal("-5"), BigDecimal.ONE),
                c -> c.buyMarket(null),
                c -> c.limit(Side.BUY, null, BigDecimal.ONE, TimeInForce.GOOD_TILL_CANCELED),
                c -> c.stopMarket(Side.SELL, null, BigDecimal.ONE),
                c -> c.buyMarket(BigDecimal.ONE),
                c -> null);
        ScriptedStrategy sender = new ScriptedStrategy(0, false, context -> orders.get(candle(context)).apply(context));

        BacktestReport report = run(spec("balance.BTC", "10"), sender);

        assertNull(report.aborted());
        assertEquals(List.of(List.of("quantity_not_positive"), List.of("quantity_not_positive"), List.of("price_not_positive"),
                List.of("price_not_positive"), List.of("side_missing"), List.of("stop_price_not_positive"),
                List.of("quantity_missing"), List.of("price_missing"), List.of("stop_price_missing")),
                sender.handles.subList(0, 9).stream().map(OrderHandle::reasons).toList());
        assertTrue(sender.handles.subList(0, 9).stream().allMatch(h -> h.status() == OrderStatus.REJECTED && h.uid() == null));
        assertEquals(OrderStatus.FILLED, sender.handles.get(9).status(), "the strategy still trades after its mistakes");
        assertEquals(Map.of("quantity_not_positive", 2L, "price_not_positive", 2L, "side_missing", 1L,
                "stop_price_not_positive", 1L, "quantity_missing", 1L, "price_missing", 1L, "stop_price_missing", 1L),
                report.ordersRejected());
        assertEquals(0, report.ordersRefused().count());
        assertEquals("strategy scripted: order (not sent) rejected (buy market, quantity -1): quantity_not_positive",
                logged.get(0));
        assertEquals("strategy scripted: order (not sent) rejected (no side limit, price 100, quantity 1): side_missing"
                + " (after 1 more rejections like the previous line, not logged)", logged.get(2),
                "the second of each pair in a row is counted, not logged");
        assertEquals(7, logged.size());
    }

    @Test
    void amountsTheStoreCannotKeepRejectThatOrderAtOnceAndTheRunGoesOn() {
        store(6);
        List<Function<StrategyContext, OrderHandle>> orders = List.of(
                c -> c.buyMarket(new BigDecimal("1e100000000")),
                c -> c.buyMarket(new BigDecimal("0.0000000000000000001")),
                c -> c.limit(Side.BUY, new BigDecimal("1e21"), BigDecimal.ONE, TimeInForce.GOOD_TILL_CANCELED),
                c -> c.stopMarket(Side.SELL, new BigDecimal("99.0000000000000000001"), BigDecimal.ONE),
                c -> c.buyMarket(BigDecimal.ONE),
                c -> null);
        ScriptedStrategy sender = new ScriptedStrategy(0, false, context -> orders.get(candle(context)).apply(context));

        BacktestReport report = run(spec("balance.BTC", "10"), sender);

        assertNull(report.aborted());
        assertEquals(List.of(List.of("over_maximum_order_size"), List.of("quantity_not_multiple_of_step_size"),
                List.of("amount_overflow"), List.of("stop_price_not_multiple_of_tick_size")),
                sender.handles.subList(0, 4).stream().map(OrderHandle::reasons).toList());
        assertEquals(OrderStatus.FILLED, sender.handles.get(4).status(), "the strategy still trades after its mistakes");
        assertEquals("strategy scripted: order (not sent) rejected (buy market, quantity 1E+100000000): over_maximum_order_size",
                logged.get(0));
    }

    /** Which candle the strategy decides on: 0 for the first. */
    private static int candle(StrategyContext context) {
        return (int) (context.now().getEpochSecond() - START.getEpochSecond()) / 60 - 1;
    }

    private static String summary(BacktestReport report) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        SummaryTablePrinter.print(report, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private BacktestReport run(BacktestSpec spec, ScriptedStrategy strategy) {
        return BacktestRunner.run(spec, strategy, store, ProgressListener.NONE);
    }

    private static BacktestSpec spec(String... keysAndValues) {
        Properties properties = new Properties();
        properties.putAll(Map.of("strategy", "scripted", "venue", "test", "symbol", "BTC-USD", "tick_size", "0.01",
                "step_size", "0.0001", "balance.USD", "10000"));
        for (int i = 0; i < keysAndValues.length; i += 2) {
            properties.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return BacktestSpecReader.parse("test", properties);
    }

    /** {@code count} one-minute candles at a flat 100. */
    private void store(int count) {
        CandleChunk chunk = new CandleChunk(new CandleScales(2, 4, 2), count);
        BigDecimal price = new BigDecimal("100");
        for (int i = 0; i < count; i++) {
            chunk.add(new Candle(START.plusSeconds(60L * i), price, price, price, price, new BigDecimal("1000"),
                    price.multiply(new BigDecimal("1000"))));
        }
        store.write(KEY, new ChunkCursor(chunk));
    }
}
