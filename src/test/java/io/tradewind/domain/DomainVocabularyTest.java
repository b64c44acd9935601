package io.tradewind.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DomainVocabularyTest {

    @Test
    void wireNamesAreTheOrdersApiSpellings() {
        assertEquals(TimeInForce.ALL_OR_NONE, TimeInForce.fromWire("all-or-none"));
        assertEquals(OrderType.STOP_LIMIT, OrderType.fromWire("stop-limit"));
        assertEquals(OrderStatus.CANCELLED, OrderStatus.fromWire("cancelled"));
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> TimeInForce.fromWire("GTC"));
        assertEquals("unknown time in force 'GTC': expected one of good-till-canceled, immediate-or-cancel, "
                + "fill-or-kill, all-or-none", error.getMessage());
    }

    @Test
    void statusTransitionsFollowTheLifecycle() {
        assertTrue(OrderStatus.NEW.canMoveTo(OrderStatus.QUEUED));
        assertTrue(OrderStatus.QUEUED.canMoveTo(OrderStatus.ACTIVE));
        assertTrue(OrderStatus.PARTIAL.canMoveTo(OrderStatus.PARTIAL));
        assertFalse(OrderStatus.ACTIVE.canMoveTo(OrderStatus.ACTIVE));
        assertFalse(OrderStatus.FILLED.canMoveTo(OrderStatus.CANCELLED));
        assertFalse(OrderStatus.ACTIVE.canMoveTo(OrderStatus.QUEUED));
        for (OrderStatus terminal : Set.of(OrderStatus.FILLED, OrderStatus.CANCELLED, OrderStatus.EXPIRED, OrderStatus.REJECTED)) {
            assertTrue(terminal.isTerminal());
            for (OrderStatus next : OrderStatus.values()) {
                assertFalse(terminal.canMoveTo(next), terminal + " -> " + next);
            }
        }
    }

    @Test
    void anOvernightSessionBelongsToTheDayItOpens() {
        TradingSession friday = new TradingSession(Set.of(DayOfWeek.FRIDAY), LocalTime.of(22, 0), LocalTime.of(2, 0), ZoneId.of("UTC"));
        assertTrue(friday.contains(Instant.parse("2025-12-26T23:00:00Z")));
        assertTrue(friday.contains(Instant.parse("2025-12-27T01:59:59Z")));
        assertFalse(friday.contains(Instant.parse("2025-12-27T02:00:00Z")));
        assertFalse(friday.contains(Instant.parse("2025-12-26T21:59:59Z")));
    }

    @Test
    void scalesFollowTheGrid() {
        Instrument btcIrr = Instrument.of("BTC-IRR", "BTC", "IRR", "1000", "0.00000001", "0.00000001", "0.001", "0.001");
        assertEquals(0, btcIrr.priceScale());
        assertEquals(8, btcIrr.quantityScale());
        assertEquals(5, btcIrr.exactNotionalScale(), "1000 IRR ticks × 1e-8 BTC steps are exact at 1e-5 IRR");
        assertEquals(4, Decimals.significantScale(new BigDecimal("0.0001")));
        assertEquals("1000", Decimals.format(new BigDecimal("1E+3")));
        assertEquals("0", Decimals.format(new BigDecimal("0E-10")));
    }

    @Test
    void instrumentsRefuseNonsense() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> Instrument.of("X-Y", "X", "Y", "0.01", "0.1", "1", "1.5", "0"));
        assertEquals("X-Y: maker_fee must be a fraction from 0 (inclusive) to 1 (exclusive), e.g. 0.001 for 0.1%", error.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Instrument.of("X-X", "X", "X", "1", "1", "1", "0", "0"));
    }
}
