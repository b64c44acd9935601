package io.tradewind.marketdata.csv;

/**
 * Whether a file's rows run newest first, each before the row above it: an export in that order
 * got one "does not follow the previous row" per row, twenty of them listed, and not the one
 * thing to do, sort it.
 */
final class NewestFirst {

    private long last;
    private long rows;
    private long before;

    /** A row read, in file order. */
    void row(long time) {
        if (rows > 0 && time < last) {
            before++;
        }
        last = time;
        rows++;
    }

    /** The refusal of a file of {@code fileRows} rows that all run newest first (every one read), or null. */
    String refusal(Object file, long fileRows) {
        return rows < 2 || rows != fileRows || before != rows - 1 ? null : file + ": its " + rows + " rows run newest first, each earlier"
                + " than the row above it; sort them oldest first and import the file again";
    }
}
