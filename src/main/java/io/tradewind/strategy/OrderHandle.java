package io.tradewind.strategy;

import io.tradewind.domain.OrderStatus;
import java.util.List;

/**
 * What became of an order a strategy asked for: its client order id and status right after
 * submission. A refused order has status {@code rejected} and says why: the venue's rejection
 * reasons, or the local risk limit that refused it.
 */
public record OrderHandle(String uid, OrderStatus status, List<String> reasons) {

    public boolean isRejected() {
        return status == OrderStatus.REJECTED;
    }
}
