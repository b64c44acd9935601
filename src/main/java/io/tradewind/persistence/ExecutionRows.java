package io.tradewind.persistence;

import io.tradewind.domain.OrderStatus;
import io.tradewind.domain.OrderType;
import io.tradewind.domain.RejectionReason;
import io.tradewind.domain.Side;
import io.tradewind.domain.TimeInForce;
import io.tradewind.execution.BalanceRecord;
import io.tradewind.execution.FillRecord;
import io.tradewind.execution.HoldRecord;
import io.tradewind.execution.OrderEvent;
import io.tradewind.execution.OrderEventType;
import io.tradewind.execution.OrderRecord;
import io.tradewind.execution.PositionRecord;
import io.tradewind.execution.StoreException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** Pure mappings between execution records and table rows. */
final class ExecutionRows {

    /** Decimals the amount columns keep; a finer value is refused, never rounded. */
    static final int AMOUNT_SCALE = 18;

    private ExecutionRows() {
    }

    static void copy(OrderRecord o, OrderEntity e) {
        e.clientOrderId = o.clientOrderId();
        e.venue = o.venue();
        e.venueOrderId = o.venueOrderId();
        e.strategyInstance = o.strategyInstance();
        e.userId = o.userId();
        e.walletId = o.account();
        e.symbol = o.symbol();
        e.side = o.side().wireName();
        e.type = o.type().wireName();
        e.price = exact(o.price(), "price of order " + o.clientOrderId());
        e.quantity = exact(o.quantity(), "quantity of order " + o.clientOrderId());
        e.filled = exact(o.filled(), "filled of order " + o.clientOrderId());
        e.timeInForce = o.timeInForce().wireName();
        e.status = o.status().wireName();
        e.stopPrice = exact(o.stopPrice(), "stop price of order " + o.clientOrderId());
        e.expireAt = o.expireAt();
        e.rejectionReasons = o.rejectionReasons().isEmpty() ? null
                : o.rejectionReasons().stream().map(RejectionReason::wireName).collect(Collectors.joining(","));
        e.brokerId = o.brokerId();
        e.sessionId = o.sessionId();
        e.holdId = o.holdId();
        e.cancelRequested = o.cancelRequested();
        e.createdAt = o.createdAt();
        e.updatedAt = o.updatedAt();
    }

    static OrderRecord order(OrderEntity e) {
        List<RejectionReason> reasons = e.rejectionReasons == null ? List.of()
                : Arrays.stream(e.rejectionReasons.split(",")).map(RejectionReason::fromWire).toList();
        return new OrderRecord(e.clientOrderId, e.venue, e.venueOrderId, e.strategyInstance, e.userId, e.walletId,
                e.symbol, Side.fromWire(e.side), OrderType.fromWire(e.type), read(e.price), read(e.quantity),
                read(e.filled), TimeInForce.fromWire(e.timeInForce), OrderStatus.fromWire(e.status),
                read(e.stopPrice), e.expireAt,
                reasons, e.brokerId, e.sessionId, e.holdId, e.cancelRequested, e.createdAt, e.updatedAt);
    }

    static FillEntity row(FillRecord f) {
        FillEntity e = new FillEntity();
        e.venue = f.venue();
        e.tradeId = f.tradeId();
        e.clientOrderId = f.clientOrderId();
        e.strategyInstance = f.strategyInstance();
        e.walletId = f.account();
        e.symbol = f.symbol();
        e.side = f.side().wireName();
        e.price = exact(f.price(), "price of trade " + f.tradeId());
        e.quantity = exact(f.quantity(), "quantity of trade " + f.tradeId());
        e.fee = exact(f.fee(), "fee of trade " + f.tradeId());
        e.feeAsset = f.feeAsset();
        e.executedAt = f.time();
        return e;
    }

    static FillRecord fill(FillEntity e) {
        return new FillRecord(e.venue, e.tradeId, e.clientOrderId, e.strategyInstance, e.walletId, e.symbol,
                Side.fromWire(e.side), read(e.price), read(e.quantity), read(e.fee), e.feeAsset, e.executedAt);
    }

    static void copy(HoldRecord h, HoldEntity e) {
        e.clientOrderId = h.clientOrderId();
        e.venue = h.venue();
        e.walletId = h.account();
        e.asset = h.asset();
        e.amount = exact(h.amount(), "hold of order " + h.clientOrderId());
        e.updatedAt = h.updatedAt();
    }

    static HoldRecord hold(HoldEntity e) {
        return new HoldRecord(e.clientOrderId, e.venue, e.walletId, e.asset, read(e.amount), e.updatedAt);
    }

    static void copy(BalanceRecord b, BalanceEntity e) {
        e.venue = b.venue();
        e.walletId = b.account();
        e.asset = b.asset();
        e.available = exact(b.available(), "available " + b.asset());
        e.held = exact(b.held(), "held " + b.asset());
        e.updatedAt = b.updatedAt();
    }

    static BalanceRecord balance(BalanceEntity e) {
        return new BalanceRecord(e.venue, e.walletId, e.asset, read(e.available), read(e.held), e.updatedAt);
    }

    static void copy(PositionRecord p, PositionEntity e) {
        String what = " of " + p.strategyInstance() + " in " + p.symbol();
        e.venue = p.venue();
        e.strategyInstance = p.strategyInstance();
        e.symbol = p.symbol();
        e.quantity = exact(p.quantity(), "position" + what);
        e.cost = rounded(p.cost());
        e.realisedPnl = rounded(p.realisedPnl());
        e.realisedDay = p.realisedDay();
        e.realisedOnDay = rounded(p.realisedOnDay());
    }

    static PositionRecord position(PositionEntity e) {
        return new PositionRecord(e.venue, e.strategyInstance, e.symbol, read(e.quantity), read(e.cost),
                read(e.realisedPnl), e.realisedDay, read(e.realisedOnDay));
    }

    static OrderEventEntity row(OrderEvent event) {
        OrderEventEntity e = new OrderEventEntity();
        e.clientOrderId = event.clientOrderId();
        e.type = event.type().name();
        e.fromStatus = event.fromStatus() == null ? null : event.fromStatus().wireName();
        e.toStatus = event.toStatus() == null ? null : event.toStatus().wireName();
        e.detail = event.detail() == null || event.detail().length() <= 1000 ? event.detail()
                : event.detail().substring(0, 997) + "...";
        e.createdAt = event.time();
        return e;
    }

    static OrderEvent event(OrderEventEntity e) {
        return new OrderEvent(e.clientOrderId, OrderEventType.valueOf(e.type),
                e.fromStatus == null ? null : OrderStatus.fromWire(e.fromStatus),
                e.toStatus == null ? null : OrderStatus.fromWire(e.toStatus), e.detail, e.createdAt);
    }

    /** Drops the column's padding zeros: 0.500000000000000000 reads back as 0.5, 1000.000… as 1000. */
    private static BigDecimal read(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    /** A position's cost share after a partial reduction is a quotient: kept to the column's decimals. */
    private static BigDecimal rounded(BigDecimal value) {
        return value.scale() > AMOUNT_SCALE ? value.setScale(AMOUNT_SCALE, RoundingMode.HALF_EVEN) : value;
    }

    private static BigDecimal exact(BigDecimal value, String what) {
        if (value != null && value.signum() != 0 && value.stripTrailingZeros().scale() > AMOUNT_SCALE) {
            throw new StoreException(what + " has more than " + AMOUNT_SCALE + " decimals and cannot be stored exactly: "
                    + value.toPlainString());
        }
        return value;
    }
}
