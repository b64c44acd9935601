package io.tradewind.marketdata.csv;

/**
 * Splits one line of a numeric CSV file into trimmed fields, by positions rather than new
 * strings. Candle and trade files are plain numbers and timestamps, never commas inside quotes,
 * so this small splitter replaces a general CSV library and its per-record objects on files of
 * millions of rows; a pair of double quotes around a field is removed.
 */
final class CsvFields {

    private final int[] starts;
    private final int[] ends;
    private String line;
    private int count;

    CsvFields(int maxFields) {
        starts = new int[maxFields];
        ends = new int[maxFields];
    }

    /** Splits {@code text} (up to the maximum); returns how many fields it has, all of them counted. */
    int split(String text) {
        line = text;
        count = 0;
        int start = 0;
        int length = text.length();
        while (true) {
            int comma = text.indexOf(',', start);
            int end = comma < 0 ? length : comma;
            if (count == starts.length) {
                // a comma is always a separator, so the commas count the fields a row with too many has
                return (int) text.chars().filter(c -> c == ',').count() + 1;
            }
            int s = start;
            int e = end;
            while (s < e && Character.isWhitespace(text.charAt(s))) {
                s++;
            }
            while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
                e--;
            }
            if (e - s >= 2 && text.charAt(s) == '"' && text.charAt(e - 1) == '"') {
                s++;
                e--;
            }
            starts[count] = s;
            ends[count] = e;
            count++;
            if (comma < 0) {
                return count;
            }
            start = comma + 1;
        }
    }

    String text(int field) {
        return line.substring(starts[field], ends[field]);
    }

    void parseDecimal(int field, ParsedDecimal into, String name) {
        into.parse(line, starts[field], ends[field], name);
    }

    /** A file with more columns than candles have: which to keep, e.g. of a Binance kline export (12 columns). */
    static String extraColumnsHint(int fields) {
        return fields <= 7 ? "" : "; if its first six columns are time,open,high,low,close,volume (as in a Binance kline"
                + " export), keep those six and import that";
    }

    /** A file exported with another separator (a spreadsheet's semicolons, tabs): what to change. */
    static String separatorHint(String line) {
        for (String separator : new String[] {";", "\t", "|"}) {
            if (line.contains(separator)) {
                return "; its fields seem separated by '" + (separator.equals("\t") ? "tab" : separator)
                        + "': fields are separated by commas";
            }
        }
        return "";
    }
}
