package io.tradewind.exchange.negociecoins;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.tradewind.domain.Balance;
import io.tradewind.domain.OrderStatus;
import io.tradewind.domain.OrderType;
import io.tradewind.domain.RejectionReason;
import io.tradewind.domain.Side;
import io.tradewind.domain.TimeInForce;
import io.tradewind.exchange.PublicTrade;
import io.tradewind.execution.VenueOrder;
import io.tradewind.execution.VenueTrade;
import io.tradewind.marketdata.DepthSnapshot;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** NegocieCoins' JSON (the seed's examples) into domain types. */
class NegocieCoinsAdaptersTest {

    @Test
    void theSeedsOrderBecomesAFilledLimitOrderWithItsOperation() throws Exception {
        NegocieCoinsDtos.Order dto = NegocieCoinsJson.list(NegocieCoinsFixtures.text("order.json"),
                NegocieCoinsDtos.Order.class).get(0);

        VenueOrder order = NegocieCoinsAdapters.order(dto, "uid-1", "main");

        assertEquals("uid-1", order.clientOrderId());
        assertEquals("7396", order.venueOrderId());
        assertEquals("BTC-BRL", order.symbol());
        assertEquals(Side.BUY, order.side());
        assertEquals(OrderType.LIMIT, order.type());
        assertEquals(TimeInForce.GOOD_TILL_CANCELED, order.timeInForce());
        assertEquals(new BigDecimal("945.0"), order.price());
        assertEquals(new BigDecimal("0.01"), order.quantity());
        assertEquals(OrderStatus.FILLED, order.status());
        assertEquals(new BigDecimal("0.01"), order.filled());
        VenueTrade trade = order.trades().get(0);
        assertEquals("4956", trade.tradeId());
        assertEquals("uid-1", trade.clientOrderId());
        assertEquals(new BigDecimal("945.0"), trade.price());
        assertEquals(0, trade.fee().signum());
        assertEquals("BRL", trade.feeAsset());
        // 12:36:33.117 in São Paulo (UTC-3 in September 2015)
        assertEquals(Instant.parse("2015-09-10T15:36:33.117Z"), trade.time());
        assertEquals(trade.time(), order.updatedAt());
    }

    @Test
    void everyDocumentedStatusHasItsDomainStatus() {
        assertEquals(OrderStatus.ACTIVE, NegocieCoinsAdapters.status("pending", BigDecimal.ZERO));
        assertEquals(OrderStatus.PARTIAL, NegocieCoinsAdapters.status("pending", new BigDecimal("0.1")));
        assertEquals(OrderStatus.PARTIAL, NegocieCoinsAdapters.status("partially filled", BigDecimal.ZERO));
        assertEquals(OrderStatus.FILLED, NegocieCoinsAdapters.status("filled", BigDecimal.ONE));
        assertEquals(OrderStatus.CANCELLED, NegocieCoinsAdapters.status("cancelled", BigDecimal.ZERO));
        assertEquals(OrderStatus.REJECTED, NegocieCoinsAdapters.status("rejected", BigDecimal.ZERO));
        assertThrows(IllegalArgumentException.class, () -> NegocieCoinsAdapters.status("aberta", BigDecimal.ZERO));
    }

    @Test
    void theNetBalanceIsAvailableAndOpenOrdersAreHeld() throws Exception {
        List<Balance> balances = NegocieCoinsAdapters.balances(NegocieCoinsJson.map(
                NegocieCoinsFixtures.text("balance.json"), NegocieCoinsDtos.Balance.class));

        assertEquals(List.of(
                new Balance("BRL", new BigDecimal("47.252"), new BigDecimal("400.0")),
                new Balance("BTC", new BigDecimal("50.00000001"), new BigDecimal("50.0")),
                new Balance("LTC", new BigDecimal("100.0"), new BigDecimal("100.0"))), balances);
    }

    @Test
    void theBookIsSortedBestFirst() throws Exception {
        DepthSnapshot book = NegocieCoinsAdapters.depth(NegocieCoinsJson.read(
                NegocieCoinsFixtures.text("orderbook.json"), NegocieCoinsDtos.Book.class), "BTC-BRL", Instant.EPOCH);

        assertEquals(new BigDecimal("512300.00"), book.bids().get(0).price());
        assertEquals(new BigDecimal("512000.10"), book.bids().get(1).price());
        assertEquals(new BigDecimal("512450.50"), book.asks().get(0).price());
        assertEquals(new BigDecimal("0.00123456"), book.asks().get(0).quantity());
    }

    @Test
    void publicTradesComeOldestFirstWithTheTakerSide() throws Exception {
        List<PublicTrade> trades = NegocieCoinsAdapters.publicTrades(NegocieCoinsJson.list(
                NegocieCoinsFixtures.text("trades-window.json"), NegocieCoinsDtos.Trade.class), "BTC-BRL");

        assertEquals(List.of("90001", "90002", "90003", "90004", "90005"),
                trades.stream().map(PublicTrade::tradeId).toList());
        assertEquals(Instant.ofEpochSecond(1764748805L), trades.get(0).time());
        assertEquals(Side.BUY, trades.get(0).takerSide());
        assertEquals(Side.SELL, trades.get(2).takerSide());
        assertEquals(new BigDecimal("512900.50"), trades.get(1).price());
    }

    @Test
    void pairsAreSpelledTheVenuesTwoWays() {
        assertEquals("BRLBTC", NegocieCoinsSymbols.tradePair("BTC-BRL"));
        assertEquals("btcbrl", NegocieCoinsSymbols.publicPair("BTC-BRL"));
        assertEquals("LTC-BRL", NegocieCoinsSymbols.canonical("BRLLTC"));
        assertThrows(IllegalArgumentException.class, () -> NegocieCoinsSymbols.tradePair("BTC-USDT"));
        assertThrows(IllegalArgumentException.class, () -> NegocieCoinsSymbols.canonical("BTCBRL"));
    }

    @Test
    void portugueseMessagesGiveTheirReason() {
        assertEquals(List.of(RejectionReason.INSUFFICIENT_BALANCE),
                NegocieCoinsRejections.reasons("Saldo insuficiente para realizar esta operação."));
        assertEquals(List.of(RejectionReason.QUANTITY_BELOW_MINIMUM),
                NegocieCoinsRejections.reasons("Quantidade mínima para compra: 0,0001 BTC."));
        assertEquals(List.of(RejectionReason.UNKNOWN_SYMBOL), NegocieCoinsRejections.reasons("Par inválido"));
        assertEquals(List.of(RejectionReason.VENUE_REJECTED), NegocieCoinsRejections.reasons("Erro desconhecido"));
    }

    @Test
    void aRefusalsWordsAreReadVerbatim() {
        assertEquals("Saldo insuficiente para realizar esta operação.",
                NegocieCoinsJson.message(NegocieCoinsFixtures.text("error-saldo.json")));
        assertEquals("Ordem não encontrada", NegocieCoinsJson.message("Ordem não encontrada"));
        assertEquals("", NegocieCoinsJson.message(""));
    }

    /** feeRate read as a rate: when the order's own fee says otherwise, the fees recorded may be wrong, and it is said. */
    @Test
    void feesThatDisagreeWithTheOrdersOwnAreSaid() {
        List<NegocieCoinsDtos.Operation> operation = List.of(new NegocieCoinsDtos.Operation("op-1", "2015-09-10T12:36:33.117",
                new BigDecimal("0.005"), new BigDecimal("1000"), new BigDecimal("0.5")));
        NegocieCoinsDtos.Order agreeing = new NegocieCoinsDtos.Order("7", "2015-09-10T12:36:30", "BRLBTC", "buy", "filled",
                new BigDecimal("1000"), new BigDecimal("0.5"), null, new BigDecimal("0.5"), null, new BigDecimal("2.5"), null,
                operation);
        NegocieCoinsDtos.Order disagreeing = new NegocieCoinsDtos.Order("8", "2015-09-10T12:36:30", "BRLBTC", "buy", "filled",
                new BigDecimal("1000"), new BigDecimal("0.5"), null, new BigDecimal("0.5"), null, new BigDecimal("0.005"), null,
                operation);

        assertNull(NegocieCoinsAdapters.feeDisagreement(agreeing, NegocieCoinsAdapters.order(agreeing, "a", "main")));
        assertEquals("order 8: its operations' fees (feeRate × price × quantity) come to 2.5 BRL where the order states a fee"
                + " of 0.005; the fees recorded may be wrong: compare them with NegocieCoins' statement",
                NegocieCoinsAdapters.feeDisagreement(disagreeing, NegocieCoinsAdapters.order(disagreeing, "b", "main")));
    }

    @Test
    void anOrderWithoutItsIdIsUnreadable() {
        NegocieCoinsDtos.Order noId = new NegocieCoinsDtos.Order(null, "2015-09-10T12:36:30", "BRLBTC", "buy",
                "pending", BigDecimal.ONE, BigDecimal.ONE, null, null, null, null, null, null);
        NullPointerException e = assertThrows(NullPointerException.class,
                () -> NegocieCoinsAdapters.order(noId, "x", "main"));
        assertEquals("order id", e.getMessage());
    }
}
