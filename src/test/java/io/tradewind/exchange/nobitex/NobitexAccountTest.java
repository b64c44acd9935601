package io.tradewind.exchange.nobitex;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.tradewind.domain.Balance;
import io.tradewind.domain.Side;
import io.tradewind.execution.VenueTrade;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class NobitexAccountTest {

    @Test
    void walletsBecomeBalancesWithRialsAsIrr() {
        List<Balance> balances = NobitexAccount.balances(NobitexExamples.read("wallets.json", NobitexDtos.Wallets.class));

        assertEquals(List.of(
                new Balance("IRR", new BigDecimal("2500000000.0000000000"), new BigDecimal("312000000.0000000000")),
                new Balance("LTC", new BigDecimal("10.2649975000"), new BigDecimal("0"))), balances);
        assertEquals(0, balances.get(0).total().compareTo(new BigDecimal("2812000000")));
    }

    @Test
    void ownTradesOldestFirstAfterTheCursorWithFeesInTheReceivedAsset() {
        NobitexDtos.OwnTrades page = NobitexExamples.read("own-trades.json", NobitexDtos.OwnTrades.class);

        List<VenueTrade> all = NobitexAccount.trades(page.trades(), -1, orderId -> "uid-" + orderId);
        assertEquals(List.of("1001", "1002"), all.stream().map(VenueTrade::tradeId).toList());
        VenueTrade first = all.get(0);
        assertEquals("uid-5684", first.clientOrderId());
        assertEquals("LTC-IRT", first.symbol());
        assertEquals(Side.SELL, first.side());
        assertEquals(new BigDecimal("8500000.0000000000"), first.price());
        assertEquals(new BigDecimal("1.0000000000"), first.quantity());
        assertEquals(new BigDecimal("29750.0000000000"), first.fee());
        assertEquals("IRR", first.feeAsset());
        assertEquals(Instant.parse("2018-11-28T12:40:00Z"), first.time());

        assertEquals(List.of("1002"), NobitexAccount.trades(page.trades(), 1001, id -> "x").stream()
                .map(VenueTrade::tradeId).toList());
        List<NobitexDtos.OwnTrade> twice = new java.util.ArrayList<>(page.trades());
        twice.addAll(page.trades());
        assertEquals(2, NobitexAccount.trades(twice, -1, id -> "x").size(), "a trade on two pages counts once");
    }

    @Test
    void aPageSaysWhetherItListsOldestFirst() {
        List<NobitexDtos.OwnTrade> newestFirst = NobitexExamples.read("own-trades.json", NobitexDtos.OwnTrades.class)
                .trades();
        assertEquals(false, NobitexAccount.oldestFirst(newestFirst));
        assertEquals(true, NobitexAccount.oldestFirst(List.of(newestFirst.get(1), newestFirst.get(0))));
        assertEquals(true, NobitexAccount.oldestFirst(List.of()));
    }
}
