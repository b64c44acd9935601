package io.tradewind.backtest.report;

import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What the strategy did with the candles of the range: a run in which it placed no order shows
 * only zeros and n/a, which read the same as a market that gave it nothing, so the report says
 * that no order was placed and where to look.
 *
 * @param candles       the range's candles the strategy decided on (after its warm-up)
 * @param warmupInRange the range's first candles that went to the warm-up, because fewer were
 *                      stored before {@code from} than it declares
 * @param ordersPlaced  the orders the strategy asked for: those that reached the execution service
 *                      (refused ones included) and those its context rejected as invalid
 */
public record Decisions(long candles, long warmupInRange, long ordersPlaced) {

    /** For reports made without these counts: says nothing. */
    public static Decisions unknown() {
        return new Decisions(0, 0, -1);
    }

    /**
     * A sentence for a run in which the strategy placed no order; null otherwise.
     *
     * @param parameters the strategy's parameters, named in the hint
     */
    public String inWords(Map<String, String> parameters) {
        if (ordersPlaced != 0) {
            return null;
        }
        String warmup = warmupInRange == 0 ? ""
                : String.format(Locale.ROOT, " (the range's first %,d went to its warm-up: too few candles are stored before"
                        + " from)", warmupInRange);
        String named = parameters.isEmpty() ? "its parameters"
                : "its parameters (" + parameters.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                        .collect(Collectors.joining(", ")) + ")";
        return String.format(Locale.ROOT, "No order: the strategy placed none on the %,d candles it decided on%s, so the"
                + " figures say nothing of it; if it should have traded, look at %s and the range.", candles, warmup, named);
    }
}
