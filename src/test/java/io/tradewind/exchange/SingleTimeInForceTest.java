package io.tradewind.exchange;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.tradewind.domain.OrderRequest;
import io.tradewind.domain.OrderType;
import io.tradewind.domain.Side;
import io.tradewind.domain.TimeInForce;
import io.tradewind.exchange.VenueCallException.Kind;
import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SingleTimeInForceTest {

    @Test
    void anOrderOnTheVenuesTermsPasses() {
        assertDoesNotThrow(() -> SingleTimeInForce.require("venue", limit(TimeInForce.GOOD_TILL_CANCELED, null),
                TimeInForce.GOOD_TILL_CANCELED));
    }

    @Test
    void anotherTimeInForceIsRefusedNamingTheOneTheVenueTakes() {
        VenueCallException e = assertThrows(VenueCallException.class, () -> SingleTimeInForce.require("venue",
                limit(TimeInForce.FILL_OR_KILL, null), TimeInForce.GOOD_TILL_CANCELED));

        assertEquals(Kind.UNSUPPORTED, e.kind());
        assertFalse(e.mayHaveTakenEffect());
        assertEquals("venue cannot place limit orders " + TimeInForce.FILL_OR_KILL.wireName() + " (only "
                + TimeInForce.GOOD_TILL_CANCELED.wireName() + ")", e.getMessage());
    }

    @Test
    void anExpiryTimeIsRefused() {
        VenueCallException e = assertThrows(VenueCallException.class, () -> SingleTimeInForce.require("venue",
                limit(TimeInForce.GOOD_TILL_CANCELED, Instant.parse("2026-01-01T00:00:00Z")),
                TimeInForce.GOOD_TILL_CANCELED));

        assertEquals("venue cannot expire orders at a time", e.getMessage());
    }

    private static OrderRequest limit(TimeInForce timeInForce, Instant expireAt) {
        return new OrderRequest("u-1", "main", "BTC-USDT", Side.BUY, OrderType.LIMIT, BigDecimal.ONE, BigDecimal.ONE,
                null, null, timeInForce, expireAt);
    }
}
