package io.tradewind.domain;

/**
 * How long an order may wait and whether it may fill in parts.
 *
 * <ul>
 *   <li>{@link #GOOD_TILL_CANCELED}: rests in the book until filled, cancelled or expired.
 *   <li>{@link #IMMEDIATE_OR_CANCEL}: fills what it can now, the rest is cancelled.
 *   <li>{@link #FILL_OR_KILL}: fills completely now, or is cancelled with nothing filled.
 *   <li>{@link #ALL_OR_NONE}: never partially filled; rests until its whole quantity can execute
 *       at once, and never blocks orders behind it.
 * </ul>
 */
public enum TimeInForce implements WireEnum {
    GOOD_TILL_CANCELED("good-till-canceled"),
    IMMEDIATE_OR_CANCEL("immediate-or-cancel"),
    FILL_OR_KILL("fill-or-kill"),
    ALL_OR_NONE("all-or-none");

    private final String wireName;

    TimeInForce(String wireName) {
        this.wireName = wireName;
    }

    @Override
    public String wireName() {
        return wireName;
    }

    /** Whether an unfilled remainder stays in the book. */
    public boolean rests() {
        return this == GOOD_TILL_CANCELED || this == ALL_OR_NONE;
    }

    /**
     * What an order of {@code type} asking for {@code asked} (null: nothing asked) runs with. Market
     * orders cannot rest: good-till-canceled becomes immediate-or-cancel and all-or-none becomes
     * fill-or-kill (all at once now, or nothing); other orders rest unless asked otherwise.
     */
    public static TimeInForce effective(OrderType type, TimeInForce asked) {
        boolean market = type == OrderType.MARKET || type == OrderType.STOP_MARKET;
        if (!market) {
            return asked != null ? asked : GOOD_TILL_CANCELED;
        }
        if (asked == null || asked == GOOD_TILL_CANCELED) {
            return IMMEDIATE_OR_CANCEL;
        }
        return asked == ALL_OR_NONE ? FILL_OR_KILL : asked;
    }

    public static TimeInForce fromWire(String text) {
        return WireEnum.parse(TimeInForce.class, text, "time in force");
    }
}
