package io.tradewind.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.tradewind.execution.InMemoryExecutionStore;
import io.tradewind.marketdata.InMemoryCandleStore;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
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
                refusal(new BenchCommand.StoreBench(new InMemoryExecutionStore(), null), "--batch", "0"));
        assertEquals("error: --file-orders must be at least 1 (orders per run); it is -1",
                refusal(new BenchCommand.StoreBench(new InMemoryExecutionStore(), null), "--file-orders", "-1", "--memory-orders", "-5"));
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
