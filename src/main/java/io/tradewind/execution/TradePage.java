package io.tradewind.execution;

import java.util.List;

/**
 * Own trades returned by {@link OrderGateway#ownTrades}, oldest first, with the cursor to pass on
 * the next call.
 *
 * @param nextCursor opaque position after the last trade of this page; equal to the cursor passed
 *                   in when there was nothing new
 * @param more       whether another page is available right away
 */
public record TradePage(List<VenueTrade> trades, String nextCursor, boolean more) {

    public TradePage {
        trades = List.copyOf(trades);
    }
}
