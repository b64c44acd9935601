package io.tradewind.domain;

/**
 * Why an order was refused: the pre-trade checklist of the Orders API, one entry per check, plus
 * the few reasons a simulated or local check adds. An order may carry several.
 */
public enum RejectionReason implements WireEnum {
    SYMBOL_NOT_ACTIVE("symbol_not_active"),
    UNKNOWN_SYMBOL("unknown_symbol"),
    OUTSIDE_TRADING_SESSION("outside_trading_session"),
    INSUFFICIENT_BALANCE("insufficient_balance"),
    QUANTITY_BELOW_MINIMUM("quantity_below_minimum"),
    QUANTITY_NOT_MULTIPLE_OF_STEP_SIZE("quantity_not_multiple_of_step_size"),
    NOTIONAL_BELOW_MINIMUM("notional_below_minimum"),
    PRICE_NOT_MULTIPLE_OF_TICK_SIZE("price_not_multiple_of_tick_size"),
    STOP_PRICE_NOT_MULTIPLE_OF_TICK_SIZE("stop_price_not_multiple_of_tick_size"),
    PRICE_MISSING("price_missing"),
    STOP_PRICE_MISSING("stop_price_missing"),
    OVER_MAXIMUM_ORDER_SIZE("over_maximum_order_size"),
    OUTSIDE_PRICE_BAND("outside_price_band"),
    TOO_MANY_OPEN_ORDERS("too_many_open_orders"),
    EXPIRE_AT_IN_PAST("expire_at_in_past"),
    DUPLICATE_UID("duplicate_uid"),
    UNKNOWN_ACCOUNT("unknown_account"),
    NO_LIQUIDITY("no_liquidity"),
    AMOUNT_OVERFLOW("amount_overflow"),
    /** Local risk limit: the position in the instrument would exceed its maximum. */
    POSITION_LIMIT("position_limit"),
    /** Local risk limit: the daily realised-loss kill switch has tripped; no new entries. */
    KILL_SWITCH("kill_switch"),
    /** Local risk limit: only orders that reduce a position are allowed. */
    REDUCE_ONLY("reduce_only"),
    /** Stored locally but never accepted by the venue; closed by reconciliation. */
    NOT_PLACED("not_placed"),
    /** Local check of a strategy's order action: no side given. */
    SIDE_MISSING("side_missing"),
    /** Local check of a strategy's order action: no quantity given. */
    QUANTITY_MISSING("quantity_missing"),
    /** Local check of a strategy's order action: a quantity of zero or less. */
    QUANTITY_NOT_POSITIVE("quantity_not_positive"),
    /** Local check of a strategy's order action: a price of zero or less. */
    PRICE_NOT_POSITIVE("price_not_positive"),
    /** Local check of a strategy's order action: a stop price of zero or less. */
    STOP_PRICE_NOT_POSITIVE("stop_price_not_positive"),
    /**
     * The venue refused the order for a reason none of the above describes (e.g. Nobitex's
     * PriceConditionFailed or TradingUnavailable); the connector logs the venue's code and message.
     */
    VENUE_REJECTED("venue_rejected"),
    /** A market buy at a venue that sizes market buys by the quote amount to spend, given only a quantity. */
    TOTAL_PRICE_MISSING("total_price_missing");

    private final String wireName;

    RejectionReason(String wireName) {
        this.wireName = wireName;
    }

    @Override
    public String wireName() {
        return wireName;
    }

    public static RejectionReason fromWire(String text) {
        return WireEnum.parse(RejectionReason.class, text, "rejection reason");
    }
}
