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
import io.tradewind.execution.StoreBatch;
import io.tradewind.execution.StoreException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Pure mappings between execution records and table rows: entities read through Hibernate, and
 * the values of the rows the store writes over plain JDBC.
 */
final class ExecutionRows {

    /** Decimals the amount columns keep; a finer value is refused, never rounded. */
    static final int AMOUNT_SCALE = 18;

    private ExecutionRows() {
    }

    /** {@code exec_order}: the key, then the other columns, in the order of {@link #values(OrderRecord)}. */
    static final KeyedRows ORDERS = new KeyedRows("exec_order", List.of("client_order_id"), List.of("venue",
            "venue_order_id", "strategy_instance", "reason", "user_id", "wallet_id", "symbol", "side", "order_type", "price",
            "quantity", "filled", "time_in_force", "status", "stop_price", "expire_at", "rejection_reasons", "broker_id",
            "session_id", "hold_id", "cancel_requested", "created_at", "updated_at"));

    static Object[] values(OrderRecord o) {
        return new Object[] {o.clientOrderId(), o.venue(), o.venueOrderId(), o.strategyInstance(), o.reason(), o.userId(),
            o.account(), o.symbol(), o.side().wireName(), o.type().wireName(),
            exact(o.price(), "price of order " + o.clientOrderId()),
            exact(o.quantity(), "quantity of order " + o.clientOrderId()),
            exact(o.filled(), "filled of order " + o.clientOrderId()), o.timeInForce().wireName(),
            o.status().wireName(), exact(o.stopPrice(), "stop price of order " + o.clientOrderId()), time(o.expireAt()),
            o.rejectionReasons().isEmpty() ? null
                    : o.rejectionReasons().stream().map(RejectionReason::wireName).collect(Collectors.joining(",")),
            o.brokerId(), o.sessionId(), o.holdId(), o.cancelRequested(), time(o.createdAt()), time(o.updatedAt())};
    }

    static OrderRecord order(OrderEntity e) {
        List<RejectionReason> reasons = e.rejectionReasons == null ? List.of()
                : Arrays.stream(e.rejectionReasons.split(",")).map(RejectionReason::fromWire).toList();
        return new OrderRecord(e.clientOrderId, e.venue, e.venueOrderId, e.strategyInstance, e.reason, e.userId, e.walletId,
                e.symbol, Side.fromWire(e.side), OrderType.fromWire(e.type), read(e.price), read(e.quantity),
                read(e.filled), TimeInForce.fromWire(e.timeInForce), OrderStatus.fromWire(e.status),
                read(e.stopPrice), e.expireAt,
                reasons, e.brokerId, e.sessionId, e.holdId, e.cancelRequested, e.createdAt, e.updatedAt);
    }

    static final String INSERT_FILL = KeyedRows.insertSql("exec_fill", List.of("venue", "trade_id",
            "client_order_id", "strategy_instance", "wallet_id", "symbol", "side", "price", "quantity", "fee", "fee_asset",
            "executed_at"));

    static Object[] values(FillRecord f) {
        return new Object[] {f.venue(), f.tradeId(), f.clientOrderId(), f.strategyInstance(), f.account(), f.symbol(),
            f.side().wireName(), exact(f.price(), "price of trade " + f.tradeId()),
            exact(f.quantity(), "quantity of trade " + f.tradeId()), exact(f.fee(), "fee of trade " + f.tradeId()),
            f.feeAsset(), time(f.time())};
    }

    static FillRecord fill(FillEntity e) {
        return new FillRecord(e.venue, e.tradeId, e.clientOrderId, e.strategyInstance, e.walletId, e.symbol,
                Side.fromWire(e.side), read(e.price), read(e.quantity), read(e.fee), e.feeAsset, e.executedAt);
    }

    static final KeyedRows HOLDS = new KeyedRows("exec_hold", List.of("client_order_id"),
            List.of("venue", "wallet_id", "asset", "amount", "updated_at"));
    static final String DELETE_HOLD = "DELETE FROM exec_hold WHERE client_order_id = ?";

    static Object[] values(HoldRecord h) {
        return new Object[] {h.clientOrderId(), h.venue(), h.account(), h.asset(),
            exact(h.amount(), "hold of order " + h.clientOrderId()), time(h.updatedAt())};
    }

    static HoldRecord hold(HoldEntity e) {
        return new HoldRecord(e.clientOrderId, e.venue, e.walletId, e.asset, read(e.amount), e.updatedAt);
    }

    static final KeyedRows BALANCES = new KeyedRows("exec_balance", List.of("venue", "wallet_id", "asset"),
            List.of("available", "held", "updated_at"));

    static Object[] values(BalanceRecord b) {
        return new Object[] {b.venue(), b.account(), b.asset(), exact(b.available(), "available " + b.asset()),
            exact(b.held(), "held " + b.asset()), time(b.updatedAt())};
    }

    static BalanceRecord balance(BalanceEntity e) {
        return new BalanceRecord(e.venue, e.walletId, e.asset, read(e.available), read(e.held), e.updatedAt);
    }

    static final KeyedRows POSITIONS = new KeyedRows("exec_position", List.of("venue", "strategy_instance", "symbol"),
            List.of("quantity", "cost", "realised_pnl", "realised_day", "realised_on_day"));

    static Object[] values(PositionRecord p) {
        return new Object[] {p.venue(), p.strategyInstance(), p.symbol(),
            exact(p.quantity(), "position of " + p.strategyInstance() + " in " + p.symbol()), rounded(p.cost()),
            rounded(p.realisedPnl()), p.realisedDay(), rounded(p.realisedOnDay())};
    }

    static PositionRecord position(PositionEntity e) {
        return new PositionRecord(e.venue, e.strategyInstance, e.symbol, read(e.quantity), read(e.cost),
                read(e.realisedPnl), e.realisedDay, read(e.realisedOnDay));
    }

    static final String INSERT_EVENT = KeyedRows.insertSql("exec_order_event", List.of("id", "client_order_id",
            "event_type", "from_status", "to_status", "detail", "created_at"));

    static Object[] values(long id, OrderEvent event) {
        return new Object[] {id, event.clientOrderId(), event.type().name(),
            event.fromStatus() == null ? null : event.fromStatus().wireName(),
            event.toStatus() == null ? null : event.toStatus().wireName(),
            event.detail() == null || event.detail().length() <= 1000 ? event.detail()
                    : event.detail().substring(0, 997) + "...",
            time(event.time())};
    }

    static final KeyedRows CURSORS = new KeyedRows("exec_trade_cursor", List.of("venue", "wallet_id"),
            List.of("cursor_value"));

    static Object[] values(StoreBatch.TradeCursor cursor) {
        return new Object[] {cursor.venue(), cursor.account(), cursor.cursor()};
    }

    static OrderEvent event(OrderEventEntity e) {
        return new OrderEvent(e.clientOrderId, OrderEventType.valueOf(e.type),
                e.fromStatus == null ? null : OrderStatus.fromWire(e.fromStatus),
                e.toStatus == null ? null : OrderStatus.fromWire(e.toStatus), e.detail, e.createdAt);
    }

    /** Timestamps are written with their offset (UTC), as the columns are {@code TIMESTAMP WITH TIME ZONE}. */
    private static OffsetDateTime time(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
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
