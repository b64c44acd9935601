package io.tradewind.strategy;

import io.tradewind.domain.EditDistance;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/** Class names to strategy names: {@code RsiMeanReversion} → {@code rsi-mean-reversion}. */
public final class StrategyNames {

    /** Where a lower-case letter or digit meets an upper-case one; compiled once, names are asked for often. */
    private static final Pattern WORD_BOUNDARY = Pattern.compile("([a-z0-9])([A-Z])");

    private StrategyNames() {
    }

    static String kebabCase(String className) {
        return WORD_BOUNDARY.matcher(className).replaceAll("$1-$2").toLowerCase(Locale.ROOT);
    }

    /**
     * The error for a strategy name that no plugin has, listing those that do. A class name given
     * for its strategy's name ({@code SmaCrossover}, {@code ParamZoo} whose {@code name()} is
     * {@code zoo}) is told the name it meant.
     *
     * @param nameByClassName each plugin's name by its class's simple name
     */
    public static IllegalArgumentException unknown(String name, Map<String, String> nameByClassName) {
        Set<String> names = new TreeSet<>(nameByClassName.values());
        String meant = nameByClassName.get(name);
        if (meant == null) {
            String kebab = kebabCase(name.strip());
            meant = names.stream().filter(known -> known.equals(kebab)).findFirst().orElse(null);
        }
        String hint = meant == null ? "" : " (did you mean " + meant + "? a strategy is named by its name(), by default its"
                + " class name in kebab case)";
        if (meant == null) {
            // a typo (bollinger-revresion): the one name at most two edits away, none when two are as close
            List<String> close = names.stream().filter(known -> EditDistance.between(name.strip(), known) <= 2).toList();
            hint = close.size() == 1 ? " (did you mean " + close.get(0) + "?)" : "";
        }
        return new IllegalArgumentException("no strategy named '" + name + "'" + hint + " (strategies: " + String.join(", ", names)
                + "); a strategy is a class in strategies/ annotated @StrategyPlugin");
    }
}
