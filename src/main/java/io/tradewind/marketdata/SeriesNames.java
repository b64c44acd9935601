package io.tradewind.marketdata;

/**
 * The characters a stored series' venue and symbol may hold. A look-alike typed or pasted by
 * mistake (a Unicode hyphen in {@code BTC‐USD}, a space) would otherwise create a second series
 * that no backtest or instance finds, and a colon would make {@code venue:SYMBOL} (a chart's
 * ticker) ambiguous.
 */
public final class SeriesNames {

    private SeriesNames() {
    }

    /** @throws IllegalArgumentException naming {@code option}, the first character not allowed and its code point */
    public static void checkVenue(String option, String venue) {
        check(option, venue, "-_.", "e.g. sim or nobitex");
    }

    /** @throws IllegalArgumentException as {@link #checkVenue}, for a symbol, which may also hold {@code /} */
    public static void checkSymbol(String option, String symbol) {
        check(option, symbol, "-_./", "e.g. BTC-USD");
    }

    private static void check(String option, String value, String punctuation, String example) {
        for (int i = 0; i < value.length(); ) {
            int c = value.codePointAt(i);
            boolean allowed = c < 128 && (Character.isLetterOrDigit(c) || punctuation.indexOf(c) >= 0);
            if (!allowed) {
                throw new IllegalArgumentException(String.format("%s '%s': character %d, %s (U+%04X), is not allowed: use"
                                + " ASCII letters, digits and %s only, %s", option, value, value.codePointCount(0, i) + 1,
                        Character.isWhitespace(c) ? "a space" : "'" + Character.toString(c) + "'", c,
                        String.join(" ", punctuation.split("")), example));
            }
            i += Character.charCount(c);
        }
    }
}
