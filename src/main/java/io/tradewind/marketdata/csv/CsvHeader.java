package io.tradewind.marketdata.csv;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A header line's column names checked against the layout's column order. The columns are read by
 * position, so a file whose header says {@code timestamp,amount,price} was imported with amounts as
 * prices, silently. Names this class does not know pass: a header is optional and free text.
 */
final class CsvHeader {

    private enum Column {
        TIME("the time"), PRICE("the price"), AMOUNT("the amount"), OPEN("the open"), HIGH("the high"), LOW("the low"),
        CLOSE("the close"), VOLUME("the volume"), QUOTE_VOLUME("the quote volume");

        private final String words;

        Column(String words) {
            this.words = words;
        }
    }

    /** Column names in common exports (Bitstamp, Binance, Kaggle dumps), lower case, without quotes or spaces. */
    private static final Map<String, Column> NAMES = Map.ofEntries(
            Map.entry("time", Column.TIME), Map.entry("timestamp", Column.TIME), Map.entry("date", Column.TIME),
            Map.entry("datetime", Column.TIME), Map.entry("unix", Column.TIME), Map.entry("opentime", Column.TIME),
            Map.entry("open_time", Column.TIME), Map.entry("ts", Column.TIME),
            Map.entry("price", Column.PRICE), Map.entry("rate", Column.PRICE),
            Map.entry("amount", Column.AMOUNT), Map.entry("qty", Column.AMOUNT), Map.entry("quantity", Column.AMOUNT),
            Map.entry("size", Column.AMOUNT),
            Map.entry("open", Column.OPEN), Map.entry("high", Column.HIGH), Map.entry("low", Column.LOW),
            Map.entry("close", Column.CLOSE),
            Map.entry("volume", Column.VOLUME), Map.entry("vol", Column.VOLUME),
            Map.entry("quotevolume", Column.QUOTE_VOLUME), Map.entry("quote_volume", Column.QUOTE_VOLUME),
            Map.entry("quoteassetvolume", Column.QUOTE_VOLUME), Map.entry("quote_asset_volume", Column.QUOTE_VOLUME),
            Map.entry("turnover", Column.QUOTE_VOLUME));

    /** What each position of a trades file may be called: an amount is often headed "volume". */
    private static final List<Set<Column>> TRADES = List.of(Set.of(Column.TIME), Set.of(Column.PRICE),
            Set.of(Column.AMOUNT, Column.VOLUME));
    private static final List<Set<Column>> OHLCV = List.of(Set.of(Column.TIME), Set.of(Column.OPEN), Set.of(Column.HIGH),
            Set.of(Column.LOW), Set.of(Column.CLOSE), Set.of(Column.VOLUME, Column.AMOUNT), Set.of(Column.QUOTE_VOLUME));

    private CsvHeader() {
    }

    /** @throws IllegalArgumentException a column named for another position than the trades layout reads it at */
    static void checkTrades(Path file, String header) {
        check(file, header, TRADES, "time,price,amount", OHLCV, "candles (ohlcv)");
    }

    /** @throws IllegalArgumentException a column named for another position than the candle layout reads it at */
    static void checkOhlcv(Path file, String header) {
        check(file, header, OHLCV, "time,open,high,low,close,volume[,quoteVolume]", TRADES, "trades");
        String[] names = header == null ? new String[0] : header.split(",", -1);
        // the seventh column is stored as the quote volume, which strategies read as the bars' amount: a
        // TradingView "Volume MA" or a trade count there was stored as one without a word
        if (names.length == OHLCV.size() && column(names[6]) != Column.QUOTE_VOLUME) {
            throw new IllegalArgumentException(file + ": the header names column 7 '" + names[6].strip() + "', which this"
                    + " import would store as the quote volume (time,open,high,low,close,volume[,quoteVolume]): remove"
                    + " that column, or head it quote_volume if it is the volume in the quote asset");
        }
    }

    private static void check(Path file, String header, List<Set<Column>> layout, String order,
            List<Set<Column>> otherLayout, String otherFormat) {
        if (header == null) {
            return;
        }
        String[] names = header.split(",", -1);
        for (int i = 0; i < Math.min(names.length, layout.size()); i++) {
            Column named = column(names[i]);
            if (named != null && !layout.get(i).contains(named)) {
                if (fits(names, otherLayout)) {
                    // reordering the columns cannot make one format the other: the format is what to change
                    throw new IllegalArgumentException(file + ": its header (" + header.strip() + ") is a file of "
                            + otherFormat + ", not of " + order + ": import it as " + otherFormat.split(" ")[0]
                            + " (--format " + (otherLayout == TRADES ? "trades" : "ohlcv") + ", or auto)");
                }
                Column read = layout.get(i).iterator().next();
                throw new IllegalArgumentException(file + ": the header names column " + (i + 1) + " '"
                        + names[i].strip() + "', but this import reads " + read.words + " there (" + order
                        + "); put the columns in that order, or the values are stored as the wrong ones");
            }
        }
    }

    private static Column column(String name) {
        return NAMES.get(name.replace("\"", "").strip().replace(" ", "_").toLowerCase(Locale.ROOT));
    }

    /** Whether every column the header names is where {@code layout} reads it, and it names as many as the layout's. */
    private static boolean fits(String[] names, List<Set<Column>> layout) {
        if (names.length > layout.size() || names.length < (layout == OHLCV ? 6 : 3)) {
            return false;
        }
        for (int i = 0; i < names.length; i++) {
            Column named = column(names[i]);
            if (named == null || !layout.get(i).contains(named)) {
                return false;
            }
        }
        return true;
    }
}
