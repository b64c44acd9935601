package io.tradewind.exchange;

/** One thing a venue can do; a connector declares those its venue documents, never fakes the rest. */
public enum VenueCapability {
    INSTRUMENTS,
    CANDLES,
    DEPTH,
    RECENT_TRADES,
    BALANCES,
    PLACE,
    CANCEL,
    ORDER_STATUS,
    OPEN_ORDERS,
    OWN_TRADES,
    /** Stop-limit (and where offered stop-market) orders. */
    STOP_ORDERS,
    /**
     * The venue deduplicates placements by our client order id and finds orders by it, so a
     * placement whose answer was lost is looked up by that id and may be retried safely.
     */
    CLIENT_ORDER_IDS
}
