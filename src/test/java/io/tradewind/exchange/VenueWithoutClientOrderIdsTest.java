package io.tradewind.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.tradewind.domain.Balance;
import io.tradewind.domain.Instrument;
import io.tradewind.domain.OrderRequest;
import io.tradewind.domain.OrderStatus;
import io.tradewind.domain.OrderType;
import io.tradewind.domain.Side;
import io.tradewind.domain.TimeInForce;
import io.tradewind.execution.TradePage;
import io.tradewind.execution.VenueException;
import io.tradewind.execution.VenueOrder;
import io.tradewind.marketdata.DepthSnapshot;
import io.tradewind.marketdata.Resolution;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** How a venue without client order ids finds the venue's id and answers a refused cancel. */
class VenueWithoutClientOrderIdsTest {

    private static final String OUR_UID = "0b7e2f0c-4a51-4c1e-9d5e-7f3a2b9c8d10";

    private final RefusingVenue venue = new RefusingVenue();

    @Test
    void theVenuesIdIsTheOneGivenElseTheOneInsideAVenueKeyedId() throws VenueException {
        venue.orders.put("v-1", OrderStatus.ACTIVE);
        venue.orders.put("v-2", OrderStatus.ACTIVE);

        assertEquals("v-1", venue.orderStatus("main", OUR_UID, "v-1").orElseThrow().venueOrderId());
        assertEquals("v-2", venue.orderStatus("main", VenueOrder.venueKeyed("v-2")).orElseThrow().venueOrderId());
        assertEquals(OUR_UID, venue.orderStatus("main", OUR_UID, "v-1").orElseThrow().clientOrderId());
        assertEquals(List.of("status v-1", "status v-2", "status v-1"), venue.asked);
    }

    @Test
    void withoutTheVenuesIdNothingIsAskedAndTheOrderIsUnknown() throws VenueException {
        assertEquals(Optional.empty(), venue.orderStatus("main", OUR_UID));
        assertEquals(Optional.empty(), venue.orderStatus("main", OUR_UID, null));
        assertEquals(Optional.empty(), venue.cancel("main", OUR_UID));
        assertEquals(Optional.empty(), venue.cancel("main", OUR_UID, null));
        assertEquals(List.of(), venue.asked);
        assertFalse(venue.knowsClientOrderIds());
    }

    @Test
    void aRefusedCancelOfAnOrderThatEndedAnswersItsFinalState() throws VenueException {
        venue.orders.put("v-1", OrderStatus.FILLED);

        VenueOrder answered = venue.cancel("main", VenueOrder.venueKeyed("v-1")).orElseThrow();

        assertEquals(OrderStatus.FILLED, answered.status());
        assertEquals(List.of("cancel v-1", "status v-1"), venue.asked);
    }

    @Test
    void aRefusedCancelOfAnOrderStillOpenOrUnknownIsTheRefusal() {
        venue.orders.put("v-1", OrderStatus.ACTIVE);

        assertSame(venue.refusal, assertThrows(VenueCallException.class, () -> venue.cancel("main", OUR_UID, "v-1")));
        assertSame(venue.refusal, assertThrows(VenueCallException.class, () -> venue.cancel("main", OUR_UID, "v-9")));
        assertEquals(List.of("cancel v-1", "status v-1", "cancel v-9", "status v-9"), venue.asked);
    }

    @Test
    void theHistoryIsOnlyAskedWhenTheOpenOrdersDoNotHaveTheOrder() throws VenueException {
        List<String> asked = new ArrayList<>();

        Optional<String> open = VenueWithoutClientOrderIds.openThenHistory(() -> {
            asked.add("open");
            return Optional.of("in open");
        }, () -> {
            asked.add("history");
            return Optional.of("in history");
        });
        assertEquals(Optional.of("in open"), open);
        assertEquals(List.of("open"), asked);

        Optional<String> ended = VenueWithoutClientOrderIds.openThenHistory(() -> {
            asked.add("open");
            return Optional.empty();
        }, () -> {
            asked.add("history");
            return Optional.of("in history");
        });
        assertEquals(Optional.of("in history"), ended);
        assertEquals(List.of("open", "open", "history"), asked);
    }

    /** Knows the orders it is given by venue id, and refuses every cancel. */
    private static final class RefusingVenue extends VenueWithoutClientOrderIds {

        final Map<String, OrderStatus> orders = new HashMap<>();
        final List<String> asked = new ArrayList<>();
        final VenueCallException refusal = new VenueCallException(VenueCallException.Kind.REFUSED,
                "refusing: cancel refused", false);

        @Override
        protected Optional<VenueOrder> statusByVenueId(String account, String clientOrderId, String venueOrderId) {
            asked.add("status " + venueOrderId);
            OrderStatus status = orders.get(venueOrderId);
            return status == null ? Optional.empty() : Optional.of(new VenueOrder(clientOrderId, venueOrderId, account,
                    "BTC-IRR", Side.BUY, OrderType.LIMIT, BigDecimal.ONE, BigDecimal.ONE, null,
                    TimeInForce.GOOD_TILL_CANCELED, status, null, null, null, null, null, Instant.EPOCH));
        }

        @Override
        protected Optional<VenueOrder> cancelByVenueId(String account, String clientOrderId, String venueOrderId)
                throws VenueException {
            asked.add("cancel " + venueOrderId);
            return endedOrRefused(account, clientOrderId, venueOrderId, refusal);
        }

        // Nothing below is part of the flow under test.

        @Override
        public String venue() {
            return "refusing";
        }

        @Override
        public Set<VenueCapability> capabilities() {
            return Set.of(VenueCapability.CANCEL, VenueCapability.ORDER_STATUS);
        }

        @Override
        public List<Instrument> instruments() {
            throw new UnsupportedOperationException();
        }

        @Override
        public CandlePage candles(String symbol, Resolution resolution, Instant from, Instant to) {
            throw new UnsupportedOperationException();
        }

        @Override
        public DepthSnapshot depth(String symbol) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<PublicTrade> recentTrades(String symbol) {
            throw new UnsupportedOperationException();
        }

        @Override
        public VenueOrder place(OrderRequest request) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<VenueOrder> openOrders(String account) {
            throw new UnsupportedOperationException();
        }

        @Override
        public TradePage ownTrades(String account, String cursor) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<Balance> balances(String account) {
            throw new UnsupportedOperationException();
        }
    }
}
