package io.tradewind.marketdata;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** An order book's levels at one time: bids best (highest) first, asks best (lowest) first. */
public record DepthSnapshot(String symbol, Instant time, List<PriceLevel> bids, List<PriceLevel> asks) {

    public DepthSnapshot {
        bids = List.copyOf(bids);
        asks = List.copyOf(asks);
    }

    /** Mid price between best bid and best ask, or null when a side is empty. */
    public BigDecimal mid() {
        if (bids.isEmpty() || asks.isEmpty()) {
            return null;
        }
        return bids.get(0).price().add(asks.get(0).price()).divide(BigDecimal.valueOf(2));
    }
}
