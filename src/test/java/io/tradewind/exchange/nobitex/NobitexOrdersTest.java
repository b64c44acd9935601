package io.tradewind.exchange.nobitex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.tradewind.domain.OrderRequest;
import io.tradewind.domain.OrderStatus;
import io.tradewind.domain.OrderType;
import io.tradewind.domain.RejectionReason;
import io.tradewind.domain.Side;
import io.tradewind.domain.TimeInForce;
import io.tradewind.execution.VenueOrder;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class NobitexOrdersTest {

    @Test
    void seedOrderStatusAnswerBecomesAnActiveOrderWithExactAmounts() {
        NobitexDtos.OrderAnswer answer = NobitexExamples.read("order-status.json", NobitexDtos.OrderAnswer.class);

        VenueOrder order = NobitexOrders.toVenueOrder(answer.order(), "uid-1", "main", "LTC-IRT");

        assertEquals("uid-1", order.clientOrderId());
        assertEquals("5684", order.venueOrderId());
        assertEquals("LTC-IRT", order.symbol(), "display names fall back to the known symbol");
        assertEquals(Side.SELL, order.side());
        assertEquals(OrderStatus.ACTIVE, order.status());
        assertEquals(new BigDecimal("8500000.0000000000"), order.price());
        assertEquals(new BigDecimal("3.0000000000"), order.quantity());
        assertEquals(0, order.filled().signum());
        assertEquals(Instant.parse("2018-11-28T12:25:22.696029Z"), order.updatedAt());
    }

    @Test
    void listedOrdersNameTheirMarketTypeStopAndPartialFill() {
        List<NobitexDtos.Order> orders = NobitexExamples.read("orders-list-open.json", NobitexDtos.OrderList.class)
                .orders();

        VenueOrder partial = NobitexOrders.toVenueOrder(orders.get(0), "a", "main", null);
        assertEquals("LTC-IRT", partial.symbol());
        assertEquals(OrderType.LIMIT, partial.type());
        assertEquals(TimeInForce.GOOD_TILL_CANCELED, partial.timeInForce());
        assertEquals(OrderStatus.PARTIAL, partial.status());
        assertEquals(new BigDecimal("1.2500000000"), partial.filled());

        VenueOrder stop = NobitexOrders.toVenueOrder(orders.get(1), "b", "main", null);
        assertEquals("BTC-IRT", stop.symbol());
        assertEquals(OrderType.STOP_LIMIT, stop.type());
        assertEquals(OrderStatus.QUEUED, stop.status());
        assertEquals(new BigDecimal("5100000000"), stop.stopPrice());
    }

    @Test
    void aStopMarketOrderHasNoPriceAndItsStopInParam1() {
        NobitexDtos.OrderAnswer answer = NobitexExamples.read("order-add-stop-market.json", NobitexDtos.OrderAnswer.class);

        VenueOrder order = NobitexOrders.toVenueOrder(answer.order(), "order1", "main", null);

        assertEquals("DOGE-IRT", order.symbol());
        assertEquals(OrderType.STOP_MARKET, order.type());
        assertEquals(TimeInForce.IMMEDIATE_OR_CANCEL, order.timeInForce());
        assertNull(order.price());
        assertEquals(new BigDecimal("47500"), order.stopPrice());
        assertEquals(OrderStatus.QUEUED, order.status());
    }

    @Test
    void closedOrdersOfTheListKeepWhatFilledBeforeTheyClosed() {
        List<NobitexDtos.Order> orders = NobitexExamples.read("orders-list-all.json", NobitexDtos.OrderList.class)
                .orders();

        VenueOrder filled = NobitexOrders.toVenueOrder(orders.get(0), "f", "main", null);
        VenueOrder cancelled = NobitexOrders.toVenueOrder(orders.get(1), "c", "main", null);

        assertEquals(OrderStatus.FILLED, filled.status());
        assertEquals(OrderType.MARKET, filled.type());
        assertEquals(new BigDecimal("0.01"), filled.filled());
        assertEquals(OrderStatus.CANCELLED, cancelled.status());
        assertEquals(new BigDecimal("1.2500000000"), cancelled.filled());
    }

    @Test
    void statusesMapToOurs() {
        BigDecimal one = BigDecimal.ONE;
        assertEquals(OrderStatus.ACTIVE, NobitexOrders.status("Active", BigDecimal.ZERO, one));
        assertEquals(OrderStatus.PARTIAL, NobitexOrders.status("Active", new BigDecimal("0.1"), one));
        assertEquals(OrderStatus.ACTIVE, NobitexOrders.status("New", new BigDecimal("0E-10"), one));
        assertEquals(OrderStatus.QUEUED, NobitexOrders.status("Inactive", null, one));
        assertEquals(OrderStatus.FILLED, NobitexOrders.status("Done", new BigDecimal("1.0000000000"), one));
        assertEquals(OrderStatus.FILLED, NobitexOrders.status("Done", one, null), "no amount to compare with");
        assertEquals(OrderStatus.FILLED, NobitexOrders.status("Done", null, one), "no matched amount to compare");
        assertEquals(OrderStatus.CANCELLED, NobitexOrders.status("Done", new BigDecimal("0.4"), one),
                "a market order that ran out of book ended with the rest unfilled");
        assertEquals(OrderStatus.CANCELLED, NobitexOrders.status("Canceled", new BigDecimal("0.5"), one));
        assertThrows(IllegalArgumentException.class, () -> NobitexOrders.status("Exploded", null, one));
    }

    @Test
    void executionsMapBothWays() {
        for (OrderType type : OrderType.values()) {
            assertEquals(type, NobitexOrders.type(NobitexOrders.execution(type)));
        }
        assertEquals(OrderType.STOP_MARKET, NobitexOrders.type("StopMarket"));
        assertNull(NobitexOrders.type(null));
    }

    @Test
    void refusalCodesMapToRejectionReasons() {
        assertEquals(RejectionReason.NOTIONAL_BELOW_MINIMUM, NobitexOrders.rejection("SmallOrder"));
        assertEquals(RejectionReason.OUTSIDE_PRICE_BAND, NobitexOrders.rejection("BadPrice"));
        assertEquals(RejectionReason.PRICE_MISSING, NobitexOrders.rejection("InvalidOrderPrice"));
        assertEquals(RejectionReason.SYMBOL_NOT_ACTIVE, NobitexOrders.rejection("MarketClosed"));
        assertEquals(RejectionReason.DUPLICATE_UID, NobitexOrders.rejection("DuplicateClientOrderId"));
        assertEquals(RejectionReason.INSUFFICIENT_BALANCE, NobitexOrders.rejection("OverValueOrder"));
        assertEquals(RejectionReason.UNKNOWN_SYMBOL, NobitexOrders.rejection("InvalidMarketPair"));
        assertEquals(RejectionReason.VENUE_REJECTED, NobitexOrders.rejection("PriceConditionFailed"));
        assertEquals(RejectionReason.VENUE_REJECTED, NobitexOrders.rejection("TradingUnavailable"));
        assertEquals(RejectionReason.VENUE_REJECTED, NobitexOrders.rejection(null));
    }

    @Test
    void aRefusedPlacementIsARejectedOrderWithItsReason() {
        OrderRequest request = OrderRequest.limit("uid-9", "main", "BTC-IRT", Side.BUY, "520000000", "0.0001", null);
        NobitexAnswer answer = new NobitexAnswer(200,
                NobitexExamples.read("order-failed-small.json", com.fasterxml.jackson.databind.JsonNode.class));

        VenueOrder rejected = NobitexOrders.rejected(request, answer.code(), Instant.EPOCH);

        assertEquals(OrderStatus.REJECTED, rejected.status());
        assertEquals(List.of(RejectionReason.NOTIONAL_BELOW_MINIMUM), rejected.rejectionReasons());
        assertEquals("SmallOrder (Order value is limited to be at least 3000000 Rials)", answer.refusal());
    }
}
