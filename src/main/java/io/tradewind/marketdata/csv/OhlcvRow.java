package io.tradewind.marketdata.csv;

import io.tradewind.marketdata.Resolution;
import java.time.Instant;

/**
 * One parsed row of an OHLCV file, {@code time,open,high,low,close,volume[,quoteVolume]}, reused
 * from row to row. A missing quote volume reads as zero: most candle exports do not carry it.
 */
final class OhlcvRow {

    private final Resolution resolution;
    private final CsvFields fields = new CsvFields(7);
    long openTime;
    final ParsedDecimal open = new ParsedDecimal();
    final ParsedDecimal high = new ParsedDecimal();
    final ParsedDecimal low = new ParsedDecimal();
    final ParsedDecimal close = new ParsedDecimal();
    final ParsedDecimal volume = new ParsedDecimal();
    final ParsedDecimal quoteVolume = new ParsedDecimal();

    OhlcvRow(Resolution resolution) {
        this.resolution = resolution;
    }

    /**
     * Parses and checks {@code line}.
     *
     * @throws IllegalArgumentException saying what is wrong with the row
     */
    void read(String line) {
        read(line, null);
    }

    /**
     * Parses and checks {@code line} of a file whose first line is {@code header} (null without
     * one): a row with more fields than the header names is refused, since a number written with a
     * thousands separator ({@code 1,000}) splits into two and the second would be read as the quote volume.
     *
     * @throws IllegalArgumentException saying what is wrong with the row
     */
    void read(String line, String header) {
        int count = fields.split(line);
        if (count != 6 && count != 7) {
            throw new IllegalArgumentException("expected 6 fields time,open,high,low,close,volume"
                    + " (and optionally quote volume), found " + count + CsvFields.separatorHint(line)
                    + CsvFields.extraColumnsHint(count));
        }
        int named = header == null ? count : header.split(",", -1).length;
        if (count > named) {
            String separated = CsvFields.separatorHint(header);
            // a spreadsheet in a locale of decimal commas writes 42000,5 between semicolons
            throw new IllegalArgumentException("has " + count + " fields but the header names " + named + (separated.isEmpty()
                    ? ": a number written with a thousands separator (1,000) splits in two; write numbers without one (1000)"
                    : separated + ", and a decimal comma (42000,5) splits a number in two: save the file with commas"
                            + " between fields and decimal points"));
        }
        if (count == 6 && named == 7) {
            // the header promises a quote volume this row lacks: a cut row, or a column shifted
            throw new IllegalArgumentException("has 6 fields but the header names 7: give the quote volume on every row,"
                    + " or take it out of the header");
        }
        long millis = Timestamps.parseMillis(fields.text(0));
        if (millis % 1000 != 0 || !resolution.isAligned(millis / 1000)) {
            throw new IllegalArgumentException("time " + Instant.ofEpochMilli(millis) + " is not the start of a "
                    + resolution.label() + " bucket");
        }
        openTime = millis / 1000;
        fields.parseDecimal(1, open, "open");
        fields.parseDecimal(2, high, "high");
        fields.parseDecimal(3, low, "low");
        fields.parseDecimal(4, close, "close");
        fields.parseDecimal(5, volume, "volume");
        if (count == 7) {
            fields.parseDecimal(6, quoteVolume, "quote volume");
        } else {
            quoteVolume.parse("0", 0, 1, "quote volume");
        }
        check();
    }

    private void check() {
        if (low.signum() <= 0) {
            throw new IllegalArgumentException("low " + low + " must be greater than zero");
        }
        if (high.compareTo(low) < 0) {
            throw new IllegalArgumentException("high " + high + " is below low " + low);
        }
        if (open.compareTo(high) > 0 || open.compareTo(low) < 0) {
            throw new IllegalArgumentException("open " + open + " is outside low..high " + low + ".." + high);
        }
        if (close.compareTo(high) > 0 || close.compareTo(low) < 0) {
            throw new IllegalArgumentException("close " + close + " is outside low..high " + low + ".." + high);
        }
        if (volume.signum() < 0) {
            throw new IllegalArgumentException("volume " + volume + " must not be negative");
        }
        if (quoteVolume.signum() < 0) {
            throw new IllegalArgumentException("quote volume " + quoteVolume + " must not be negative");
        }
    }

    int priceScale() {
        return Math.max(Math.max(open.scale, high.scale), Math.max(low.scale, close.scale));
    }
}
