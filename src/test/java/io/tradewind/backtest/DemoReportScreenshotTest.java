package io.tradewind.backtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import examples.DepthMaker;
import examples.RsiMeanReversion;
import examples.SmaCrossover;
import io.tradewind.backtest.report.BacktestReport;
import io.tradewind.backtest.report.ReportFiles;
import io.tradewind.marketdata.InMemoryCandleStore;
import io.tradewind.marketdata.SeriesKey;
import io.tradewind.marketdata.csv.CsvFormat;
import io.tradewind.marketdata.csv.ImportIfMissing;
import io.tradewind.strategy.Strategy;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each demo spec's report.html drawn by headless Chromium: the page must finish drawing (the
 * template marks the document {@code data-report-status="rendered"} when it has) without a
 * script error, and its screenshot must show a page, not a blank one. The screenshots stay in
 * target/report-screenshots/ for a person to look at. Skipped where Chromium is not installed
 * ({@code .ci/run} installs it).
 */
class DemoReportScreenshotTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path OUT = Path.of("target", "report-screenshots");
    private static final long TIMEOUT_SECONDS = 120;

    static List<Arguments> demos() {
        return List.of(
                Arguments.of("sma-crossover-demo", (Supplier<Strategy>) SmaCrossover::new),
                Arguments.of("rsi-mean-reversion-demo", (Supplier<Strategy>) RsiMeanReversion::new),
                Arguments.of("depth-maker-demo", (Supplier<Strategy>) DepthMaker::new));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("demos")
    void reportRendersInHeadlessChromium(String name, Supplier<Strategy> strategy, @TempDir Path profile)
            throws IOException, InterruptedException {
        assumeTrue(Files.isExecutable(CHROMIUM), "no " + CHROMIUM + ": install it with apt-get install -y chromium");
        BacktestSpec spec = BacktestSpecReader.read(Path.of("backtests", name + ".properties"));
        assertTrue(Files.isRegularFile(spec.dataFile()), "the build unpacks the demo data in generate-resources");
        InMemoryCandleStore store = new InMemoryCandleStore();
        ImportIfMissing.ensure(store, new SeriesKey(spec.venue(), spec.instrument().symbol(), spec.resolution()),
                spec.dataFile(), CsvFormat.parse(spec.dataFormat()));
        BacktestReport report = BacktestRunner.run(spec, strategy.get(), store, ProgressListener.NONE);
        assertEquals(name, report.name());
        Path html = ReportFiles.write(report, OUT.resolve(name)).toAbsolutePath();

        Path screenshot = OUT.resolve(name + ".png").toAbsolutePath();
        Files.deleteIfExists(screenshot);
        chromium(profile.resolve("shot"), "--screenshot=" + screenshot, "--window-size=1400,1500", html.toUri().toString());
        String dom = chromium(profile.resolve("dom"), "--dump-dom", html.toUri().toString());

        String root = rootTag(dom);
        assertFalse(root.contains("data-report-error"), () -> "script error: " + root);
        assertTrue(root.contains("data-report-status=\"rendered\""), () -> "the page never finished drawing: " + root);
        assertTrue(Files.isRegularFile(screenshot), "no screenshot");
        BufferedImage image = ImageIO.read(screenshot.toFile());
        assertEquals(1400, image.getWidth());
        // a blank or error page has a handful of colours; charts, candles and text have hundreds
        assertTrue(distinctColours(image) > 200, "the screenshot looks empty: " + distinctColours(image) + " colours");
    }

    /** Runs Chromium headless on a fresh profile, no network use of its own; returns its standard output. */
    private static String chromium(Path profile, String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--hide-scrollbars", "--user-data-dir=" + profile,
                // lets the page's animation frames run before the screenshot or the DOM dump is taken
                "--virtual-time-budget=10000"));
        command.addAll(List.of(arguments));
        Path stdout = Files.createTempFile(profile.getParent(), "chromium", ".out");
        Process process = new ProcessBuilder(command)
                .redirectOutput(stdout.toFile())
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("chromium did not finish in " + TIMEOUT_SECONDS + " s: " + command);
        }
        assertEquals(0, process.exitValue(), () -> "chromium failed: " + command);
        return Files.readString(stdout, StandardCharsets.UTF_8);
    }

    /** The {@code <html ...>} tag, where the template sets its status attributes. */
    private static String rootTag(String dom) {
        int at = dom.indexOf("<html");
        assertTrue(at >= 0, "no html element in the dumped DOM");
        return dom.substring(at, dom.indexOf('>', at) + 1);
    }

    private static int distinctColours(BufferedImage image) {
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 2) {
            for (int x = 0; x < image.getWidth(); x += 2) {
                colours.add(image.getRGB(x, y));
            }
        }
        return colours.size();
    }
}
