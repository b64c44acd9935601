package io.tradewind.strategy;

import io.tradewind.domain.OrderStatus;
import io.tradewind.domain.RejectionReason;
import java.math.BigDecimal;
import java.util.List;

/** A change of one of the strategy's orders, as the execution service recorded it. */
public record OrderUpdate(String uid, OrderStatus status, BigDecimal filled, List<RejectionReason> rejectionReasons) {
}
