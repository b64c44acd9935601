package io.tradewind.backtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tradewind.marketdata.Resolution;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BacktestSpecReaderTest {

    /** An empty path is the working directory: "cannot read: Is a directory" sent the user looking for one. */
    @Test
    void anEmptyPathIsCalledEmpty() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> BacktestSpecReader.read(Path.of("")));
        assertEquals("the spec's path is empty; give a backtest spec such as backtests/sma-crossover-demo.properties", e.getMessage());
    }

    @Test
    void readsEveryBundledSpec() throws IOException {
        try (var specs = Files.list(Path.of("backtests"))) {
            for (Path file : specs.filter(p -> p.toString().endsWith(".properties")).toList()) {
                BacktestSpec spec = BacktestSpecReader.read(file);
                assertTrue(spec.balances().containsKey("USD"), file.toString());
            }
        }
    }

    @Test
    void readsTheDemoSpec() {
        BacktestSpec spec = BacktestSpecReader.read(Path.of("backtests", "sma-crossover-demo.properties"));
        assertEquals("sma-crossover-demo", spec.name());
        assertEquals("sma-crossover", spec.strategy());
        assertEquals("10", spec.parameters().get("fast"));
        assertEquals("BTC", spec.instrument().base());
        assertEquals("USD", spec.instrument().quote());
        assertEquals(Resolution.M1, spec.resolution());
        assertEquals(FillModel.NEXT_OPEN, spec.fillModel());
        assertEquals(new BigDecimal("10000"), spec.balances().get("USD"));
        assertEquals(Path.of("target/demo-data/bitstamp_trades_from_20131125_usd.csv"), spec.dataFile());
    }

    @Test
    void problemsNameTheFileAndTheKey(@TempDir Path dir) throws IOException {
        assertProblem(dir, "strategy=x\nsymbol=BTC-USD\ntick_size=0.01\nstep_size=0.1\nbalance.USD=1\nfill_model=open\n",
                "unknown fill model 'open': expected one of next-open, close");
        assertProblem(dir, "strategy=x\nsymbol=BTC-USD\nstep_size=0.1\nbalance.USD=1\n", "key 'tick_size' is missing");
        // all at once: a spec written from scratch took a run per key
        assertProblem(dir, "balance.USD=1\n", "keys 'strategy', 'symbol', 'tick_size' and 'step_size' are missing");
        assertProblem(dir, "symbol=BTC-USD\nstep_size=0.1\n", "keys 'strategy' and 'tick_size' are missing");
        assertProblem(dir, "strategy=x\nsymbol=BTC-USD\ntick_size=0.01\nstep_size=0.1\n", "no starting balance: add e.g. balance.USD=10000");
        assertProblem(dir, "strategy=x\nsymbol=BTC-USD\ntick_size=0.01\nstep_size=0.1\nbalance.USD=0\nbalance.BTC=0.000\n",
                "balance.BTC=0, balance.USD=0: every starting balance is zero, so there is nothing to trade with; give one a"
                        + " positive amount, e.g. balance.USD=10000");
        assertProblem(dir, "strategy=x\nsymbol=BTC-USD\ntick_size=0.01\nstep_size=0.1\nbalance.USD=1\nfrom=monday\n",
                "from: 'monday' is not an ISO-8601 UTC time");
    }

    /** Accepted, the minimum was recorded in the report while no order could be that size. */
    @Test
    void aMinimumQuantityOffTheStepIsRefused(@TempDir Path dir) throws IOException {
        String spec = "strategy=x\nsymbol=BTC-USD\ntick_size=0.01\nstep_size=0.00000001\nbalance.USD=1\n";
        assertProblem(dir, spec + "min_quantity=0.0000000001\n", "min_quantity 0.0000000001 is not a whole number of"
                + " step_size 0.00000001: no order can be that size; give a multiple of step_size, e.g. min_quantity=0.00000001");
        assertProblem(dir, spec + "min_quantity=0.000000015\n", "min_quantity 0.000000015 is not a whole number of"
                + " step_size 0.00000001: no order can be that size; give a multiple of step_size, e.g. min_quantity=0.00000002");
    }

    @Test
    void aBalanceInAnAssetTheSymbolDoesNotTradeNamesBoth(@TempDir Path dir) throws IOException {
        assertProblem(dir, "strategy=x\nsymbol=BTC-USD\ntick_size=0.01\nstep_size=0.1\nbalance.EUR=100\n",
                "balance.EUR: BTC-USD trades BTC for USD, not EUR; give balances in BTC or USD");
    }

    @Test
    void aLookAlikeHyphenInTheSymbolIsNamed(@TempDir Path dir) throws IOException {
        assertProblem(dir, "strategy=x\nsymbol=BTC\u2010USD\ntick_size=0.01\nstep_size=0.1\nbalance.USD=1\n",
                "symbol 'BTC\u2010USD': character 4, '\u2010' (U+2010), is not allowed: use ASCII letters, digits and - _ . /"
                        + " only, e.g. BTC-USD");
    }

    @Test
    void aVolumeShareAboveOneIsRefused(@TempDir Path dir) throws IOException {
        assertProblem(dir, "strategy=x\nsymbol=BTC-USD\ntick_size=0.01\nstep_size=0.1\nbalance.USD=1\nmax_volume_share=1.5\n",
                "max_volume_share: 1.5 is more than a whole candle's volume; give a share from 0 (no limit) to 1");
    }

    @Test
    void costsTheCloseModelWouldIgnoreAreRefused(@TempDir Path dir) throws IOException {
        assertProblem(dir, "strategy=x\nsymbol=BTC-USD\ntick_size=0.01\nstep_size=0.1\nbalance.USD=1\nfill_model=close\n"
                + "max_volume_share=0.01\n", "max_volume_share=0.01 applies to next-open fills only: fill_model=close fills at"
                + " the signal candle's close without slippage or volume limit; remove max_volume_share or use fill_model=next-open");
        assertProblem(dir, "strategy=x\nsymbol=BTC-USD\ntick_size=0.01\nstep_size=0.1\nbalance.USD=1\nfill_model=close\n"
                + "slippage=0.001\n", "slippage=0.001 applies to next-open fills only");
    }

    @Test
    void anUnknownDataFormatIsRefusedEvenWhenTheSeriesIsStoredAlready(@TempDir Path dir) throws IOException {
        assertProblem(dir, "strategy=x\nsymbol=BTC-USD\ntick_size=0.01\nstep_size=0.1\nbalance.USD=1\ndata.format=parquet\n",
                "data.format: 'parquet' is not a file format; use auto (the default), ohlcv or trades");
    }

    /** A repeated key ran with its last value, a slippage of 2 with sells that never filled, and a BOM made an unknown key. */
    @Test
    void aRepeatedKeyASlippageOfOneOrMoreAndAByteOrderMarkAreHandled(@TempDir Path dir) throws IOException {
        String spec = "strategy=x\nsymbol=BTC-USD\ntick_size=0.01\nstep_size=0.1\nbalance.USD=1\n";
        assertProblem(dir, spec + "param.fast=10\nparam.fast=12\n", "param.fast given more than once; keep one line for"
                + " each key");
        assertProblem(dir, spec + "slippage=2\n", "slippage: 2 would move a sell's price to zero or below; give a fraction"
                + " below 1");
        Path bom = dir.resolve("bom.properties");
        Files.writeString(bom, "\uFEFF" + spec + "from=2013-11-26\n");
        BacktestSpec read = BacktestSpecReader.read(bom);
        assertEquals("x", read.strategy());
        assertEquals(java.time.Instant.parse("2013-11-26T00:00:00Z"), read.from(), "a bare date is its first instant in UTC");
    }

    /**
     * "just a line" read as key 'just', reported without a line: the user looked for a key named just.
     * Of several unknown keys, the first line's is named; a line that continues another is no key's.
     */
    @Test
    void anUnknownKeyIsNamedWithItsLineAndALineWhoseKeyASpaceEndedSaysSo(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("spec.properties");
        Files.writeString(file, "\uFEFFstrategy=x\nsymbol=BTC-USD\n  just a line\ntick_size=0.01\nzz=1\n");
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> BacktestSpecReader.read(file));
        assertTrue(error.getMessage().startsWith(file + " line 3 (\"just a line\": a key ends at the first space): unknown"
                + " key 'just' (keys: base, "), error.getMessage());

        Files.writeString(file, "strategy=x\nsymbol=BTC-USD\nzz=1\nparam.words = fast \\\n  slow\nslow=1\n");
        error = assertThrows(IllegalArgumentException.class, () -> BacktestSpecReader.read(file));
        assertTrue(error.getMessage().startsWith(file + " line 3: unknown key 'zz' (keys: "), error.getMessage());

        Files.writeString(file, "strategy=x\nsymbol=BTC-USD\nparam.words = fast \\\n  slow\nslow=1\n");
        error = assertThrows(IllegalArgumentException.class, () -> BacktestSpecReader.read(file));
        assertTrue(error.getMessage().startsWith(file + " line 5: unknown key 'slow' (keys: "), error.getMessage());
    }

    @Test
    void aSpecThatIsNotUtf8SaysSo(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("latin1.properties");
        Files.write(file, "strategy=x\nsymbol=BTC-USD\n# caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> BacktestSpecReader.read(file));
        assertEquals(file + ": is not UTF-8 text; save it as UTF-8 (or plain ASCII)", error.getMessage());
    }

    /** "taker_fee is missing" sent the user looking for a line that is there, without its value. */
    @Test
    void aKeyWithoutAValueIsNamedWithItsLine(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("spec.properties");
        Files.writeString(file, "strategy=x\nsymbol=BTC-USD\ntick_size=0.01\nstep_size=0.1\nbalance.USD=1\ntaker_fee=\nparam.fast\n");

        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> BacktestSpecReader.read(file));

        assertEquals(file + " line 6: taker_fee has no value: give one after '=' or remove the line", error.getMessage());
    }

    @Test
    void aCandleFileGivenForTheSpecIsToldApart(@TempDir Path dir) throws IOException {
        Path csv = Files.writeString(dir.resolve("candles.CSV"), "time,open,high,low,close,volume\n2024-01-01T00:00:00Z,1,1,1,1,1\n");

        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> BacktestSpecReader.read(csv));

        assertEquals(csv + ": is a CSV file, not a backtest spec; give a spec (KEY=VALUE lines such as"
                + " backtests/sma-crossover-demo.properties) that names it as data.file", error.getMessage());
    }

    private static void assertProblem(Path dir, String content, String expected) throws IOException {
        Path file = dir.resolve("spec.properties");
        Files.writeString(file, content);
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> BacktestSpecReader.read(file));
        assertTrue(error.getMessage().startsWith(file + ": "), error.getMessage());
        assertTrue(error.getMessage().contains(expected), error.getMessage());
    }

    /** Run from the project, a spec's name alone was "no such backtest spec" though it is in backtests/ (a newcomer's trial). */
    @Test
    void aSpecNamedWithoutItsFolderIsPointedToIt() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> BacktestSpecReader.read(Path.of("sma-crossover-demo.properties")));

        assertEquals("sma-crossover-demo.properties: no such backtest spec; did you mean"
                + " backtests/sma-crossover-demo.properties?", e.getMessage());
    }
}
