package io.tradewind.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.main.LaunchResult;
import io.quarkus.test.junit.main.QuarkusMainLauncher;
import io.quarkus.test.junit.main.QuarkusMainTest;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged backtest command: strategies found at build time, the demo spec importing its data
 * on first use, the summary and both report files.
 */
@QuarkusMainTest
class BacktestCommandTest {

    @Test
    void theDemoSpecRunsFromAFreshStoreAndWritesItsReport(QuarkusMainLauncher launcher, @TempDir Path out) throws IOException {
        LaunchResult result = launcher.launch("backtest", "backtests/sma-crossover-demo.properties", "--out", out.toString());

        assertEquals(0, result.exitCode(), result.getErrorOutput());
        assertTrue(result.getOutput().contains("Total return"), result.getOutput());
        assertTrue(result.getOutput().contains("report: "), result.getOutput());
        JsonNode report = new ObjectMapper().readTree(out.resolve("report.json").toFile());
        assertEquals(9_399, report.path("barsProcessed").asLong());
        assertTrue(report.path("metrics").path("numberOfTrades").asInt() > 10, report.path("metrics").toString());
        assertTrue(report.path("trades").get(0).has("entryPrice"));
        assertTrue(Files.readString(out.resolve("report.html")).contains("<html"));
        // the closed trades and the one still open at the end add up to the final equity, to the last digit
        BigDecimal accounted = new BigDecimal(report.at("/metrics/initialEquity").asText());
        for (JsonNode trade : report.path("trades")) {
            accounted = accounted.add(new BigDecimal(trade.path("pnl").asText()));
        }
        JsonNode open = report.path("openTrade");
        if (!open.isNull()) {
            accounted = accounted.add(new BigDecimal(open.path("realisedPnl").asText()))
                    .add(new BigDecimal(open.path("unrealisedPnl").asText()));
        }
        assertEquals(0, new BigDecimal(report.at("/metrics/finalEquity").asText()).compareTo(accounted),
                "final equity " + report.at("/metrics/finalEquity").asText() + ", accounted " + accounted.toPlainString());

        // the series is stored now: its data.file is not read again, and the run says so
        LaunchResult again = launcher.launch("backtest", "backtests/sma-crossover-demo.properties", "--out", out.toString());
        assertEquals(0, again.exitCode(), again.getErrorOutput());
        assertTrue(again.getOutput().startsWith("using the stored bitstamp:BTC-USD:1m (9,399 candles); data.file"
                + " target/demo-data/bitstamp_trades_from_20131125_usd.csv is imported only while"), again.getOutput());
    }

    @Test
    void everyBundledSpecRuns(QuarkusMainLauncher launcher, @TempDir Path out) throws IOException {
        try (var specs = Files.list(Path.of("backtests"))) {
            for (Path spec : specs.filter(p -> p.toString().endsWith(".properties")).toList()) {
                LaunchResult result = launcher.launch("backtest", spec.toString(), "--out", out.resolve(spec.getFileName().toString()).toString());
                assertEquals(0, result.exitCode(), spec + ": " + result.getErrorOutput());
            }
        }
    }

    @Test
    void anUnknownStrategyIsNamedWithEveryExampleStrategyFoundAtBuildTime(QuarkusMainLauncher launcher, @TempDir Path dir)
            throws IOException {
        Path spec = dir.resolve("typo.properties");
        Files.writeString(spec, "strategy=sma-crosover\nsymbol=BTC-USD\ntick_size=0.01\nstep_size=0.0001\nbalance.USD=100\n");
        LaunchResult result = launcher.launch("backtest", spec.toString());
        assertEquals(2, result.exitCode());
        assertTrue(result.getErrorOutput().contains("no strategy named 'sma-crosover'"), result.getErrorOutput());
        try (var examples = Files.list(Path.of("strategies/examples"))) {
            for (Path example : examples.toList()) {
                String name = example.getFileName().toString().replace(".java", "")
                        .replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
                assertTrue(result.getErrorOutput().contains(name), name + " not found: " + result.getErrorOutput());
            }
        }
    }

    @Test
    void anUnknownSpecKeyIsAnError(QuarkusMainLauncher launcher, @TempDir Path dir) throws IOException {
        Path spec = dir.resolve("bad.properties");
        Files.writeString(spec, "strategy=sma-crossover\nsymbol=BTC-USD\ntick_size=0.01\nstep_size=0.0001\nbalance.USD=100\nfil_model=close\n");
        LaunchResult result = launcher.launch("backtest", spec.toString());
        assertEquals(2, result.exitCode());
        assertTrue(result.getErrorOutput().startsWith("error: " + spec + " line 6: unknown key 'fil_model'"),
                result.getErrorOutput());
    }

    private static final String GAP_CSV = "2024-01-01T00:00:00Z,10,11,9,10,1\n2024-01-01T00:01:00Z,10,11,9,10,1\n"
            + "2024-01-01T00:05:00Z,10,11,9,10,1\n2024-01-01T00:06:00Z,10,11,9,10,1\n";

    /** A spec on the test's own series, imported on first use from a CSV with a gap from 00:02 to 00:04. */
    private static Path spec(Path dir, String symbol, String extra) throws IOException {
        Path csv = Files.writeString(dir.resolve(symbol + ".csv"), GAP_CSV);
        return Files.writeString(dir.resolve(symbol + ".properties"), "strategy=sma-crossover\nvenue=test\nsymbol=" + symbol
                + "\ntick_size=0.01\nstep_size=0.0001\nbalance.USD=100\ndata.file=" + csv + "\n" + extra);
    }

    @Test
    void aRangeWithoutCandlesIsRefusedBeforeRunningAndLeavesNoFolder(QuarkusMainLauncher launcher, @TempDir Path dir) throws IOException {
        String[][] ranges = {
                {"from=2023-01-01T00:00:00Z\nto=2023-06-01T00:00:00Z\n", "no test:EMPTY-USD:1m candles from 2023-01-01T00:00:00Z to 2023-06-01T00:00:00Z"
                        + " (stored: 2024-01-01T00:00:00Z to 2024-01-01T00:06:00Z; 'data list' shows the gaps)"},
                {"from=2024-01-01T00:02:00Z\nto=2024-01-01T00:05:00Z\n", "no test:EMPTY-USD:1m candles from 2024-01-01T00:02:00Z"
                        + " to 2024-01-01T00:05:00Z (stored: 2024-01-01T00:00:00Z to 2024-01-01T00:06:00Z; the range lies inside a"
                        + " gap, and the next stored candle opens at 2024-01-01T00:05:00Z; 'data list' shows the gaps); choose"
                        + " from and to around stored candles"},
                {"from=2024-01-01T00:01:00Z\nto=2024-01-01T00:01:00Z\n", "from 2024-01-01T00:01:00Z to 2024-01-01T00:01:00Z is an empty range"}};
        for (String[] range : ranges) {
            Path spec = spec(dir, "EMPTY-USD", range[0]);
            Path out = dir.resolve("report");
            LaunchResult result = launcher.launch("backtest", spec.toString(), "--out", out.toString());
            assertEquals(2, result.exitCode(), result.getErrorOutput());
            String err = result.getErrorOutput().strip();
            assertTrue(err.startsWith("error: " + spec + ": " + range[1]), err);
            assertFalse(err.contains("Exception") || err.contains("\n"), err);
            assertFalse(Files.exists(out), "left " + out);
        }
    }

    @Test
    void fromAfterToIsRefusedBeforeTheDataFileIsImported(QuarkusMainLauncher launcher, @TempDir Path dir) throws IOException {
        Path spec = spec(dir, "ORDER-USD", "from=2024-01-01T00:05:00Z\nto=2024-01-01T00:01:00Z\n");

        LaunchResult result = launcher.launch("backtest", spec.toString(), "--out", dir.resolve("report").toString());

        assertEquals(2, result.exitCode(), result.getErrorOutput());
        assertEquals("error: " + spec + ": from 2024-01-01T00:05:00Z to 2024-01-01T00:01:00Z is an empty range; 'to' must"
                + " be after 'from'", result.getErrorOutput().strip());
        assertFalse(result.getOutput().contains("imported"), "imported before checking the spec: " + result.getOutput());
    }

    @Test
    void anUnusableOutIsRefusedBeforeRunning(QuarkusMainLauncher launcher, @TempDir Path dir) throws IOException {
        Path spec = spec(dir, "OUT-USD", "");
        Path file = Files.writeString(dir.resolve("existing.txt"), "keep me");
        LaunchResult onAFile = launcher.launch("backtest", spec.toString(), "--out", file.toString());
        assertEquals(2, onAFile.exitCode());
        assertEquals("error: --out " + file + ": is a file; give a folder for report.json and report.html"
                + " (it is created when missing)", onAFile.getErrorOutput().strip());
        assertEquals("keep me", Files.readString(file));

        LaunchResult underAFile = launcher.launch("backtest", spec.toString(), "--out", file.resolve("report").toString());
        assertEquals(2, underAFile.exitCode());
        assertEquals("error: --out " + file.resolve("report") + ": cannot be created: " + file + " is a file;"
                + " give a folder elsewhere", underAFile.getErrorOutput().strip());
        assertFalse(underAFile.getOutput().contains("imported"), "ran before checking --out: " + underAFile.getOutput());
    }

    @Test
    @EnabledOnOs(OS.LINUX)
    void aFolderTheSystemRefusesAfterTheRunSaysWhyAndNotThatTheSpecIsWrong(QuarkusMainLauncher launcher, @TempDir Path dir)
            throws IOException {
        // /proc passes the check before the run (it exists and is writable to root) but no folder can be made in it
        Path spec = spec(dir, "PROC-USD", "param.fast=1\nparam.slow=2\n"); // a warm-up that leaves 2 of the 4 candles
        LaunchResult result = launcher.launch("backtest", spec.toString(), "--out", "/proc/tradewind-report");
        assertEquals(2, result.exitCode());
        String err = result.getErrorOutput().strip();
        assertTrue(err.equals("error: --out /proc/tradewind-report: cannot write /proc/tradewind-report/report.json: the"
                + " system cannot create or find /proc/tradewind-report; give another folder with --out")
                || err.startsWith("error: --out /proc/tradewind-report: cannot be created: /proc is not writable"), err);
    }

    @Test
    void theWholeSpecIsCheckedBeforeItsDataIsImported(QuarkusMainLauncher launcher, @TempDir Path dir) throws IOException {
        Path spec = spec(dir, "PARAMS-USD", "param.fast=30\nparam.slow=30\n");
        LaunchResult result = launcher.launch("backtest", spec.toString(), "--out", dir.resolve("report").toString());
        assertEquals(2, result.exitCode());
        assertEquals("error: " + spec + ": strategy sma-crossover: fast (30) must be less than slow (30)",
                result.getErrorOutput().strip());
        assertFalse(result.getOutput().contains("imported"), result.getOutput());
        assertFalse(launcher.launch("data", "list").getOutput().contains("PARAMS-USD"));

        // a balance the simulated exchange cannot hold at these tick and step sizes: said before the import too
        Path huge = spec(dir, "HUGE-USD", "balance.HUGE=100000000000000000\n");
        LaunchResult refused = launcher.launch("backtest", huge.toString(), "--out", dir.resolve("report").toString());
        assertEquals(2, refused.exitCode());
        assertTrue(refused.getErrorOutput().strip().startsWith("error: " + huge + ": "), refused.getErrorOutput());
        assertTrue(refused.getErrorOutput().contains("is more than HUGE can hold here"), refused.getErrorOutput());
        assertFalse(refused.getOutput().contains("imported"), refused.getOutput());
        assertFalse(launcher.launch("data", "list").getOutput().contains("HUGE-USD"));
    }

    @Test
    void aRejectedOrderIsCountedAndAHookThatThrowsIsNamedWithItsOwnFramesAndTheReportWrittenUpToIt(QuarkusMainLauncher launcher,
            @TempDir Path dir) throws IOException {
        Path candles = dir.resolve("candles.csv");
        Files.writeString(candles, "1735689600,100,100,100,100,10\n1735689660,101,101,101,101,10\n"
                + "1735689720,102,102,102,102,10\n1735689780,103,103,103,103,10\n");
        Path spec = dir.resolve("buggy.properties");
        Files.writeString(spec, "strategy=buggy-strategy\nvenue=buggy\nsymbol=BTC-USD\ntick_size=0.01\n"
                + "step_size=0.0001\nbalance.USD=100\ndata.file=" + candles + "\ndata.format=ohlcv\n");
        Path out = dir.resolve("report");

        LaunchResult result = launcher.launch("backtest", spec.toString(), "--out", out.toString());

        assertEquals(ExitCode.STRATEGY_FAILED, result.exitCode());
        // the rejection's log line goes to the console through Quarkus logging, which the launcher does not capture
        List<String> lines = result.getErrorOutput().lines().filter(l -> !l.isBlank()).toList();
        assertEquals("error: strategy buggy-strategy: onCandle threw at 2025-01-01T00:03:00Z, the close of bar 3 (warm-up"
                + " included): java.lang.IllegalStateException: third candle; the figures run to that close", lines.get(0));
        assertEquals(List.of("at " + BuggyStrategy.class.getName() + ".onCandle"),
                lines.subList(1, lines.size()).stream().map(l -> l.strip().substring(0, l.strip().indexOf('('))).toList());
        assertTrue(result.getOutput().contains("ABORTED: onCandle threw"), result.getOutput());
        JsonNode report = new ObjectMapper().readTree(out.resolve("report.json").toFile());
        assertEquals(3, report.path("aborted").path("bar").asLong());
        assertEquals(3, report.path("barsProcessed").asLong());
        assertEquals(1, report.path("ordersRejected").path("price_not_multiple_of_tick_size").asLong());
    }
}
