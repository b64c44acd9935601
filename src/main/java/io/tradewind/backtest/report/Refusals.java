package io.tradewind.backtest.report;

import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The strategy's orders refused by the local checks before reaching the venue (risk limits,
 * balance, the instrument's rules).
 *
 * @param count   how many orders were refused
 * @param byLimit how many the execution service refused under each limit, by the limit's name
 *                ({@code max_notional}, {@code balance}, …); an order breaking two counts under both
 * @param first   the first refusal in words (which order, when, and every limit it broke with the
 *                figures), or null when none was refused by a limit
 */
public record Refusals(long count, Map<String, Long> byLimit, String first) {

    public Refusals {
        byLimit = Collections.unmodifiableMap(new TreeMap<>(byLimit));
    }

    /**
     * The first refusal in one sentence, with a hint for a run in which nothing filled: its figures
     * say nothing of the strategy, and the refusals are the first place to look. Null when no limit
     * refused an order.
     *
     * @param nothingFilled whether no order of the run filled
     */
    public String inWords(boolean nothingFilled) {
        if (first == null) {
            return null;
        }
        String sentence = String.format(Locale.ROOT, "Refused orders: %,d; the first, %s.", count, first);
        return nothingFilled
                ? sentence + " Nothing filled in this run: if the strategy should have traded, look at that limit"
                        + " (or the strategy's order size) first."
                : sentence;
    }

    /** A count without the details: orders refused before a limit applied (the instance's guard). */
    public static Refusals counted(long count) {
        return new Refusals(count, Map.of(), null);
    }
}
