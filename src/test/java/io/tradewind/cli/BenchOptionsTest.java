package io.tradewind.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.tradewind.execution.InMemoryExecutionStore;
import io.tradewind.execution.OrderQuery;
import io.tradewind.marketdata.InMemoryCandleStore;
import io.tradewind.marketdata.RandomWalkCandles;
import io.tradewind.marketdata.Resolution;
import io.tradewind.marketdata.SeriesKey;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The benchmarks refuse a number option out of range, and an --out they could not write, in one
 * line before doing anything: {@code bench store --batch 0} looped for ever, negative order counts
 * printed negative rates, and {@code bench backtest} found a bad --out or too few candles for its
 * strategies' warm-up only after minutes of work, as an internal error.
 */
class BenchOptionsTest {

    @Test
    void bench_store_refuses_a_batch_of_zero_and_negative_order_counts() {
        assertEquals("error: --batch must be at least 1 (orders per commit); it is 0",
                refusal(new BenchCommand.StoreBench(new InMemoryExecutionStore(), new InMemoryCandleStore(), null), "--batch", "0"));
        assertEquals("error: --file-orders must be at least 1 (orders per run); it is -1",
                refusal(new BenchCommand.StoreBench(new InMemoryExecutionStore(), new InMemoryCandleStore(), null), "--file-orders", "-1", "--memory-orders", "-5"));
    }

    /** A store holding only a backtest's candles took the benchmark's 30 orders, and a later serve listed them. */
    @Test
    void bench_store_refuses_a_store_that_holds_candles() {
        InMemoryCandleStore candles = new InMemoryCandleStore();
        candles.write(new SeriesKey("sim", "BTC-USD", Resolution.M1), new RandomWalkCandles(1, 10, Resolution.M1,
                Instant.parse("2024-01-01T00:00:00Z"), new BigDecimal("100")));
        InMemoryExecutionStore store = new InMemoryExecutionStore();

        assertEquals("error: the store in ./data is not empty; run the benchmark on a fresh one: -Dtradewind.data-dir=$(mktemp -d)",
                refusal(new BenchCommand.StoreBench(store, candles, new StoreErrors("./data", "h2", "jdbc:h2:file:./data/tradewind")),
                        "--repeat", "1"));
        assertEquals(List.of(), store.orders(OrderQuery.all()), "no order written");
    }

    @Test
    void bench_backtest_refuses_too_few_candles_and_an_out_it_cannot_write(@TempDir Path folder) throws Exception {
        assertEquals("error: --candles must be at least 32 (the strategies' warm-up, and candles to trade on after it); it is 10",
                refusal(new BenchBacktestCommand(new InMemoryCandleStore(), null), "--candles", "10"));
        Path file = Files.createFile(folder.resolve("a-file"));
        assertEquals("error: --out " + file + ": is a file; give a folder for report.json and report.html (it is created when missing)",
                refusal(new BenchBacktestCommand(new InMemoryCandleStore(), null), "--candles", "100", "--out", file.toString()));
    }

    @Test
    void the_first_option_out_of_range_is_the_one_named() {
        StringWriter err = new StringWriter();
        boolean refused = new NumberOptions(new PrintWriter(err, true)).atLeast("--a", 5, 1, "fine")
                .atLeast("--b", -1, 0, "not negative").atLeast("--c", 0, 1, "positive").refused();

        assertEquals(true, refused);
        assertEquals("error: --b must be at least 0 (not negative); it is -1", err.toString().strip());
    }

    private static String refusal(Object command, String... args) {
        StringWriter err = new StringWriter();
        int exit = new CommandLine(command).setErr(new PrintWriter(err, true)).execute(args);
        assertEquals(ExitCode.BAD_INPUT, exit, err.toString());
        return err.toString().strip();
    }
}
