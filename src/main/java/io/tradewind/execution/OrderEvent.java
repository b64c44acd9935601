package io.tradewind.execution;

import io.tradewind.domain.OrderStatus;
import java.time.Instant;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * One entry of the append-only journal: what happened to an order and why. Statuses are
 * {@code null} where an event does not change them. Equal when every field, the detail's text
 * included, is equal.
 *
 * <p>A detail may be {@linkplain #deferred written when read}: a backtest journals a fill for
 * every order and reads almost none of them, and the text of a fill was a tenth of what an order
 * allocated.
 */
public final class OrderEvent {

    private final String clientOrderId;
    private final OrderEventType type;
    private final OrderStatus fromStatus;
    private final OrderStatus toStatus;
    /** A {@code String}, a {@code Supplier<String>} or {@code null}. */
    private final Object detail;
    private final Instant time;

    public OrderEvent(String clientOrderId, OrderEventType type, OrderStatus fromStatus, OrderStatus toStatus,
            String detail, Instant time) {
        this(clientOrderId, type, fromStatus, toStatus, (Object) detail, time);
    }

    private OrderEvent(String clientOrderId, OrderEventType type, OrderStatus fromStatus, OrderStatus toStatus,
            Object detail, Instant time) {
        this.clientOrderId = clientOrderId;
        this.type = type;
        this.fromStatus = fromStatus;
        this.toStatus = toStatus;
        this.detail = detail;
        this.time = time;
    }

    /** An event whose detail is written by {@code detail} whenever it is read: it must give the same text each time. */
    public static OrderEvent deferred(String clientOrderId, OrderEventType type, OrderStatus fromStatus,
            OrderStatus toStatus, Supplier<String> detail, Instant time) {
        return new OrderEvent(clientOrderId, type, fromStatus, toStatus, (Object) Objects.requireNonNull(detail), time);
    }

    public String clientOrderId() {
        return clientOrderId;
    }

    public OrderEventType type() {
        return type;
    }

    public OrderStatus fromStatus() {
        return fromStatus;
    }

    public OrderStatus toStatus() {
        return toStatus;
    }

    @SuppressWarnings("unchecked")
    public String detail() {
        return detail instanceof Supplier<?> deferred ? ((Supplier<String>) deferred).get() : (String) detail;
    }

    public Instant time() {
        return time;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof OrderEvent event && Objects.equals(clientOrderId, event.clientOrderId) && type == event.type
                && fromStatus == event.fromStatus && toStatus == event.toStatus
                && Objects.equals(detail(), event.detail()) && Objects.equals(time, event.time);
    }

    @Override
    public int hashCode() {
        return Objects.hash(clientOrderId, type, fromStatus, toStatus, detail(), time);
    }

    @Override
    public String toString() {
        return "OrderEvent[clientOrderId=" + clientOrderId + ", type=" + type + ", fromStatus=" + fromStatus
                + ", toStatus=" + toStatus + ", detail=" + detail() + ", time=" + time + "]";
    }
}
