package io.tradewind.backtest.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A report's closed trades counted by why the order that closed each was placed
 * ({@code context.because}): how often the stop-loss, the take-profit or the signal ended a trade,
 * and what each earned. Empty for a strategy that gives no reasons.
 */
final class ExitReasons {

    /** What a trade without an exit reason is counted under. */
    static final String NONE = "(no reason)";

    /** @param pnl net of fees, in the quote asset */
    record Row(String reason, int trades, int wins, BigDecimal pnl) {
    }

    private ExitReasons() {
    }

    /** Most trades first, then by reason; empty when no trade has an exit reason. */
    static List<Row> of(List<ClosedTrade> trades) {
        if (trades.stream().allMatch(t -> t.exitReason() == null)) {
            return List.of();
        }
        Map<String, Row> rows = new LinkedHashMap<>();
        for (ClosedTrade trade : trades) {
            String reason = trade.exitReason() == null ? NONE : trade.exitReason();
            Row row = rows.getOrDefault(reason, new Row(reason, 0, 0, BigDecimal.ZERO));
            rows.put(reason, new Row(reason, row.trades() + 1, row.wins() + (trade.pnl().signum() > 0 ? 1 : 0),
                    row.pnl().add(trade.pnl())));
        }
        List<Row> sorted = new ArrayList<>(rows.values());
        sorted.sort(Comparator.comparingInt(Row::trades).reversed().thenComparing(Row::reason));
        return sorted;
    }
}
