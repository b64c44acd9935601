package io.tradewind.exchange.nami;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tradewind.domain.Balance;
import io.tradewind.domain.Decimals;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Nami's account answers. Documented: the order structure of the seed's ({@code 004_…}) "Close
 * Order" answer ({@code cancel-order.json}, verbatim: {@code displayingId}, {@code side},
 * {@code type}, {@code price}, {@code quantity}, {@code executedQty}, {@code executedQuoteQty},
 * {@code feeMetadata}, {@code useQuoteQty}, the assets and their ids, {@code status}
 * {@code CANCELED}, {@code stopPrice}), and from {@code exchanges.md} the placement parameters and
 * the balance shape {@code {"<assetId>":{value,locked_value}}}. Inferred: that placement, open
 * orders and history answer orders of that structure (the history and open orders as a list in
 * {@code data}), {@code createdAt}/{@code updatedAt}, the statuses other than {@code CANCELED}
 * ({@code NEW}, {@code PARTIALLY_FILLED}, {@code FILLED}), a quote-sized market order answering
 * {@code price} and {@code quantity} 0, that {@code value} is the whole balance with
 * {@code locked_value} part of it, and the broker error messages (the codes are not documented).
 */
class NamiAccountAdaptersTest {

    private static final Instant NOW = Instant.parse("2026-12-03T09:30:00Z");
    private final NamiSymbols symbols = new NamiSymbols();

    static OrderRequest seedBuy(String uid) {
        return OrderRequest.limit(uid, "main", "BTC-USDT", Side.BUY, "62877.99", "0.07474", null);
    }

    /** Documented: the seed's answer, verbatim. */
    @Test
    void theSeedsClosedOrderIsACancelledLimitBuy() {
        VenueOrder order = NamiAccountAdapters.order(NamiFixtures.data("cancel-order.json"), "ours", "main", symbols, NOW);

        assertEquals("ours", order.clientOrderId());
        assertEquals("435372", order.venueOrderId());
        assertEquals("BTC-USDT", order.symbol());
        assertEquals(Side.BUY, order.side());
        assertEquals(OrderType.LIMIT, order.type());
        assertEquals(new BigDecimal("62877.99"), order.price());
        assertEquals(new BigDecimal("0.07474"), order.quantity());
        assertNull(order.stopPrice(), "Nami's stopPrice 0 means none");
        assertEquals(OrderStatus.CANCELLED, order.status());
        assertEquals(TimeInForce.GOOD_TILL_CANCELED, order.timeInForce());
        assertTrue(order.trades().isEmpty());
        assertEquals(NOW, order.updatedAt(), "the seed's order carries no time");
    }

    /**
     * Inferred: the placement answer, {@code FILLED}, price and quantity 0 for a quote-sized order,
     * and {@code createdAt}/{@code updatedAt} in milliseconds; the fields read are the seed's.
     */
    @Test
    void anOrderThatEndedCarriesItsWholeExecutionAsOneTradeAtTheAveragePrice() {
        VenueOrder order = NamiAccountAdapters.order(NamiFixtures.data("place-market-quote.json"), "m-1", "main",
                symbols, NOW);

        assertEquals(OrderStatus.FILLED, order.status());
        assertNull(order.price());
        assertEquals(new BigDecimal("0.0159"), order.quantity(), "a quote-sized order's quantity is what executed");
        VenueTrade trade = order.trades().get(0);
        assertEquals(new VenueTrade("435380", "m-1", "BTC-USDT", Side.BUY, new BigDecimal("62877.73584905660377"),
                new BigDecimal("0.0159"), new BigDecimal("0.0000159"), "BTC", Instant.ofEpochMilli(1764752401020L)), trade);
        assertNull(Decimals.unstorable(trade.price()), "the store keeps the price");
        assertNull(Decimals.unstorable(trade.price().multiply(trade.quantity())), "and the value the balances move by");
    }

    /**
     * An average that repeats (a third at 62010, the rest at 62011) is kept to what the store can
     * hold with its quantity; one that ends within that is exact. The store refused 34 digits: the
     * fill was never recorded and every reconciliation failed on it.
     */
    @Test
    void theAveragePriceFitsTheStoreWithItsValue() {
        BigDecimal average = NamiAccountAdapters.averagePrice(new BigDecimal("186.032"), new BigDecimal("0.003"));

        assertEquals(new BigDecimal("62010.666666666666667"), average);
        assertNull(Decimals.unstorable(average.multiply(new BigDecimal("0.003"))));
        assertEquals(new BigDecimal("62010.5"), NamiAccountAdapters.averagePrice(new BigDecimal("124.021"),
                new BigDecimal("0.002")), "an average that ends is exact");
        assertEquals(new BigDecimal("333333.333333333333"), NamiAccountAdapters.averagePrice(BigDecimal.ONE,
                new BigDecimal("0.000003")), "six decimals of quantity leave twelve for the price");
    }

    /**
     * A fee whose {@code feeMetadata} names no asset: the asset with its {@code assetId}, else the
     * quote asset, in which the seed's only example charges a buy.
     */
    @Test
    void aFeeWithoutItsAssetNamedIsInTheAssetOfItsIdElseInTheQuote() {
        ObjectNode order = (ObjectNode) NamiFixtures.data("place-market-quote.json").deepCopy();
        ObjectNode fee = (ObjectNode) order.get("feeMetadata");
        fee.remove("asset");
        assertEquals("BTC", NamiAccountAdapters.order(order, "m-1", "main", symbols, NOW).trades().get(0).feeAsset(),
                "assetId 9 is the order's baseAssetId");
        fee.put("assetId", 22);
        assertEquals("USDT", NamiAccountAdapters.order(order, "m-1", "main", symbols, NOW).trades().get(0).feeAsset());
        fee.remove("assetId");
        assertEquals("USDT", NamiAccountAdapters.order(order, "m-1", "main", symbols, NOW).trades().get(0).feeAsset());
        symbols.learnAsset("1", "NAMI");
        fee.put("assetId", 1);
        assertEquals("NAMI", NamiAccountAdapters.order(order, "m-1", "main", symbols, NOW).trades().get(0).feeAsset(),
                "a third asset the spot config names by its id, not the quote");
    }

    /** Inferred: the open orders as a list in {@code data} and the status {@code PARTIALLY_FILLED}. */
    @Test
    void anOpenOrderWithExecutionsIsPartialAndCarriesNoTradeYet() {
        VenueOrder order = NamiAccountAdapters.order(NamiAccountAdapters.list(NamiFixtures.data("open-orders.json"))
                .get(0), "x", "main", symbols, NOW);

        assertEquals(OrderStatus.PARTIAL, order.status());
        assertEquals(new BigDecimal("0.02"), order.filled());
        assertTrue(order.trades().isEmpty());
    }

    /** {@code STOP_LIMIT} and {@code stopPrice} are documented; the status {@code NEW} is inferred. */
    @Test
    void aStopLimitKeepsItsStopPrice() {
        VenueOrder order = NamiAccountAdapters.order(NamiAccountAdapters.list(NamiFixtures.data("open-orders.json"))
                .get(1), "x", "main", symbols, NOW);

        assertEquals(OrderType.STOP_LIMIT, order.type());
        assertEquals(new BigDecimal("3150"), order.stopPrice());
        assertEquals(OrderStatus.ACTIVE, order.status());
    }

    /** Documented: the parameter names; their order follows the documented signing example. */
    @Test
    void marketParametersSayWhetherTheQuoteAmountSizesThem() {
        OrderRequest byQuote = new OrderRequest("q", "main", "BTC-USDT", Side.BUY, OrderType.MARKET, null, null,
                new BigDecimal("1000"), null, null, null);
        OrderRequest byQuantity = OrderRequest.market("b", "main", "BTC-USDT", Side.SELL, "0.5");

        assertEquals(Map.of("symbol", "BTCUSDT", "side", "BUY", "type", "MARKET", "useQuoteQty", true,
                "quoteOrderQty", new BigDecimal("1000")), NamiAccountAdapters.placeParams(byQuote, "BTCUSDT"));
        assertEquals(List.of("symbol", "side", "type", "quantity", "useQuoteQty"),
                new ArrayList<>(NamiAccountAdapters.placeParams(byQuantity, "BTCUSDT").keySet()));
    }

    @Test
    void aStopLimitWithoutStopPriceIsRefusedBeforeSending() {
        OrderRequest stop = new OrderRequest("s", "main", "BTC-USDT", Side.SELL, OrderType.STOP_LIMIT,
                new BigDecimal("60000"), new BigDecimal("0.1"), null, null, null, null);

        assertEquals(List.of(RejectionReason.STOP_PRICE_MISSING), NamiAccountAdapters.refusal(stop));
    }

    /** Inferred: the messages; exchanges.md shows only the {@code BROKER_ERROR} shape with code 6104. */
    @Test
    void brokerMessagesMapToReasonsAndTheRestIsVenueRejected() {
        assertEquals(List.of(RejectionReason.INSUFFICIENT_BALANCE), NamiAccountAdapters.reasons("Insufficient balance"));
        assertEquals(List.of(RejectionReason.NOTIONAL_BELOW_MINIMUM), NamiAccountAdapters.reasons("MIN_NOTIONAL"));
        assertEquals(List.of(RejectionReason.VENUE_REJECTED), NamiAccountAdapters.reasons("Giá đặt không hợp lệ"));
        assertEquals(List.of(RejectionReason.VENUE_REJECTED), NamiAccountAdapters.reasons(null));
    }

    /** Inferred: {@code createdAt}, which the seed's order does not carry (hence never taken without it). */
    @Test
    void theSamePlacementIsMatchedOnEverythingItAskedAndItsCreationTime() {
        JsonNode open = NamiAccountAdapters.list(NamiFixtures.data("open-orders.json")).get(0);
        Instant since = Instant.parse("2026-12-03T09:00:00Z");

        assertTrue(NamiAccountAdapters.samePlacement(open, seedBuy("u"), "BTCUSDT", since, Set.of()));
        assertFalse(NamiAccountAdapters.samePlacement(open, seedBuy("u"), "BTCUSDT", since, Set.of("435372")),
                "claimed by another order of ours");
        assertFalse(NamiAccountAdapters.samePlacement(open, seedBuy("u"), "BTCUSDT",
                Instant.parse("2026-12-03T09:00:02Z"), Set.of()), "created before the write-ahead record");
        assertFalse(NamiAccountAdapters.samePlacement(open, OrderRequest.limit("u", "main", "BTC-USDT", Side.BUY,
                "62877.98", "0.07474", null), "BTCUSDT", since, Set.of()), "another price");
        assertFalse(NamiAccountAdapters.samePlacement(open, OrderRequest.limit("u", "main", "BTC-USDT", Side.SELL,
                "62877.99", "0.07474", null), "BTCUSDT", since, Set.of()), "another side");
        assertFalse(NamiAccountAdapters.samePlacement(NamiFixtures.data("cancel-order.json"), seedBuy("u"), "BTCUSDT",
                since, Set.of()), "an order without a creation time is never taken");
        assertTrue(NamiAccountAdapters.askedButUntimed(NamiFixtures.data("cancel-order.json"), seedBuy("u"), "BTCUSDT",
                Set.of()), "but it is told apart from an order that asked something else");
        assertFalse(NamiAccountAdapters.askedButUntimed(open, seedBuy("u"), "BTCUSDT", Set.of()), "it has a time");
    }

    /** The shape is documented; {@code value} as the whole amount, {@code locked_value} held within it, is inferred. */
    @Test
    void balancesAreNamedThroughTheConfigsAssetIds() {
        symbols.learnAsset("9", "BTC");
        symbols.learnAsset("22", "USDT");
        List<String> unnamed = new ArrayList<>();

        List<Balance> balances = NamiAccountAdapters.balances(NamiFixtures.data("balance.json"), symbols, unnamed);

        assertEquals(List.of(new Balance("BTC", new BigDecimal("0.42526"), new BigDecimal("0.07474")),
                new Balance("USDT", new BigDecimal("12000.5"), new BigDecimal("0"))), balances);
        assertEquals(List.of("72"), unnamed);
    }
}
