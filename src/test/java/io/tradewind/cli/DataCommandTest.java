package io.tradewind.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.main.LaunchResult;
import io.quarkus.test.junit.main.QuarkusMainLauncher;
import io.quarkus.test.junit.main.QuarkusMainTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code data import|generate|list} through the packaged command line, against the test profile's
 * in-memory store (shared by the launches of this JVM, so each test uses its own symbols).
 */
@QuarkusMainTest
class DataCommandTest {

    @Test
    void importsASmallCsvAndListsIt(QuarkusMainLauncher launcher) throws URISyntaxException {
        LaunchResult imported = launcher.launch("data", "import", resource("ohlcv-small.csv"), "--symbol", "SMALL-USD",
                "--venue", "test");
        assertEquals(0, imported.exitCode(), imported.getErrorOutput());
        assertTrue(imported.getOutput().contains("imported 5 candles from 5 OHLCV rows"), imported.getOutput());
        assertTrue(imported.getOutput().contains("test:SMALL-USD:1m now holds 5 candles from 2024-01-01T00:00:00Z"
                + " to 2024-01-01T00:06:00Z"), imported.getOutput());

        LaunchResult listed = launcher.launch("data", "list", "--json");
        assertEquals(0, listed.exitCode(), listed.getErrorOutput());
        String json = listed.getOutput().replaceAll("\\s+", "");
        assertTrue(json.contains("{\"venue\":\"test\",\"symbol\":\"SMALL-USD\",\"resolution\":\"1m\",\"candles\":5,"
                + "\"first\":\"2024-01-01T00:00:00Z\",\"last\":\"2024-01-01T00:06:00Z\",\"missing\":2,\"gaps\":1,"
                + "\"longest_gaps\":[{\"from\":\"2024-01-01T00:03:00Z\",\"to\":\"2024-01-01T00:05:00Z\",\"missing\":2}]}"),
                listed.getOutput());

        LaunchResult table = launcher.launch("data", "list");
        assertEquals(0, table.exitCode(), table.getErrorOutput());
        assertTrue(table.getOutput().contains("2 from 2024-01-01T00:03:00Z"), table.getOutput());
    }

    @Test
    void deletesASeriesImportedUnderAMistypedSymbol(QuarkusMainLauncher launcher) throws URISyntaxException {
        LaunchResult imported = launcher.launch("data", "import", resource("ohlcv-small.csv"), "--symbol", "TYPO-USDD",
                "--venue", "test");
        assertEquals(0, imported.exitCode(), imported.getErrorOutput());
        assertEquals(0, launcher.launch("data", "generate", "--symbol", "KEPT-USD", "--count", "10").exitCode());

        LaunchResult deleted = launcher.launch("data", "delete", "--symbol", "TYPO-USDD", "--venue", "test");

        assertEquals(0, deleted.exitCode(), deleted.getErrorOutput());
        assertEquals("deleted test:TYPO-USDD:1m: 5 candles from 2024-01-01T00:00:00Z to 2024-01-01T00:06:00Z",
                deleted.getOutput().strip());
        String listed = launcher.launch("data", "list").getOutput();
        assertFalse(listed.contains("TYPO-USDD"), listed);
        assertTrue(listed.contains("KEPT-USD"), listed);
        LaunchResult again = launcher.launch("data", "delete", "--symbol", "TYPO-USDD", "--venue", "test");
        assertEquals(4, again.exitCode());
        assertTrue(again.getErrorOutput().startsWith("error: no series test:TYPO-USDD:1m is stored; stored: "),
                again.getErrorOutput());
        assertTrue(again.getErrorOutput().contains("sim:KEPT-USD:1m"), again.getErrorOutput());
        assertTrue(again.getErrorOutput().contains("(give --venue, --symbol and --resolution as listed)"), again.getErrorOutput());
    }

    @Test
    void badRowsExitWith2AndWriteNothing(QuarkusMainLauncher launcher) throws URISyntaxException {
        LaunchResult result = launcher.launch("data", "import", resource("ohlcv-bad-rows.csv"), "--symbol", "BAD-USD",
                "--format", "ohlcv");
        assertEquals(2, result.exitCode());
        String err = result.getErrorOutput();
        assertTrue(err.contains("2 bad rows, nothing imported"), err);
        assertTrue(err.contains("line 3: high 99 is below low 100.5"), err);
        assertTrue(err.contains("line 5: "), err);

        LaunchResult listed = launcher.launch("data", "list", "--json");
        assertFalse(listed.getOutput().contains("BAD-USD"), listed.getOutput());
    }

    @Test
    void importsTradesAggregatedAndGeneratesARandomWalk(QuarkusMainLauncher launcher, @TempDir Path dir) throws IOException {
        Path trades = Files.writeString(dir.resolve("trades.csv"),
                "1704067200000,42000.5,0.1\n1704067230000,42010,0.2\n1704067500000,41990.25,1\n");
        LaunchResult imported = launcher.launch("data", "import", trades.toString(), "--symbol", "TRADES-USD",
                "--resolution", "5m");
        assertEquals(0, imported.exitCode(), imported.getErrorOutput());
        assertTrue(imported.getOutput().contains("imported 2 candles from 3 trade rows"), imported.getOutput());
        assertTrue(imported.getOutput().contains("sim:TRADES-USD:5m now holds 2 candles"), imported.getOutput());
        assertFalse(imported.getOutput().contains("replaced"), imported.getOutput());

        // the next piece of the trades starts inside the last stored bucket: its candle is rebuilt from these alone
        Path more = Files.writeString(dir.resolve("more.csv"), "1704067560000,41980,2\n1704067800000,41970,1\n");
        LaunchResult piece = launcher.launch("data", "import", more.toString(), "--symbol", "TRADES-USD", "--resolution", "5m");
        assertEquals(0, piece.exitCode(), piece.getErrorOutput());
        assertTrue(piece.getOutput().contains("imported 2 candles from 2 trade rows"), piece.getOutput());
        assertTrue(piece.getOutput().contains("; 1 of them replaced stored candles with the same open time"), piece.getOutput());
        assertTrue(piece.getOutput().contains("sim:TRADES-USD:5m now holds 3 candles"), piece.getOutput());

        LaunchResult generated = launcher.launch("data", "generate", "--symbol", "WALK-USD", "--count", "10000",
                "--start", "2024-02-01", "--seed", "7", "--price", "250.5");
        assertEquals(0, generated.exitCode(), generated.getErrorOutput());
        assertTrue(generated.getOutput().contains("sim:WALK-USD:1m now holds 10,000 candles from 2024-02-01T00:00:00Z"
                + " to 2024-02-07T22:39:00Z"), generated.getOutput());
    }

    /** A rial market traded with tick_size 1 needs candles on that grid; a tick that keeps the walk flat is refused. */
    @Test
    void generatedPricesFollowTheTickAndAFlatteningTickIsRefused(QuarkusMainLauncher launcher) {
        LaunchResult rial = launcher.launch("data", "generate", "--symbol", "TICK-IRR", "--count", "100", "--price",
                "100000000000", "--tick", "1");
        assertEquals(0, rial.exitCode(), rial.getErrorOutput());
        String shown = launcher.launch("data", "show", "--symbol", "TICK-IRR", "--limit", "100").getOutput();
        List<String[]> rows = shown.lines().filter(line -> line.startsWith("20")).map(line -> line.split("\\s+")).toList();
        assertEquals(100, rows.size(), shown);
        assertTrue(rows.stream().allMatch(row -> Stream.of(row[1], row[2], row[3], row[4]).allMatch(price -> price.endsWith(".00"))),
                "open, high, low and close in whole rials: " + shown);

        LaunchResult flat = launcher.launch("data", "generate", "--symbol", "FLAT-USD", "--count", "10", "--price", "1000",
                "--tick", "1000");
        assertEquals(2, flat.exitCode(), flat.getOutput());
        assertTrue(flat.getErrorOutput().contains("--tick must be a multiple of 0.01 from 0.01 to 1 % of --price (10: the walk"
                + " moves at most 0.2 % a candle), was 1000"), flat.getErrorOutput());
        LaunchResult offGrid = launcher.launch("data", "generate", "--symbol", "FLAT-USD", "--count", "10", "--price", "1000.5",
                "--tick", "1");
        assertEquals(2, offGrid.exitCode(), offGrid.getOutput());
        assertTrue(offGrid.getErrorOutput().contains("--price 1000.5 is not on the --tick 1 grid; e.g. --price 1001"),
                offGrid.getErrorOutput());
    }

    /** Imported candles and generated ones share the default venue and start: random ones took real ones' place. */
    @Test
    void generatedCandlesDoNotReplaceStoredOnesUnlessAsked(QuarkusMainLauncher launcher) {
        assertEquals(0, launcher.launch("data", "generate", "--symbol", "KEEP-USD", "--count", "10", "--price", "100")
                .exitCode());
        String before = launcher.launch("data", "show", "--symbol", "KEEP-USD").getOutput();
        assertTrue(before.contains("2024-01-01T00:09"), before);

        LaunchResult over = launcher.launch("data", "generate", "--symbol", "KEEP-USD", "--count", "5", "--start",
                "2024-01-01T00:08:00Z", "--seed", "2");
        assertEquals(2, over.exitCode(), over.getOutput());
        assertEquals("error: sim:KEEP-USD:1m already holds candles in the range the generated ones would take"
                + " (2024-01-01T00:08:00Z to 2024-01-01T00:12:00Z), the first at 2024-01-01T00:08:00Z; they would be"
                + " replaced by random ones. Generate into another series (--symbol or --venue), start at"
                + " 2024-01-01T00:10:00Z or later (--start, after the last stored candle), or give --replace to write over"
                + " them", over.getErrorOutput().strip());
        assertEquals(before, launcher.launch("data", "show", "--symbol", "KEEP-USD").getOutput());

        LaunchResult after = launcher.launch("data", "generate", "--symbol", "KEEP-USD", "--count", "5", "--start",
                "2024-01-01T00:10:00Z");
        assertEquals(0, after.exitCode(), after.getErrorOutput());
        assertFalse(after.getOutput().contains("replaced"), after.getOutput());

        LaunchResult replaced = launcher.launch("data", "generate", "--symbol", "KEEP-USD", "--count", "5", "--start",
                "2024-01-01T00:12:00Z", "--seed", "3", "--replace");
        assertEquals(0, replaced.exitCode(), replaced.getErrorOutput());
        assertTrue(replaced.getOutput().contains("; 3 of them replaced stored candles with the same open time"),
                replaced.getOutput());
        assertTrue(replaced.getOutput().contains("sim:KEEP-USD:1m now holds 17 candles"), replaced.getOutput());
    }

    @Test
    void aMissingFileOrADirectoryIsExplained(QuarkusMainLauncher launcher, @TempDir Path dir) {
        LaunchResult result = launcher.launch("data", "import", "no-such-file.csv", "--symbol", "X");
        assertEquals(2, result.exitCode());
        assertTrue(result.getErrorOutput().contains("error: no-such-file.csv: no such file."), result.getErrorOutput());
        // a directory was "no such file", though it exists
        LaunchResult directory = launcher.launch("data", "import", dir.toString(), "--symbol", "X");
        assertEquals(2, directory.exitCode());
        assertTrue(directory.getErrorOutput().contains("error: " + dir + ": is a directory."), directory.getErrorOutput());
    }

    @Test
    void numbersBeyondALongAreBadRowsNotACrash(QuarkusMainLauncher launcher, @TempDir Path dir) throws IOException {
        Path csv = Files.writeString(dir.resolve("huge.csv"), "2024-01-01T00:00:00Z,1e40,1e40,1e40,1e40,1\n"
                + "2024-01-01T00:01:00Z,1,1,1,1," + "1" + "0".repeat(39) + "\n");
        LaunchResult result = launcher.launch("data", "import", csv.toString(), "--symbol", "HUGE-USD");
        assertEquals(2, result.exitCode());
        String err = result.getErrorOutput();
        assertTrue(err.contains("line 1: open 1e40 is too large for a price or amount"), err);
        assertTrue(err.contains("line 2: volume 1" + "0".repeat(39) + " is too large for a price or amount"), err);
        assertFalse(err.contains("Exception"), err);
    }

    @Test
    void bytesThatAreNotUtf8NameTheirOwnLine(QuarkusMainLauncher launcher, @TempDir Path dir) throws IOException {
        Path csv = Files.write(dir.resolve("latin1.csv"), "time,open,high,low,close,volume\n2024-01-01T00:00:00Z,1,1,1,1,1\n2024-01-01T00:01:00Z,1,1,1,1,1 \u00b5\n"
                .getBytes(StandardCharsets.ISO_8859_1));
        LaunchResult result = launcher.launch("data", "import", csv.toString(), "--symbol", "LATIN-USD", "--format", "ohlcv");
        assertEquals(2, result.exitCode());
        assertEquals("error: " + csv + " line 3 is not UTF-8 text; save the file as UTF-8 (or plain ASCII) and import it again",
                result.getErrorOutput().strip());
    }

    @Test
    void aCountTooLargeForTheDiskIsRefusedBeforeWriting(QuarkusMainLauncher launcher) {
        LaunchResult result = launcher.launch("data", "generate", "--symbol", "HUGE-USD", "--count", "99999999999999");
        assertEquals(2, result.exitCode());
        String err = result.getErrorOutput().strip();
        assertTrue(err.matches("error: 99,999,999,999,999 candles need about 1,600,000\\.0 GB in \\S+, but only"
                + " [0-9,.]+ GB is free there; generate fewer candles or free some space"), err);
        LaunchResult listed = launcher.launch("data", "list", "--json");
        assertFalse(listed.getOutput().contains("HUGE-USD"), listed.getOutput());
    }

    /** Both said what was wrong and not what to do; the price did not even name --price. */
    @Test
    void aStartPriceWithTooManyDecimalsOrASeriesOfOtherDecimalsSaysWhatToDo(QuarkusMainLauncher launcher, @TempDir Path dir)
            throws IOException {
        LaunchResult price = launcher.launch("data", "generate", "--symbol", "FINE-USD", "--count", "10", "--price", "1.234");
        assertEquals(2, price.exitCode());
        assertTrue(price.getErrorOutput().startsWith("error: --price has at most 2 decimals, as the generated prices do, was"
                + " 1.234; round it, e.g. --price 1.23"), price.getErrorOutput());
        LaunchResult nan = launcher.launch("data", "generate", "--symbol", "FINE-USD", "--count", "10", "--price", "NaN");
        assertTrue(nan.getErrorOutput().startsWith("error: Invalid value for option '--price': the value is not a decimal"
                + " number: 'NaN'"), "not Java's NumberFormatException: " + nan.getErrorOutput());
        LaunchResult tiny = launcher.launch("data", "generate", "--symbol", "FINE-USD", "--count", "10", "--price", "0.004");
        assertTrue(tiny.getErrorOutput().contains("round it, e.g. --price 0.01"), "not 0.00, which --price refuses: "
                + tiny.getErrorOutput());

        Path csv = Files.writeString(dir.resolve("fine.csv"), "time,open,high,low,close,volume\n"
                + "2024-01-01T00:00:00Z,1.123,1.2,1.1,1.15,3\n");
        assertEquals(0, launcher.launch("data", "import", csv.toString(), "--symbol", "FINE3-USD").exitCode());
        LaunchResult other = launcher.launch("data", "generate", "--symbol", "FINE3-USD", "--count", "10");
        assertEquals(2, other.exitCode());
        assertTrue(other.getErrorOutput().startsWith("error: sim:FINE3-USD:1m is stored with 3 price decimals,"), other.getErrorOutput());
        assertTrue(other.getErrorOutput().strip().endsWith(": generate them into another series (--symbol, --venue or"
                + " --resolution)"), other.getErrorOutput());
    }

    @Test
    void candlesOutsideTheYears1970To9999AreRefusedBeforeWriting(QuarkusMainLauncher launcher) {
        LaunchResult result = launcher.launch("data", "generate", "--symbol", "FAR-USD", "--count", "10", "--start",
                "+1000000000-01-01T00:00:00Z");
        assertEquals(2, result.exitCode());
        assertTrue(result.getErrorOutput().startsWith("error: --start +1000000000-01-01T00:00:00Z with --count 10: the"
                + " candles must lie between 1970-01-01 and the end of 9999"), result.getErrorOutput());
        LaunchResult listed = launcher.launch("data", "list", "--json");
        assertFalse(listed.getOutput().contains("FAR-USD"), listed.getOutput());
    }

    @Test
    void aLookAlikeCharacterInASeriesNameIsRefusedBeforeWriting(QuarkusMainLauncher launcher) {
        LaunchResult symbol = launcher.launch("data", "generate", "--symbol", "ODD\u2010USD", "--count", "10");
        assertEquals(2, symbol.exitCode());
        assertTrue(symbol.getErrorOutput().startsWith("error: --symbol 'ODD\u2010USD': character 4, '\u2010' (U+2010), is not"
                + " allowed: use ASCII letters, digits and - _ . / only, e.g. BTC-USD"), symbol.getErrorOutput());
        LaunchResult venue = launcher.launch("data", "generate", "--symbol", "ODD-USD", "--venue", "sim:x", "--count", "10");
        assertEquals(2, venue.exitCode());
        assertTrue(venue.getErrorOutput().startsWith("error: --venue 'sim:x': character 4, ':' (U+003A)"), venue.getErrorOutput());
        LaunchResult listed = launcher.launch("data", "list", "--json");
        assertFalse(listed.getOutput().contains("ODD"), listed.getOutput());
    }

    private static String resource(String name) throws URISyntaxException {
        return Path.of(DataCommandTest.class.getResource("/candles/" + name).toURI()).toString();
    }
}
