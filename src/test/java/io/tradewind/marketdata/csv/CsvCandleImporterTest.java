package io.tradewind.marketdata.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tradewind.marketdata.Candle;
import io.tradewind.marketdata.CandleChunk;
import io.tradewind.marketdata.CandleCursor;
import io.tradewind.marketdata.CandleScales;
import io.tradewind.marketdata.InMemoryCandleStore;
import io.tradewind.marketdata.Resolution;
import io.tradewind.marketdata.SeriesKey;
import io.tradewind.marketdata.StoppableCursor;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvCandleImporterTest {

    private static final SeriesKey MINUTES = new SeriesKey("bitstamp", "BTC-USD", Resolution.M1);
    private static final Instant FAR = Instant.parse("2100-01-01T00:00:00Z");

    @TempDir
    Path dir;

    private final InMemoryCandleStore store = new InMemoryCandleStore();
    private final CsvCandleImporter importer = new CsvCandleImporter(store);

    @Test
    void importsOhlcvWithHeaderAndEveryTimeFormat() throws IOException {
        Path file = write("ohlcv.csv",
                "time,open,high,low,close,volume",
                "2024-01-01T00:00:00Z,100.5,101,100,100.75,2.5",
                "",
                "1704067260,100.75,102.25,100.5,102,1",
                "1704067320000,102,102,99.5,99.5,0.125",
                "2024-01-01 00:03:00,99.5,99.5,99.5,99.5,0",
                "\"2024-01-01T00:04:00+00:00\", 99.5 ,100,99,99.75,3");
        ImportResult result = importer.importOhlcv(file, MINUTES);

        assertEquals(5, result.rows());
        assertEquals(5, result.candlesWritten());
        assertEquals(new CandleScales(2, 3, 0), result.stored().scales());
        List<Candle> candles = read(MINUTES);
        assertEquals(new Candle(Instant.parse("2024-01-01T00:00:00Z"), new BigDecimal("100.50"), new BigDecimal("101.00"),
                new BigDecimal("100.00"), new BigDecimal("100.75"), new BigDecimal("2.500"), BigDecimal.ZERO), candles.get(0));
        assertEquals(Instant.parse("2024-01-01T00:02:00Z"), candles.get(2).openTime());
        assertEquals(0, new BigDecimal("0.125").compareTo(candles.get(2).volume()));
        assertEquals(Instant.parse("2024-01-01T00:04:00Z"), candles.get(4).openTime());
    }

    @Test
    void aQuotedHeaderIsSkippedLikeAnUnquotedOne() throws IOException {
        Path file = write("quoted.csv",
                "\"time\",\"open\",\"high\",\"low\",\"close\",\"volume\"",
                "\"1704067200\",\"100\",\"101\",\"99\",\"100.5\",\"2\"");
        ImportResult result = importer.importOhlcv(file, MINUTES);

        assertEquals(1, result.rows());
        assertEquals(0, new BigDecimal("100.5").compareTo(read(MINUTES).get(0).close()));
    }

    @Test
    void reportsEveryBadRowWithItsLineNumberAndImportsNothing() throws IOException {
        Path file = write("bad.csv",
                "1704067200,100,101,99,100,1",
                "1704067260,100,99,101,100,1",
                "1704067290,100,101,99,100,1",
                "1704067320,100,101,99,abc,1",
                "1704067380,100,101,99,100",
                "1704067200,100,101,99,100,1",
                "yesterday,100,101,99,100,1",
                "1704067440,100,101,99,100,-1");
        CsvImportException e = assertThrows(CsvImportException.class, () -> importer.importOhlcv(file, MINUTES));

        assertEquals(7, e.badRows());
        assertEquals(List.of(2L, 3L, 4L, 5L, 6L, 7L, 8L), e.errors().stream().map(RowError::line).toList());
        assertTrue(e.errors().get(0).message().contains("high 99 is below low 101"), e.getMessage());
        assertTrue(e.errors().get(1).message().contains("not the start of a 1m bucket"), e.getMessage());
        assertTrue(e.errors().get(2).message().contains("close is not a decimal number: 'abc'"), e.getMessage());
        assertTrue(e.errors().get(3).message().contains("expected 6 fields"), e.getMessage());
        assertTrue(e.errors().get(4).message().contains("does not follow"), e.getMessage());
        assertTrue(e.errors().get(5).message().contains("neither epoch"), e.getMessage());
        assertTrue(e.errors().get(6).message().contains("volume -1 must not be negative"), e.getMessage());
        assertTrue(e.getMessage().contains("line 2: high 99 is below low 101"), e.getMessage());
        assertTrue(store.list().isEmpty());
    }

    @Test
    void aFailedImportLeavesEarlierCandlesUntouched() throws IOException {
        importer.importOhlcv(write("good.csv", "1704067200,100,101,99,100,1"), MINUTES);
        assertThrows(CsvImportException.class, () -> importer.importOhlcv(
                write("bad.csv", "1704067200,200,201,199,200,1", "1704067260,1,2,3,4,5"), MINUTES));
        List<Candle> candles = read(MINUTES);
        assertEquals(1, candles.size());
        assertEquals(0, new BigDecimal("100").compareTo(candles.get(0).open()));
    }

    @Test
    void refusesMoreDecimalsThanTheStoredSeriesHas() throws IOException {
        importer.importOhlcv(write("a.csv", "1704067200,100,101,99,100,1"), MINUTES);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> importer.importOhlcv(write("b.csv", "1704067260,100,101,99,100,1",
                        "1704067320,100.5,101,99,100,1", "1704067380,100.25,101,99,100,1"), MINUTES));
        assertEquals("bitstamp:BTC-USD:1m is stored with 0 price and 0 volume decimals, but the file needs 2 and 0"
                + " (first a price with more than 0 decimals at line 2); import it under another venue or symbol",
                e.getMessage());
    }

    /** A user's trial: 380000.123 was stored as 380000 without a word, and the bars' amount showed it so. */
    @Test
    void refusesAQuoteVolumeWithMoreDecimalsThanTheStoredSeriesHasInsteadOfRoundingIt() throws IOException {
        importer.importOhlcv(write("a.csv", "time,open,high,low,close,volume", "1704067200,1,2,1,1.5,1"), MINUTES);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> importer.importOhlcv(
                write("b.csv", "time,open,high,low,close,volume,quote_volume", "1704070800,1,2,1,1.5,1,380000.123"), MINUTES));
        assertEquals("bitstamp:BTC-USD:1m is stored with 0 decimals of quote volume, but the file needs 3 (first a quote"
                + " volume with more at line 2); import it under another venue or symbol, or round that column in the file",
                e.getMessage());
        assertEquals(1, read(MINUTES).size(), "nothing written");
    }

    @Test
    void namesTheTradeLineWhoseAmountHasMoreDecimalsThanTheStoredSeries() throws IOException {
        importer.importTrades(write("a.csv", "timestamp,price,amount", "1385337600,800,1"), MINUTES);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> importer.importTrades(
                write("b.csv", "timestamp,price,amount", "1385337660,800,1", "1385337670,800,0.5"), MINUTES));
        assertTrue(e.getMessage().endsWith("but the file needs 0 and 1 (first a volume with more than 0 decimals at line 3);"
                + " import it under another venue or symbol"), e.getMessage());
    }

    @Test
    void hourlyCandlesImportedAsMinutesAreRefusedWithTheResolutionTheyHave() throws IOException {
        String[] hourly = new String[120];
        String[] sparseMinutes = new String[120];
        for (int i = 0; i < 120; i++) {
            hourly[i] = (1704067200 + i * 3600) + ",100,101,99,100,1";
            // gaps of an illiquid market, but two candles a minute apart: minutes they are
            sparseMinutes[i] = (1704067200 + (i == 119 ? 118 * 3600 + 60 : i * 3600)) + ",100,101,99,100,1";
        }

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> importer.importOhlcv(write("hourly.csv", hourly), MINUTES));

        assertTrue(e.getMessage().endsWith("hourly.csv: no two of its 120 candles are one 1m bucket apart (the closest are"
                + " 1h apart), so they are not 1m candles; they look like 1h candles: import them with resolution 1h"),
                e.getMessage());
        assertEquals(List.of(), read(MINUTES), "nothing written");
        assertEquals(120, importer.importOhlcv(write("hourly.csv", hourly),
                new SeriesKey("bitstamp", "BTC-USD", Resolution.H1)).candlesWritten());
        assertEquals(120, importer.importOhlcv(write("sparse.csv", sparseMinutes), MINUTES).candlesWritten());
    }

    @Test
    void aStopRequestEndsTheImportWithNothingWrittenInEitherPass() throws IOException {
        String[] rows = new String[70_000];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = (1704067200 + i * 60L) + ",100,101,99,100,1";
        }
        Path file = write("many.csv", rows);
        int[] asked = new int[1];
        CsvCandleImporter stopsInTheFirstPass = new CsvCandleImporter(store, () -> ++asked[0] > 0);
        CsvCandleImporter stopsInTheWrite = new CsvCandleImporter(store, () -> ++asked[0] > 2);

        assertThrows(StoppableCursor.Stopped.class, () -> stopsInTheFirstPass.importOhlcv(file, MINUTES));
        assertEquals(1, asked[0], "asked once, at row 65,536");
        assertThrows(StoppableCursor.Stopped.class, () -> stopsInTheWrite.importOhlcv(file, MINUTES));
        assertEquals(3, asked[0], "asked at row 65,536, then before the write's first chunk");
        assertEquals(List.of(), read(MINUTES), "nothing written");
        assertEquals(70_000, new CsvCandleImporter(store, () -> false).importOhlcv(file, MINUTES).candlesWritten());
    }

    @Test
    void aFileNewestFirstIsToldToBeSortedInOneLine() throws IOException {
        Path candles = write("desc.csv", "1704067380,100,101,99,100,1", "1704067320,100,101,99,100,1",
                "1704067260,100,101,99,100,1");
        Path trades = write("desc-trades.csv", "timestamp,price,amount", "1385337660,800,1", "1385337600,800,1");

        IllegalArgumentException ohlcv = assertThrows(IllegalArgumentException.class, () -> importer.importOhlcv(candles,
                MINUTES));
        IllegalArgumentException aggregated = assertThrows(IllegalArgumentException.class, () -> importer.importTrades(trades,
                MINUTES));

        assertTrue(ohlcv.getMessage().endsWith("desc.csv: its 3 rows run newest first, each earlier than the row above it;"
                + " sort them oldest first and import the file again"), ohlcv.getMessage());
        assertTrue(aggregated.getMessage().endsWith("desc-trades.csv: its 2 rows run newest first, each earlier than the row"
                + " above it; sort them oldest first and import the file again"), aggregated.getMessage());
        assertEquals(List.of(), read(MINUTES));
    }

    @Test
    void anEmptyFileIsAnError() throws IOException {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> importer.importTrades(write("empty.csv", "timestamp,price,amount", ""), MINUTES));
        assertTrue(e.getMessage().endsWith("has no data rows"), e.getMessage());
    }

    @Test
    void reImportingReplacesCandlesWithTheSameOpenTime() throws IOException {
        importer.importOhlcv(write("a.csv", "1704067200,100,101,99,100,1", "1704067260,100,101,99,100,1"), MINUTES);
        importer.importOhlcv(write("b.csv", "1704067260,100,105,99,104,7", "1704067320,104,104,104,104,1"), MINUTES);
        List<Candle> candles = read(MINUTES);
        assertEquals(3, candles.size());
        assertEquals(0, new BigDecimal("104").compareTo(candles.get(1).close()));
    }

    @Test
    void aggregatesTradesIntoAnyResolution() throws IOException {
        Path file = write("trades.csv",
                "timestamp,price,amount",
                "1385337600,800.01,0.1",
                "1385337613,800.05,0.2",
                "1385337659.9,799.5,1",
                "1385337660,801,0.5",
                "1385337900,802,0.25");
        importer.importTrades(file, MINUTES);
        List<Candle> minutes = read(MINUTES);
        assertEquals(3, minutes.size());
        assertEquals(new Candle(Instant.ofEpochSecond(1385337600), new BigDecimal("800.01"), new BigDecimal("800.05"),
                new BigDecimal("799.50"), new BigDecimal("799.50"), new BigDecimal("1.30"),
                new BigDecimal("1039.51")), minutes.get(0));

        SeriesKey fiveMinutes = new SeriesKey("bitstamp", "BTC-USD", Resolution.M5);
        importer.importTrades(file, fiveMinutes);
        List<Candle> five = read(fiveMinutes);
        assertEquals(2, five.size());
        assertEquals(0, new BigDecimal("801").compareTo(five.get(0).close()));
        assertEquals(0, new BigDecimal("1.8").compareTo(five.get(0).volume()));
        assertEquals(Instant.ofEpochSecond(1385337900), five.get(1).openTime());
    }

    /** A user's trial: TradingView's "Volume MA" in the seventh column was stored as the quote volume, silently. */
    @Test
    void aSeventhColumnHeadedAsAnythingButTheQuoteVolumeIsRefused() throws IOException {
        Path indicator = write("tv.csv", "time,open,high,low,close,Volume,Volume MA", "1704067200,1.5,2,1,1.8,100,75.5");
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> importer.importOhlcv(indicator, MINUTES));
        assertEquals(indicator + ": the header names column 7 'Volume MA', which this import would store as the quote volume"
                + " (time,open,high,low,close,volume[,quoteVolume]): remove that column, or head it quote_volume if it is"
                + " the volume in the quote asset", refused.getMessage());
        assertTrue(store.describe(MINUTES).isEmpty(), "nothing stored");

        importer.importOhlcv(write("qv.csv", "time,open,high,low,close,volume,Quote asset volume",
                "1704067200,1.5,2,1,1.8,100,150"), MINUTES);
        assertEquals(0, new BigDecimal("150").compareTo(read(MINUTES).get(0).quoteVolume()));
    }

    /** Columns are read by position: with its header saying so, amounts were stored as prices without a word. */
    @Test
    void aHeaderNamingColumnsInAnotherOrderIsRefusedAndNothingStored() throws IOException {
        Path swapped = write("swapped.csv", "timestamp,amount,price", "1704067200,0.5,30000.10");
        IllegalArgumentException trades = assertThrows(IllegalArgumentException.class, () -> importer.importTrades(swapped, MINUTES));
        assertEquals(swapped + ": the header names column 2 'amount', but this import reads the price there"
                + " (time,price,amount); put the columns in that order, or the values are stored as the wrong ones",
                trades.getMessage());
        // a row valid as read by position: only the header tells the columns are not where they are read
        Path candles = write("candles.csv", "time,volume,open,high,low,close", "1704067200,100,101,99,100,1");
        IllegalArgumentException ohlcv = assertThrows(IllegalArgumentException.class, () -> importer.importOhlcv(candles, MINUTES));
        assertTrue(ohlcv.getMessage().startsWith(candles + ": the header names column 2 'volume', but this import reads the"
                + " open there"), ohlcv.getMessage());
        assertTrue(store.describe(MINUTES).isEmpty(), "nothing stored");

        importer.importTrades(write("volume.csv", "\"Time\",\"Price\",\"Volume\"", "1704067200,100,1"), MINUTES);
        importer.importTrades(write("unknown.csv", "when,what,how much", "1704067260,100,1"), MINUTES);
        assertEquals(2, store.describe(MINUTES).orElseThrow().count(), "an amount headed volume, and names not known, pass");
    }

    /** A candle's volume past a long at 18 amount decimals (9.22 units) was an internal error. */
    @Test
    void aCandleTooBigForItsDecimalsIsARowError() throws IOException {
        List<String> rows = new ArrayList<>(List.of("time,price,amount"));
        for (int i = 0; i < 100; i++) {
            rows.add((1704067200 + i / 2) + ",100,0.100000000000000001");
        }
        Path large = write("large.csv", rows.toArray(String[]::new));
        CsvImportException tooBig = assertThrows(CsvImportException.class, () -> importer.importTrades(large, MINUTES));
        assertTrue(tooBig.getMessage().contains("the 1m candle at 2024-01-01T00:00:00Z trades more than a candle can hold at"
                + " 18 amount decimals (9.223372036854775807): round the amounts to fewer decimals"), tooBig.getMessage());
        assertTrue(store.describe(MINUTES).isEmpty(), "nothing stored");
    }

    /** A spreadsheet's semicolons made "line 1 has 1 fields" with no word on why. */
    @Test
    void aFileWithAnotherSeparatorIsToldToUseCommas() throws IOException {
        Path semicolons = write("semicolons.csv", "1704067200;100;1");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CsvFormat.detect(semicolons));
        assertTrue(e.getMessage().endsWith("line 1 has 1 field, so it is neither trades (time,price,amount) nor candles"
                + " (time,open,high,low,close,volume[,quoteVolume]); its fields seem separated by ';': fields are separated"
                + " by commas"), e.getMessage());
        // with the format named, each row says so too
        CsvImportException rows = assertThrows(CsvImportException.class, () -> importer.importTrades(semicolons, MINUTES));
        assertTrue(rows.getMessage().contains("expected 3 fields time,price,amount, found 1; its fields seem separated by"
                + " ';'"), rows.getMessage());
    }

    /** A trades file imported as candles was told to reorder its columns, which cannot make it candles. */
    @Test
    void aFileOfTheOtherFormatIsToldToChangeTheFormatNotTheColumns() throws IOException {
        Path trades = write("trades.csv", "time,price,amount", "1704067200,100,1");
        IllegalArgumentException asCandles = assertThrows(IllegalArgumentException.class,
                () -> importer.importOhlcv(trades, MINUTES));
        assertEquals(trades + ": its header (time,price,amount) is a file of trades, not of"
                + " time,open,high,low,close,volume[,quoteVolume]: import it as trades (--format trades, or auto)",
                asCandles.getMessage());
        Path candles = write("ohlcv.csv", "time,open,high,low,close,volume", "1704067200,100,101,99,100,1");
        IllegalArgumentException asTrades = assertThrows(IllegalArgumentException.class,
                () -> importer.importTrades(candles, MINUTES));
        assertTrue(asTrades.getMessage().endsWith("is a file of candles (ohlcv), not of time,price,amount: import it as"
                + " candles (--format ohlcv, or auto)"), asTrades.getMessage());
    }

    /** A volume written 1,000 under a six-column header was stored as 1, its "000" taken for the quote volume. */
    @Test
    void aRowWithMoreFieldsThanTheHeaderNamesIsRefused() throws IOException {
        Path comma = write("comma.csv", "time,open,high,low,close,volume\n2024-01-01T00:00:00Z,100,101,99,100,1,000");

        CsvImportException e = assertThrows(CsvImportException.class, () -> importer.importOhlcv(comma, MINUTES));

        assertTrue(e.getMessage().contains("line 2: has 7 fields but the header names 6: a number written with a thousands"
                + " separator (1,000) splits in two; write numbers without one (1000)"), e.getMessage());
        assertTrue(store.describe(MINUTES).isEmpty(), "nothing stored");
        // a user's trial: a spreadsheet's semicolons and decimal commas were blamed on a thousands separator
        Path semicolons = write("semi.csv", "time;open;high;low;close;volume\n1704067200;42000,5;42001,5;41999,5;42000,5;1,5");
        CsvImportException separated = assertThrows(CsvImportException.class, () -> importer.importOhlcv(semicolons, MINUTES));
        assertTrue(separated.getMessage().contains("line 2: has 6 fields but the header names 1; its fields seem separated by"
                + " ';': fields are separated by commas, and a decimal comma (42000,5) splits a number in two: save the file"
                + " with commas between fields and decimal points"), separated.getMessage());
        Path quoteVolume = write("quote.csv", "time,open,high,low,close,volume,quote_volume\n"
                + "2024-01-01T00:00:00Z,100,101,99,100,1,100");
        assertEquals(1, importer.importOhlcv(quoteVolume, MINUTES).rows(), "a seventh column the header names is read");
    }

    /** A header naming a quote volume over rows without one was imported, those rows' quote volumes left out. */
    @Test
    void aRowWithoutTheQuoteVolumeItsHeaderNamesIsRefused() throws IOException {
        Path cut = write("cut.csv", "time,open,high,low,close,volume,quote_volume\n2024-01-01T00:00:00Z,100,101,99,100,1,100\n"
                + "2024-01-01T00:01:00Z,100,101,99,100,1\n");

        CsvImportException e = assertThrows(CsvImportException.class, () -> importer.importOhlcv(cut, MINUTES));

        assertTrue(e.getMessage().contains("line 3: has 6 fields but the header names 7: give the quote volume on every row,"
                + " or take it out of the header"), e.getMessage());
        assertTrue(store.describe(MINUTES).isEmpty(), "nothing stored");
    }

    /** A trades file has no quote volume column: the overflow named neither the candle nor anything to change. */
    @Test
    void aCandleWhoseQuoteVolumeIsTooBigNamesItAndWhatToChange() throws IOException {
        List<String> rows = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            rows.add((1704067200 + i / 2) + ",12345678.12345678,1000");
        }
        Path large = write("quote.csv", rows.toArray(String[]::new));
        // the last candle is made at the end of the file, so the candle is named rather than a line
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> importer.importTrades(large, MINUTES));
        assertTrue(e.getMessage().contains("the 1m candle at 2024-01-01T00:00:00Z trades a quote volume (price × amount) of"
                + " 1234567812345.67800000, more than a candle keeps at 8 decimals (92233720368.54775807): use fewer"
                + " price decimals, or import at a finer resolution"), e.getMessage());
        assertTrue(store.describe(MINUTES).isEmpty(), "nothing stored");
    }

    @Test
    void rejectsTradesOutOfTimeOrder() throws IOException {
        Path file = write("trades.csv", "1385337600,800,1", "1385337599,800,1", "1385337601,0,1");
        CsvImportException e = assertThrows(CsvImportException.class, () -> importer.importTrades(file, MINUTES));
        assertEquals(List.of(2L, 3L), e.errors().stream().map(RowError::line).toList());
        assertTrue(e.errors().get(0).message().contains("trades must be in time order"));
        assertTrue(e.errors().get(1).message().contains("price 0 must be greater than zero"));
    }

    @Test
    void listsAtMostTwentyBadRowsButCountsAll() throws IOException {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            lines.add("x" + i);
        }
        Path file = write("junk.csv", lines.toArray(String[]::new));
        CsvImportException e = assertThrows(CsvImportException.class, () -> importer.importTrades(file, MINUTES));
        assertEquals(49, e.badRows());
        assertEquals(CsvImportException.MAX_LISTED, e.errors().size());
        assertEquals(2, e.errors().get(0).line());
        assertTrue(e.getMessage().contains("... and 29 more"), e.getMessage());
    }

    private Path write(String name, String... lines) throws IOException {
        return Files.write(dir.resolve(name), List.of(lines));
    }

    private List<Candle> read(SeriesKey key) {
        List<Candle> candles = new ArrayList<>();
        try (CandleCursor cursor = store.read(key, Instant.EPOCH, FAR)) {
            for (CandleChunk c = cursor.next(); c != null; c = cursor.next()) {
                for (int i = 0; i < c.size(); i++) {
                    candles.add(c.candle(i));
                }
            }
        }
        return candles;
    }
}
