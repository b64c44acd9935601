package io.tradewind.exchange.ordersapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tradewind.domain.Instrument;
import io.tradewind.domain.OrderRequest;
import io.tradewind.domain.OrderStatus;
import io.tradewind.domain.OrderType;
import io.tradewind.domain.RejectionReason;
import io.tradewind.domain.Side;
import io.tradewind.domain.TimeInForce;
import io.tradewind.execution.VenueOrder;
import io.tradewind.execution.VenueTrade;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The seed's examples through the adapters, and our requests in the seed's create body. */
class OrdersApiAdaptersTest {

    static final String UID = "c1-limit-buy";

    /** BTC-IRR as configured by default (maker 0.001), with a taker rate of its own to tell them apart. */
    private static final Map<String, Instrument> MARKETS = Map.of("BTC-IRR",
            Instrument.of("BTC-IRR", "BTC", "IRR", "1", "0.00000001", "0.0001", "0.001", "0.002"));
    private static final Map<String, Instrument> NO_MARKETS = Map.of();

    static OrderRequest seedLimitBuy(String uid) {
        return OrderRequest.limit(uid, "main", "BTC-IRR", Side.BUY, "1000000000", "0.5", TimeInForce.GOOD_TILL_CANCELED);
    }

    @Test
    void theOrderStructureBecomesOurOrderWithItsTradeAsOurFill() throws Exception {
        VenueOrder order = OrdersApiAdapters.order(OrdersApiFixtures.order("order.json"), UID, "main", MARKETS);

        assertEquals(UID, order.clientOrderId());
        assertEquals("ord_123abc", order.venueOrderId());
        assertEquals("BTC-IRR", order.symbol());
        assertEquals(Side.BUY, order.side());
        assertEquals(OrderType.LIMIT, order.type());
        assertEquals(new BigDecimal("1000000000"), order.price());
        assertEquals(new BigDecimal("0.5"), order.quantity());
        assertEquals(new BigDecimal("0.2"), order.filled());
        assertEquals(TimeInForce.GOOD_TILL_CANCELED, order.timeInForce());
        assertEquals(OrderStatus.PARTIAL, order.status());
        assertNull(order.stopPrice());
        assertEquals("sess_123", order.sessionId());
        assertEquals("hold_789", order.holdId());
        assertEquals(Instant.parse("2025-12-30T10:05:00Z"), order.updatedAt());
        assertEquals(List.of(new VenueTrade("trade_456", UID, "BTC-IRR", Side.BUY, new BigDecimal("999000000"),
                new BigDecimal("0.2"), new BigDecimal("199800.0000"), "IRR", Instant.parse("2025-12-30T10:05:00Z"))).toString(),
                order.trades().toString(), "the seed's settlement: 0.1 % of the price in IRR, the maker's rate for a limit");
    }

    @Test
    void theCreateAnswersMapStatusTypeAndTimeInForceOneToOne() throws Exception {
        VenueOrder limit = OrdersApiAdapters.order(OrdersApiFixtures.order("create-limit-buy.json"), UID, "main", NO_MARKETS);
        VenueOrder market = OrdersApiAdapters.order(OrdersApiFixtures.order("create-market-sell.json"), UID, "main", MARKETS);
        VenueOrder stop = OrdersApiAdapters.order(OrdersApiFixtures.order("create-stop-limit.json"), UID, "main", NO_MARKETS);

        assertEquals(OrderStatus.ACTIVE, limit.status());
        assertEquals(List.of(), limit.trades());
        assertEquals(OrderStatus.FILLED, market.status());
        assertEquals(OrderType.MARKET, market.type());
        assertNull(market.price());
        assertEquals(TimeInForce.IMMEDIATE_OR_CANCEL, market.timeInForce());
        assertEquals("IRR", market.trades().get(0).feeAsset(), "the fee is in the quote asset");
        assertEquals(0, new BigDecimal("399600").compareTo(market.trades().get(0).fee()),
                "the taker's rate (0.002 here) for a market order: 0.2 x 999,000,000 x 0.002");
        assertEquals(OrderStatus.QUEUED, stop.status());
        assertEquals(OrderType.STOP_LIMIT, stop.type());
        assertEquals(new BigDecimal("950000000"), stop.stopPrice());
        assertEquals(new BigDecimal("940000000"), stop.price());
    }

    @Test
    void everyStatusTypeAndTimeInForceOfTheSeedIsRead() throws Exception {
        String template = OrdersApiFixtures.text("create-limit-buy.json");
        for (OrderStatus status : OrderStatus.values()) {
            String json = template.replace("\"status\": \"active\"", "\"status\": \"" + status.wireName() + "\"");
            assertEquals(status, OrdersApiAdapters.order(OrdersApiJson.read(json, OrdersApiDtos.Order.class), UID, "m", NO_MARKETS)
                    .status());
        }
        for (OrderType type : OrderType.values()) {
            String json = template.replace("\"type\": \"limit\"", "\"type\": \"" + type.wireName() + "\"");
            assertEquals(type, OrdersApiAdapters.order(OrdersApiJson.read(json, OrdersApiDtos.Order.class), UID, "m", NO_MARKETS)
                    .type());
        }
        for (TimeInForce tif : TimeInForce.values()) {
            String json = template.replace("good-till-canceled", tif.wireName());
            assertEquals(tif, OrdersApiAdapters.order(OrdersApiJson.read(json, OrdersApiDtos.Order.class), UID, "m", NO_MARKETS)
                    .timeInForce());
        }
    }

    @Test
    void aListItemWithoutTradesOrUpdateTimeIsReadFromWhatItHas() throws Exception {
        OrdersApiDtos.Page page = OrdersApiJson.read(OrdersApiFixtures.text("list-active.json"), OrdersApiDtos.Page.class);

        VenueOrder first = OrdersApiAdapters.order(page.items().get(0), VenueOrder.venueKeyed("ord_123"), "main", NO_MARKETS);

        assertEquals(25L, page.total());
        assertEquals(2, page.items().size());
        assertNull(page.items().get(0).trades(), "a list item does not report trades");
        assertEquals(VenueOrder.venueKeyed("ord_123"), first.clientOrderId());
        assertEquals(Instant.parse("2025-12-30T10:00:00Z"), first.updatedAt());
        assertEquals(new BigDecimal("0.0"), OrdersApiAdapters.order(page.items().get(1), "x", "main", NO_MARKETS).filled());
    }

    @Test
    void aRejectedOrderCarriesItsReasonsByWireNameOrWords() throws Exception {
        String json = OrdersApiFixtures.text("create-limit-buy.json").replace("\"status\": \"active\"",
                "\"status\": \"rejected\"").replace("\"rejection_reasons\": []",
                "\"rejection_reasons\": [\"insufficient_balance\", {\"type\": \"value_error\", \"msg\": \"outside trading session\"}]");

        VenueOrder order = OrdersApiAdapters.order(OrdersApiJson.read(json, OrdersApiDtos.Order.class), UID, "m", NO_MARKETS);

        assertEquals(List.of(RejectionReason.INSUFFICIENT_BALANCE, RejectionReason.OUTSIDE_TRADING_SESSION),
                order.rejectionReasons());
    }

    @Test
    void aMissingFieldIsNamed() throws Exception {
        OrdersApiDtos.Order order = OrdersApiJson.read(OrdersApiFixtures.text("order.json").replace("\"quantity\": \"0.5\",",
                ""), OrdersApiDtos.Order.class);

        assertEquals("the answer has no quantity",
                assertThrows(IllegalArgumentException.class, () -> OrdersApiAdapters.order(order, UID, "m", NO_MARKETS)).getMessage());
    }

    @Test
    void ourRequestsAreTheSeedsCreateBodiesWithDecimalsAsStrings() {
        assertEquals("{\"symbol\":\"BTC-IRR\",\"side\":\"buy\",\"type\":\"limit\",\"price\":\"1000000000\","
                + "\"quantity\":\"0.5\",\"time_in_force\":\"good-till-canceled\"}",
                OrdersApiJson.write(OrdersApiAdapters.newOrder(seedLimitBuy(UID), null, null)));
        assertEquals("{\"symbol\":\"BTC-IRR\",\"side\":\"sell\",\"type\":\"market\",\"quantity\":\"0.2\","
                + "\"time_in_force\":\"immediate-or-cancel\"}",
                OrdersApiJson.write(OrdersApiAdapters.newOrder(OrderRequest.market(UID, "main", "BTC-IRR", Side.SELL, "0.2"),
                        null, null)));
        OrderRequest stop = new OrderRequest(UID, "main", "BTC-IRR", Side.SELL, OrderType.STOP_LIMIT,
                new BigDecimal("9.4E+8"), new BigDecimal("0.5"), null, new BigDecimal("950000000"), null,
                Instant.parse("2025-12-31T00:00:00Z"));
        assertEquals("{\"symbol\":\"BTC-IRR\",\"side\":\"sell\",\"type\":\"stop-limit\",\"price\":\"940000000\","
                + "\"quantity\":\"0.5\",\"time_in_force\":\"good-till-canceled\",\"stop_price\":\"950000000\","
                + "\"expire_at\":\"2025-12-31T00:00:00Z\",\"user_id\":\"user_123\",\"wallet_id\":\"wallet_456\"}",
                OrdersApiJson.write(OrdersApiAdapters.newOrder(stop, "user_123", "wallet_456")));
    }

    @Test
    void aRialPriceAndAnEightDecimalQuantityTravelExactly() throws Exception {
        OrderRequest big = OrderRequest.limit(UID, "main", "BTC-IRR", Side.BUY, "123456789012", "0.00000001", null);
        String json = OrdersApiFixtures.text("create-limit-buy.json").replace("\"1000000000\"", "\"123456789012\"")
                .replace("\"quantity\": \"0.5\"", "\"quantity\": \"0.00000001\"");

        assertTrue(OrdersApiJson.write(OrdersApiAdapters.newOrder(big, null, null))
                .contains("\"price\":\"123456789012\",\"quantity\":\"0.00000001\""));
        VenueOrder order = OrdersApiAdapters.order(OrdersApiJson.read(json, OrdersApiDtos.Order.class), UID, "m", NO_MARKETS);
        assertEquals(new BigDecimal("123456789012"), order.price());
        assertEquals(new BigDecimal("0.00000001"), order.quantity());
    }

    @Test
    void aLostPlacementIsRecognisedBySymbolSideTypePriceQuantityAndTime() throws Exception {
        OrdersApiDtos.Order answered = OrdersApiFixtures.order("create-limit-buy.json");
        Instant before = Instant.parse("2025-12-30T11:59:58Z");

        assertTrue(OrdersApiAdapters.samePlacement(answered, seedLimitBuy(UID), before, Set.of()));
        assertFalse(OrdersApiAdapters.samePlacement(answered, seedLimitBuy(UID), before, Set.of("ord_789xyz")));
        assertFalse(OrdersApiAdapters.samePlacement(answered, seedLimitBuy(UID), Instant.parse("2025-12-30T12:00:01Z"),
                Set.of()), "created before the write-ahead record");
        assertFalse(OrdersApiAdapters.samePlacement(answered, OrderRequest.limit(UID, "main", "BTC-IRR", Side.BUY,
                "1000000001", "0.5", null), before, Set.of()));
        assertFalse(OrdersApiAdapters.samePlacement(answered, OrderRequest.limit(UID, "main", "BTC-IRR", Side.SELL,
                "1000000000", "0.5", null), before, Set.of()));
        assertTrue(OrdersApiAdapters.samePlacement(answered, OrderRequest.limit(UID, "main", "BTC-IRR", Side.BUY,
                "1000000000.00", "0.50", null), before, Set.of()), "the same decimals at another scale");
        assertTrue(OrdersApiAdapters.samePlacement(OrdersApiFixtures.order("create-market-sell.json"),
                OrderRequest.market(UID, "main", "BTC-IRR", Side.SELL, "0.2"), before, Set.of()));
    }

    @Test
    void timesWithoutAnOffsetAreUtcAndOthersAreRefusedNamingTheField() {
        assertEquals(Instant.parse("2025-12-30T10:00:00Z"), OrdersApiAdapters.time("2025-12-30T13:30:00+03:30", "t"));
        assertEquals(Instant.parse("2025-12-30T10:00:00Z"), OrdersApiAdapters.time("2025-12-30T10:00:00", "t"));
        assertEquals("created_at 'yesterday' is not an ISO-8601 time", assertThrows(IllegalArgumentException.class,
                () -> OrdersApiAdapters.time("yesterday", "created_at")).getMessage());
    }
}
