package io.tradewind.exchange.toparz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.type.TypeReference;
import io.tradewind.domain.Balance;
import io.tradewind.domain.OrderRequest;
import io.tradewind.domain.OrderStatus;
import io.tradewind.domain.OrderType;
import io.tradewind.domain.RejectionReason;
import io.tradewind.domain.Side;
import io.tradewind.domain.TimeInForce;
import io.tradewind.execution.TradePage;
import io.tradewind.execution.VenueOrder;
import io.tradewind.execution.VenueTrade;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TopArzAccountAdaptersTest {

    private static final String SEED_ID = "f6921326-cd2a-48e9-9fd1-1c6296deed46";
    private final TopArzSymbols symbols = new TopArzSymbols();
    private static final TopArzClientIds IDS = new TopArzClientIds();

    @Test
    void balancesSplitTheWholeValueIntoAvailableAndLocked() {
        List<TopArzBalance> data = TopArzFixtures.data("balances.json", new TypeReference<>() { });

        List<Balance> balances = TopArzAccountAdapters.balances(data);

        assertEquals(new Balance("USDT", new BigDecimal("11950"), new BigDecimal("50")), balances.get(0));
        assertEquals(new Balance("TMN", new BigDecimal("987653071098.25"), new BigDecimal("1250000.5")),
                balances.get(1), "rial-sized numbers given as strings stay exact");
        assertEquals(new BigDecimal("987654321098.75"), balances.get(1).total());
    }

    @Test
    void theSeedsMarketBuyAnswerIsAFilledOrderWithItsTrade() {
        TopArzOrderDetail data = TopArzFixtures.data("place-market-buy.json", new TypeReference<>() { });

        VenueOrder order = TopArzAccountAdapters.order(data.order(), data.trades(), "main", symbols, IDS);

        assertEquals(SEED_ID, order.clientOrderId());
        assertEquals("93", order.venueOrderId());
        assertEquals("main", order.account());
        assertEquals("USDT-TMN", order.symbol());
        assertEquals(Side.BUY, order.side());
        assertEquals(OrderType.MARKET, order.type());
        assertEquals(TimeInForce.IMMEDIATE_OR_CANCEL, order.timeInForce());
        assertNull(order.price());
        assertNull(order.quantity(), "a market buy is sized by total_price");
        assertEquals(OrderStatus.FILLED, order.status());
        assertEquals(new BigDecimal("4"), order.filled());
        assertEquals(Instant.ofEpochMilli(1721719000620L), order.updatedAt());
        assertEquals(List.of(new VenueTrade("382", SEED_ID, "USDT-TMN", Side.BUY, new BigDecimal("58009"),
                new BigDecimal("4"), new BigDecimal("0.01"), "USDT", Instant.ofEpochMilli(1721719000615L))),
                order.trades());
    }

    @Test
    void historyStatusesMapToOurs() {
        List<TopArzOrder> data = TopArzFixtures.data("orders-history.json", new TypeReference<>() { });

        List<VenueOrder> orders = data.stream().map(o -> TopArzAccountAdapters.order(o, List.of(), "main", symbols, IDS))
                .toList();

        VenueOrder finished = orders.get(0);
        assertEquals(OrderStatus.FILLED, finished.status());
        assertEquals(new BigDecimal("0.125"), finished.quantity());
        assertEquals(new BigDecimal("6200000000"), finished.price());
        assertEquals(TimeInForce.GOOD_TILL_CANCELED, finished.timeInForce());
        VenueOrder cancelled = orders.get(1);
        assertEquals(OrderStatus.CANCELLED, cancelled.status());
        assertEquals(new BigDecimal("0.2"), cancelled.filled());
        VenueOrder failed = orders.get(2);
        assertEquals(OrderStatus.REJECTED, failed.status());
        assertEquals(List.of(RejectionReason.VENUE_REJECTED), failed.rejectionReasons());
    }

    @Test
    void camelCaseActiveOrdersReadLikeSnakeCaseOnesAndALimitBuysQuantityIsTotalOverPrice() {
        List<TopArzOrder> data = TopArzFixtures.data("orders-active.json", new TypeReference<>() { });

        VenueOrder buy = TopArzAccountAdapters.order(data.get(0), List.of(), "main", symbols, IDS);
        VenueOrder sell = TopArzAccountAdapters.order(data.get(1), List.of(), "main", symbols, IDS);

        assertEquals("0b7e2f0c-4a51-4c1e-9d5e-7f3a2b9c8d10", buy.clientOrderId());
        assertEquals(OrderStatus.PARTIAL, buy.status());
        assertEquals(new BigDecimal("0.25"), buy.quantity());
        assertEquals(new BigDecimal("0.1"), buy.filled());
        assertEquals(Instant.ofEpochMilli(1764748900456L), buy.updatedAt());
        assertEquals(OrderStatus.ACTIVE, sell.status());
        assertEquals(new BigDecimal("0.05"), sell.quantity());
    }

    @Test
    void anOrderDetailCarriesItsTradesWithTheirFees() {
        TopArzOrderDetail data = TopArzFixtures.data("order-detail.json", new TypeReference<>() { });

        VenueOrder order = TopArzAccountAdapters.order(data.order(), data.trades(), "main", symbols, IDS);

        assertEquals(List.of(new VenueTrade("640", "0b7e2f0c-4a51-4c1e-9d5e-7f3a2b9c8d10", "BTC-TMN", Side.BUY,
                new BigDecimal("6150000000"), new BigDecimal("0.1"), new BigDecimal("0.00035"), "BTC",
                Instant.ofEpochMilli(1764748900456L))), order.trades());
    }

    @Test
    void aMarketSellThatRanOutOfBookIsCancelledNotFilled() {
        TopArzOrder partly = new TopArzOrder("7", "c1", "BTCTMN", new BigDecimal("1"), null, null,
                new BigDecimal("0.4"), null, "MARKET", "SELL", "1764748800000", null, "FINISHED", null);

        VenueOrder order = TopArzAccountAdapters.order(partly, List.of(), "main", symbols, IDS);

        assertEquals(OrderStatus.CANCELLED, order.status());
        assertEquals(Instant.ofEpochMilli(1764748800000L), order.updatedAt(), "created_at when never updated");
    }

    @Test
    void ownTradesComeOldestFirstWithoutRevertedOnesAndTheCursorPassesThemAll() {
        List<TopArzTrade> data = TopArzFixtures.data("trades.json", new TypeReference<>() { });

        TradePage page = TopArzAccountAdapters.tradePage(data, null, 100, symbols, IDS);

        assertEquals(List.of("633", "640"), page.trades().stream().map(VenueTrade::tradeId).toList());
        assertEquals("640", page.nextCursor());
        assertFalse(page.more());
        VenueTrade sell = page.trades().get(0);
        assertEquals(new BigDecimal("2712500"), sell.fee());
        assertEquals("TMN", sell.feeAsset());
        assertEquals(Side.SELL, sell.side());
    }

    @Test
    void tradesUpToTheCursorAreNotRepeatedAndAFullPageSaysMore() {
        List<TopArzTrade> data = TopArzFixtures.data("trades.json", new TypeReference<>() { });

        TradePage page = TopArzAccountAdapters.tradePage(data, "633", 3, symbols, IDS);

        assertEquals(List.of("640"), page.trades().stream().map(VenueTrade::tradeId).toList());
        assertTrue(page.more());
        assertEquals("633", TopArzAccountAdapters.tradePage(List.of(), "633", 3, symbols, IDS).nextCursor());
    }

    @Test
    void aTradeThatNamesNoOrderIsPassedOverWithoutStoppingTheOthersAndTheCursorPassesIt() {
        TopArzTrade website = new TopArzTrade("635", null, "BUY", "BTCTMN", BigDecimal.TEN, BigDecimal.ONE,
                BigDecimal.ONE, "BTC", "1764748100000", false);
        List<TopArzTrade> data = new ArrayList<>(TopArzFixtures.data("trades.json", new TypeReference<>() { }));
        data.add(website);

        TradePage page = TopArzAccountAdapters.tradePage(data, null, 100, symbols, IDS);

        assertEquals(List.of("633", "640"), page.trades().stream().map(VenueTrade::tradeId).toList());
        assertEquals("640", page.nextCursor());
    }

    @Test
    void theTradesOfAnOrderPlacedOnTheWebsiteAreItsFillsUnderTopArzsId() {
        TopArzOrder order = new TopArzOrder("93", null, "BTCTMN", new BigDecimal("1"), new BigDecimal("10"), null,
                new BigDecimal("1"), null, "LIMIT", "SELL", "1764748000000", "1764748100000", "FINISHED", null);
        TopArzTrade trade = new TopArzTrade("635", null, "SELL", "BTCTMN", BigDecimal.TEN, BigDecimal.ONE,
                new BigDecimal("0.035"), "TMN", "1764748100000", false);

        VenueOrder adapted = TopArzAccountAdapters.order(order, List.of(trade), "main", symbols, IDS);

        assertEquals("93", adapted.clientOrderId());
        assertEquals(List.of("93"), adapted.trades().stream().map(VenueTrade::clientOrderId).toList());
    }

    @Test
    void aFeeWithoutCurrencyIsInWhatTheTradeBroughtIn() {
        TopArzTrade buy = new TopArzTrade("1", "c", "BUY", "BTCTMN", BigDecimal.TEN, BigDecimal.ONE, BigDecimal.ONE,
                null, "1764748800000", false);
        TopArzTrade sell = new TopArzTrade("2", "c", "SELL", "BTCTMN", BigDecimal.TEN, BigDecimal.ONE, BigDecimal.ONE,
                "", "1764748800000", false);

        assertEquals("BTC", TopArzAccountAdapters.trade(buy, symbols, IDS).feeAsset());
        assertEquals("TMN", TopArzAccountAdapters.trade(sell, symbols, IDS).feeAsset());
    }

    @Test
    void requestsTakeTheSeedsFourShapesWithClientIdSpelledAsItsTable() {
        OrderRequest marketBuy = new OrderRequest(SEED_ID, "main", "BTC-TMN", Side.BUY, OrderType.MARKET, null, null,
                new BigDecimal("1000"), null, null, null);
        OrderRequest marketSell = OrderRequest.market(SEED_ID, "main", "BTC-TMN", Side.SELL, "100");
        OrderRequest limitBuy = OrderRequest.limit(SEED_ID, "main", "BTC-TMN", Side.BUY, "10", "100", null);
        OrderRequest limitSell = OrderRequest.limit(SEED_ID, "main", "BTCTMN", Side.SELL, "10", "100", null);

        assertEquals("{\"client_id\":\"" + SEED_ID + "\",\"symbol\":\"BTCTMN\",\"type\":\"MARKET\",\"side\":\"BUY\","
                + "\"total_price\":1000}", body(marketBuy));
        assertEquals("{\"client_id\":\"" + SEED_ID + "\",\"symbol\":\"BTCTMN\",\"type\":\"MARKET\",\"side\":\"SELL\","
                + "\"quantity\":100}", body(marketSell));
        assertEquals("{\"client_id\":\"" + SEED_ID + "\",\"symbol\":\"BTCTMN\",\"type\":\"LIMIT\",\"side\":\"BUY\","
                + "\"price\":10,\"total_price\":1000}", body(limitBuy));
        assertEquals("{\"client_id\":\"" + SEED_ID + "\",\"symbol\":\"BTCTMN\",\"type\":\"LIMIT\",\"side\":\"SELL\","
                + "\"price\":10,\"quantity\":100}", body(limitSell));
    }

    @Test
    void aLimitBuysTotalIsExactAtRialMagnitudesAndNeverInExponentNotation() {
        OrderRequest buy = OrderRequest.limit("u", "main", "BTC-TMN", Side.BUY, "61500000000", "0.00012345", null);

        assertEquals("{\"client_id\":\"21e00000-0000-4000-8000-000000000000\",\"symbol\":\"BTCTMN\",\"type\":\"LIMIT\",\"side\":\"BUY\","
                + "\"price\":61500000000,\"total_price\":7592175}", body(buy));
        assertEquals("{\"client_id\":\"21e00000-0000-4000-8000-000000000000\",\"symbol\":\"BTCTMN\",\"type\":\"MARKET\",\"side\":\"BUY\","
                + "\"total_price\":1000000}", body(new OrderRequest("u", "main", "BTC-TMN", Side.BUY, OrderType.MARKET,
                        null, null, new BigDecimal("1E+6"), null, null, null)));
    }

    @Test
    void aMarketBuyGivenOnlyAQuantityIsRefusedBeforeSending() {
        OrderRequest byQuantity = OrderRequest.market("u", "main", "BTC-TMN", Side.BUY, "0.1");

        assertEquals(List.of(RejectionReason.TOTAL_PRICE_MISSING), TopArzAccountAdapters.refusal(byQuantity));
        assertNull(TopArzAccountAdapters.refusal(OrderRequest.market("u", "main", "BTC-TMN", Side.SELL, "0.1")));
        VenueOrder rejected = VenueOrder.rejected(byQuantity, List.of(RejectionReason.TOTAL_PRICE_MISSING),
                Instant.EPOCH);
        assertEquals(OrderStatus.REJECTED, rejected.status());
        assertEquals("u", rejected.clientOrderId());
    }

    private static String body(OrderRequest request) {
        return TopArzJson.write(TopArzAccountAdapters.orderRequest(request, IDS));
    }
}
