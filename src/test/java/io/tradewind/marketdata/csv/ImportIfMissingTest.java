package io.tradewind.marketdata.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.tradewind.marketdata.InMemoryCandleStore;
import io.tradewind.marketdata.Resolution;
import io.tradewind.marketdata.SeriesKey;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportIfMissingTest {

    private static final SeriesKey KEY = new SeriesKey("test", "BTC-USD", Resolution.M1);

    @Test
    void importsOnFirstUseOnly(@TempDir Path dir) throws IOException {
        Path trades = dir.resolve("trades.csv");
        Files.writeString(trades, "time,price,amount\n1385337600,800.01,0.1\n1385337613,800.05,0.2\n1385337660,801,1\n");
        InMemoryCandleStore store = new InMemoryCandleStore();

        ImportIfMissing.Ensured first = ImportIfMissing.ensure(store, KEY, trades, CsvFormat.TRADES);
        assertTrue(first.imported());
        assertEquals(2, first.stored().count());

        Files.delete(trades);
        ImportIfMissing.Ensured second = ImportIfMissing.ensure(store, KEY, trades, CsvFormat.TRADES);
        assertFalse(second.imported());
        assertEquals(first.stored(), second.stored());
    }

    @Test
    void aMissingSeriesWithoutItsFileIsExplained(@TempDir Path dir) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ImportIfMissing.bitstampDemo(new InMemoryCandleStore(), dir));
        assertTrue(e.getMessage().startsWith("bitstamp:BTC-USD:1m is not in the store and the file to import it from, "),
                e.getMessage());
        assertTrue(e.getMessage().contains("run ./mvnw package"), e.getMessage());
    }

    /** data.file=/dev/zero filled the heap with its first "line" and ended with exit code 1 (audit). */
    @Test
    void aDeviceIsRefusedBeforeItIsRead() {
        Path device = Path.of("/dev/zero");
        assumeTrue(Files.exists(device), "a machine with /dev/zero");

        assertEquals("/dev/zero is not a regular file (a pipe or a device): save the CSV to a file and give that",
                assertThrows(IllegalArgumentException.class, () -> CsvFormat.detect(device)).getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> ImportIfMissing.ensure(new InMemoryCandleStore(),
                new SeriesKey("zero", "BTC-USD", Resolution.M1), device, CsvFormat.OHLCV)).getMessage()
                .contains("/dev/zero, is not a regular file (a pipe or a device)"));
    }

    /** A spec's data.file naming a folder was said not to exist. */
    @Test
    void aFolderWhereTheFileShouldBeIsCalledOne(@TempDir Path dir) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ImportIfMissing.ensure(
                new InMemoryCandleStore(), new SeriesKey("imp", "BAD-USD", Resolution.M1), dir, CsvFormat.OHLCV));
        assertEquals("imp:BAD-USD:1m is not in the store and the file to import it from, " + dir
                + ", is a directory, not a file", e.getMessage());
    }

    /** Told by its first row, a missing file was "cannot read /x.csv: the system cannot create or find /x.csv". */
    @Test
    void aFileOfNoNamedFormatIsToldByItsFirstRowOnceItIsKnownToExist(@TempDir Path dir) throws IOException {
        Path missing = dir.resolve("missing.csv");
        assertEquals("test:BTC-USD:1m is not in the store and the file to import it from, " + missing + ", does not exist",
                assertThrows(IllegalArgumentException.class, () -> ImportIfMissing.ensure(new InMemoryCandleStore(), KEY,
                        missing, null)).getMessage());

        Path trades = Files.writeString(dir.resolve("trades.csv"), "time,price,amount\n1385337600,800.01,0.1\n");
        assertEquals(1, ImportIfMissing.ensure(new InMemoryCandleStore(), KEY, trades, null).stored().count());
    }

    @Test
    void importsTheDemoTradesAsOneMinuteCandles() {
        assumeTrue(Files.isRegularFile(ImportIfMissing.BITSTAMP_DEMO_FILE), "run the build's generate-resources phase first");
        InMemoryCandleStore store = new InMemoryCandleStore();
        ImportIfMissing.Ensured demo = ImportIfMissing.bitstampDemo(store, Path.of(""));
        assertTrue(demo.imported());
        assertEquals(9_399, demo.stored().count());
        assertEquals(Instant.parse("2013-11-25T00:00:00Z"), demo.stored().first());
        assertFalse(ImportIfMissing.bitstampDemo(store, Path.of("")).imported());
    }

    @Test
    void detectsTheFormatByTheFieldsOfTheFirstRow(@TempDir Path dir) throws IOException {
        Path trades = Files.writeString(dir.resolve("t.csv"), "timestamp,price,amount\n1385337600,800.01,0.1\n");
        Path candles = Files.writeString(dir.resolve("c.csv"), "2024-01-01T00:00:00Z,1,2,0.5,1.5,10\n");
        Path other = Files.writeString(dir.resolve("o.csv"), "\n1,2,3,4\n");
        assertEquals(CsvFormat.TRADES, CsvFormat.detect(trades));
        assertEquals(CsvFormat.OHLCV, CsvFormat.detect(candles));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CsvFormat.detect(other));
        assertTrue(e.getMessage().endsWith("line 2 has 4 fields, so it is neither trades (time,price,amount) nor candles"
                + " (time,open,high,low,close,volume[,quoteVolume])"), e.getMessage());
        assertEquals(CsvFormat.OHLCV, CsvFormat.parse("OHLCV"));
        assertThrows(IllegalArgumentException.class, () -> CsvFormat.parse("json"));
    }

    /** A 12-column Binance kline export was said to have 9 fields (detection) and 8 (the candle row): the splitter's cap. */
    @Test
    void aRowWithManyFieldsIsToldItsRealCountAndWhichColumnsToKeep(@TempDir Path dir) throws IOException {
        String kline = "1704067200000,42283.58,42554.57,42261.02,42475.23,1271.68108,1704070799999,53957248.97,47134,682.57,"
                + "28957416.81,0";
        Path klines = Files.writeString(dir.resolve("k.csv"), kline + "\n");

        IllegalArgumentException detected = assertThrows(IllegalArgumentException.class, () -> CsvFormat.detect(klines));
        CsvImportException imported = assertThrows(CsvImportException.class, () -> new CsvCandleImporter(
                new InMemoryCandleStore()).importOhlcv(klines, new SeriesKey("binance", "BTC-USDT", Resolution.H1)));

        String keep = "; if its first six columns are time,open,high,low,close,volume (as in a Binance kline export), keep"
                + " those six and import that";
        assertTrue(detected.getMessage().endsWith("line 1 has 12 fields, so it is neither trades (time,price,amount) nor"
                + " candles (time,open,high,low,close,volume[,quoteVolume])" + keep), detected.getMessage());
        assertTrue(imported.getMessage().contains("expected 6 fields time,open,high,low,close,volume (and optionally quote"
                + " volume), found 12" + keep), imported.getMessage());
    }
}
