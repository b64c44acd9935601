package io.tradewind.domain;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The eight order statuses of the Orders API and the transitions between them.
 *
 * <p>{@code new} is the state of an order that is known locally but not yet acknowledged by a
 * venue; {@code queued} is a stop order waiting for its trigger. {@code filled}, {@code cancelled},
 * {@code expired} and {@code rejected} are terminal.
 */
public enum OrderStatus implements WireEnum {
    NEW("new"),
    QUEUED("queued"),
    REJECTED("rejected"),
    ACTIVE("active"),
    PARTIAL("partial"),
    FILLED("filled"),
    CANCELLED("cancelled"),
    EXPIRED("expired");

    private final String wireName;

    OrderStatus(String wireName) {
        this.wireName = wireName;
    }

    @Override
    public String wireName() {
        return wireName;
    }

    public boolean isTerminal() {
        return this == REJECTED || this == FILLED || this == CANCELLED || this == EXPIRED;
    }

    /** Whether the order may still trade (it holds funds at the venue). */
    public boolean isOpen() {
        return this == QUEUED || this == ACTIVE || this == PARTIAL;
    }

    /**
     * Whether moving from this status to {@code next} is legal. Staying in {@code partial} is
     * legal (another partial fill); every other self-transition is not.
     */
    public boolean canMoveTo(OrderStatus next) {
        return SUCCESSORS.get(this).contains(next);
    }

    /** Computed once: every order change asks. */
    private static final Map<OrderStatus, Set<OrderStatus>> SUCCESSORS = new EnumMap<>(OrderStatus.class);

    static {
        for (OrderStatus status : values()) {
            SUCCESSORS.put(status, status.successors());
        }
    }

    private Set<OrderStatus> successors() {
        return switch (this) {
            case NEW -> EnumSet.of(QUEUED, REJECTED, ACTIVE, PARTIAL, FILLED, CANCELLED, EXPIRED);
            case QUEUED -> EnumSet.of(REJECTED, ACTIVE, PARTIAL, FILLED, CANCELLED, EXPIRED);
            case ACTIVE -> EnumSet.of(PARTIAL, FILLED, CANCELLED, EXPIRED);
            case PARTIAL -> EnumSet.of(PARTIAL, FILLED, CANCELLED, EXPIRED);
            case REJECTED, FILLED, CANCELLED, EXPIRED -> EnumSet.noneOf(OrderStatus.class);
        };
    }

    public static OrderStatus fromWire(String text) {
        return WireEnum.parse(OrderStatus.class, text, "order status");
    }
}
