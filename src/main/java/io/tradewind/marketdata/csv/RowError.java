package io.tradewind.marketdata.csv;

/** One rejected CSV row: its 1-based line number in the file and what is wrong with it. */
public record RowError(long line, String message) {

    @Override
    public String toString() {
        return "line " + line + ": " + message;
    }
}
