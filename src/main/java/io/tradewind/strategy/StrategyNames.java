package io.tradewind.strategy;

import java.util.Locale;
import java.util.regex.Pattern;

/** Class names to strategy names: {@code RsiMeanReversion} → {@code rsi-mean-reversion}. */
final class StrategyNames {

    /** Where a lower-case letter or digit meets an upper-case one; compiled once, names are asked for often. */
    private static final Pattern WORD_BOUNDARY = Pattern.compile("([a-z0-9])([A-Z])");

    private StrategyNames() {
    }

    static String kebabCase(String className) {
        return WORD_BOUNDARY.matcher(className).replaceAll("$1-$2").toLowerCase(Locale.ROOT);
    }
}
