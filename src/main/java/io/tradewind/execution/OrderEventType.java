package io.tradewind.execution;

/** Kinds of entries in the append-only order event journal. */
public enum OrderEventType {
    /** Stored in status {@code new}, before the venue is called (the write-ahead record). */
    SUBMITTED,
    /** Refused locally (risk limit, balance, instrument) and never sent. */
    REFUSED,
    /** The venue's answer to a place request moved the order. */
    PLACED,
    /** The venue accepted the order at another price or quantity than sent (moved to its grid, clipped): adopted. */
    AMENDED,
    /** A place request got no answer; reconciliation will find out. */
    PLACE_UNCONFIRMED,
    /** A status change reported by the venue. */
    STATUS,
    /** A fill was recorded. */
    FILL,
    /** A fill of an order that neither the store nor the venue knows; recorded on its own. */
    ORPHAN_FILL,
    /** A venue update that the state machine does not allow; not applied. */
    ILLEGAL_TRANSITION,
    CANCEL_REQUESTED,
    CANCEL_UNCONFIRMED,
    /** Found at the venue, unknown locally; taken over. */
    ADOPTED,
    /** Known locally as {@code new}, unknown to the venue after the grace period: never placed. */
    CLOSED_NOT_PLACED,
    /** Acknowledged by the venue earlier, now unknown to it. */
    VANISHED
}
