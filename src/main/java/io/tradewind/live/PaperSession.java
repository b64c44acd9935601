package io.tradewind.live;

import io.tradewind.execution.TradePage;
import io.tradewind.execution.VenueOrder;
import io.tradewind.execution.VenueTrade;

/**
 * Keeps the ids of an in-memory paper venue apart from those of earlier runs. The simulated
 * exchange numbers its orders and trades from 1 each time it starts, but the store keeps fills
 * (deduplicated by trade id) and a trade cursor from earlier runs: without a run's own prefix, a
 * new run's fills would be taken for old ones, and an old cursor would point past the new history.
 */
final class PaperSession {

    private final String prefix;

    PaperSession(long startMillis) {
        this.prefix = "p" + Long.toString(startMillis, 36) + "-";
    }

    VenueOrder order(VenueOrder order) {
        return new VenueOrder(order.clientOrderId(), order.venueOrderId() == null ? null : prefix + order.venueOrderId(),
                order.account(), order.symbol(), order.side(), order.type(), order.price(), order.quantity(),
                order.stopPrice(), order.timeInForce(), order.status(), order.filled(), order.rejectionReasons(),
                order.sessionId(), order.holdId(), order.trades().stream().map(this::trade).toList(), order.updatedAt());
    }

    VenueTrade trade(VenueTrade trade) {
        return new VenueTrade(prefix + trade.tradeId(), trade.clientOrderId(), trade.symbol(), trade.side(), trade.price(),
                trade.quantity(), trade.fee(), trade.feeAsset(), trade.time());
    }

    /** The simulated venue's own cursor, or null (its beginning) for a cursor of an earlier run. */
    String venueCursor(String cursor) {
        return cursor != null && cursor.startsWith(prefix) ? cursor.substring(prefix.length()) : null;
    }

    TradePage page(TradePage page) {
        return new TradePage(page.trades().stream().map(this::trade).toList(), prefix + page.nextCursor(), page.more());
    }
}
