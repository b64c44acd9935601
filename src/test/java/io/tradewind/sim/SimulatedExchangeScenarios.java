package io.tradewind.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tradewind.sim.book.OrderBook;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Scenario tests of the simulated exchange, run once per order book implementation by the
 * subclasses. Each reads as a small story in the Orders API's vocabulary; invariants are checked
 * after every event by the harness.
 */
abstract class SimulatedExchangeScenarios {

    abstract Supplier<OrderBook> books();

    ScenarioHarness ex;

    @BeforeEach
    void newExchange() {
        ex = new ScenarioHarness(books());
    }

    private void aliceAndBob() {
        ex.btcIrr("");
        ex.account("alice", "{\"IRR\":\"100000000\"}");
        ex.account("bob", "{\"BTC\":\"2\"}");
    }

    // ---- settlement and holds ----------------------------------------------------------------

    @Test
    void theSeedsSettlementExample() {
        aliceAndBob();
        ex.limit("bob", "s1", "sell", "100000000", "0.5");
        List<String> events = ex.limit("alice", "b1", "buy", "100000000", "0.5");

        assertEquals(List.of("b1 active 0", "trade 100000000 x 0.5 s1->b1 fees 50000/50000",
                "s1 filled 0.5", "b1 filled 0.5"), events);
        assertEquals("49950000/0", ex.balance("alice", "IRR"), "buyer pays 50M plus 50K fee");
        assertEquals("0.5/0", ex.balance("alice", "BTC"));
        assertEquals("1.5/0", ex.balance("bob", "BTC"));
        assertEquals("49950000/0", ex.balance("bob", "IRR"), "seller receives 50M minus 50K fee");
        assertEquals("100000", ex.fees("IRR"));
    }

    @Test
    void rialMagnitudesWithEightDecimalQuantitiesAreExact() {
        ex.run("{\"op\":\"instrument\",\"symbol\":\"BTC-IRR\",\"base\":\"BTC\",\"quote\":\"IRR\",\"tick_size\":\"1000\","
                + "\"step_size\":\"0.00000001\",\"min_quantity\":\"0.00000001\",\"maker_fee\":\"0.001\",\"taker_fee\":\"0.001\"}");
        ex.account("buyer", "{\"IRR\":\"400000000000\"}");
        ex.account("seller", "{\"BTC\":\"3\"}");

        ex.limit("buyer", "b", "buy", "123456789000", "2.5");
        // 2.5 × 123,456,789,000 = 308,641,972,500; the hold adds the 0.1% fee, 308,641,972.5
        assertEquals("91049385527.5/308950614472.5", ex.balance("buyer", "IRR"));

        ex.limit("seller", "s", "sell", "123456789000", "2.5");
        assertEquals("91049385527.5/0", ex.balance("buyer", "IRR"), "pays 308,641,972,500 + 308,641,972.5");
        assertEquals("2.5/0", ex.balance("buyer", "BTC"));
        assertEquals("308333330527.5/0", ex.balance("seller", "IRR"), "receives 308,641,972,500 - 308,641,972.5");
        assertEquals("0.5/0", ex.balance("seller", "BTC"));
        assertEquals("617283945", ex.fees("IRR"));
    }

    @Test
    void aRestingBuyHoldsPriceTimesQuantityPlusFeeAndCancelReleasesIt() {
        aliceAndBob();
        ex.limit("alice", "b1", "buy", "90000000", "0.2");
        assertEquals("81982000/18018000", ex.balance("alice", "IRR"));

        assertEquals(List.of("b1 cancelled 0"), ex.cancel("alice", "b1"));
        assertEquals("100000000/0", ex.balance("alice", "IRR"));
    }

    @Test
    void aSellHoldsBaseQuantity() {
        aliceAndBob();
        ex.limit("bob", "s1", "sell", "110000000", "0.7");
        assertEquals("1.3/0.7", ex.balance("bob", "BTC"));
    }

    @Test
    void aBuyFilledBelowItsLimitGetsTheUnusedHoldBack() {
        aliceAndBob();
        ex.limit("bob", "s1", "sell", "95000000", "0.5");
        ex.limit("alice", "b1", "buy", "100000000", "0.5");
        // pays 47,500,000 + 47,500 fee, not the 50,050,000 it held
        assertEquals("52452500/0", ex.balance("alice", "IRR"));
    }

    @Test
    void partialFillsReleaseTheHoldOfWhatFilled() {
        aliceAndBob();
        ex.limit("alice", "b1", "buy", "100000000", "0.5");
        List<String> events = ex.limit("bob", "s1", "sell", "100000000", "0.2");
        assertEquals(List.of("s1 active 0", "trade 100000000 x 0.2 b1->s1 fees 20000/20000",
                "b1 partial 0.2", "s1 filled 0.2"), events);
        // 100,000,000 - 20,020,000 paid - 30,030,000 still held for 0.3
        assertEquals("49950000/30030000", ex.balance("alice", "IRR"));
    }

    @Test
    void cannotSpendWhatIsHeld() {
        aliceAndBob();
        ex.limit("alice", "b1", "buy", "90000000", "1");
        assertEquals(List.of("b2 rejected 0 [insufficient_balance]"), ex.limit("alice", "b2", "buy", "90000000", "0.2"));
    }

    // ---- priority -------------------------------------------------------------------------

    @Test
    void priceThenTimePriority() {
        ex.btcIrr("");
        ex.account("a", "{\"BTC\":\"1\"}").account("b", "{\"BTC\":\"1\"}").account("c", "{\"BTC\":\"1\"}");
        ex.account("taker", "{\"IRR\":\"1000000000\"}");
        ex.limit("a", "a1", "sell", "101000000", "0.1");
        ex.limit("b", "b1", "sell", "100000000", "0.1");
        ex.limit("c", "c1", "sell", "100000000", "0.1");
        List<String> events = ex.limit("taker", "t1", "buy", "101000000", "0.25");
        assertEquals(List.of("t1 active 0",
                "trade 100000000 x 0.1 b1->t1 fees 10000/10000", "b1 filled 0.1", "t1 partial 0.1",
                "trade 100000000 x 0.1 c1->t1 fees 10000/10000", "c1 filled 0.1", "t1 partial 0.2",
                "trade 101000000 x 0.05 a1->t1 fees 5050/5050", "a1 partial 0.05", "t1 filled 0.25"), events);
        assertEquals("bids [] asks [101000000 x 0.05]", ex.book());
    }

    // ---- time in force --------------------------------------------------------------------

    @Test
    void immediateOrCancelFillsWhatItCanAndCancelsTheRest() {
        aliceAndBob();
        ex.limit("bob", "s1", "sell", "100000000", "0.1");
        List<String> events = ex.limit("alice", "b1", "buy", "100000000", "0.3", "immediate-or-cancel");
        assertEquals(List.of("b1 active 0", "trade 100000000 x 0.1 s1->b1 fees 10000/10000",
                "s1 filled 0.1", "b1 partial 0.1", "b1 cancelled 0.1"), events);
        assertEquals("bids [] asks []", ex.book());
        assertEquals("89990000/0", ex.balance("alice", "IRR"), "the cancelled part's hold is released");
    }

    @Test
    void fillOrKillWithTooLittleLiquidityFillsNothing() {
        aliceAndBob();
        ex.limit("bob", "s1", "sell", "100000000", "0.1");
        List<String> events = ex.limit("alice", "b1", "buy", "100000000", "0.3", "fill-or-kill");
        assertEquals(List.of("b1 active 0", "b1 cancelled 0"), events);
        assertEquals("bids [] asks [100000000 x 0.1]", ex.book());
        assertEquals("100000000/0", ex.balance("alice", "IRR"));
    }

    @Test
    void fillOrKillWithEnoughLiquidityFillsCompletely() {
        aliceAndBob();
        ex.limit("bob", "s1", "sell", "100000000", "0.1");
        ex.limit("bob", "s2", "sell", "101000000", "0.2");
        List<String> events = ex.limit("alice", "b1", "buy", "101000000", "0.3", "fill-or-kill");
        assertEquals("b1 filled 0.3", events.get(events.size() - 1));
    }

    @Test
    void allOrNoneRestsUntilItsWholeQuantityCanExecute() {
        aliceAndBob();
        ex.account("carol", "{\"BTC\":\"1\"}");
        ex.limit("bob", "s1", "sell", "100000000", "0.2");
        assertEquals(List.of("b1 active 0"), ex.limit("alice", "b1", "buy", "100000000", "0.5", "all-or-none"),
                "0.2 is not enough: rests whole, nothing filled");
        assertEquals("bids [100000000 x 0.5] asks [100000000 x 0.2]", ex.book());

        List<String> events = ex.limit("carol", "c1", "sell", "100000000", "0.3");
        assertEquals(List.of("c1 active 0",
                "trade 100000000 x 0.2 s1->b1 fees 20000/20000", "s1 filled 0.2", "b1 partial 0.2",
                "trade 100000000 x 0.3 c1->b1 fees 30000/30000", "c1 filled 0.3", "b1 filled 0.5"), events);
        assertEquals("bids [] asks []", ex.book());
    }

    @Test
    void allOrNoneNeverBlocksOrdersBehindIt() {
        aliceAndBob();
        ex.account("carol", "{\"IRR\":\"100000000\"}");
        ex.limit("alice", "b1", "buy", "100000000", "0.5", "all-or-none");
        ex.limit("carol", "c1", "buy", "99000000", "0.1");
        List<String> events = ex.limit("bob", "s1", "sell", "99000000", "0.1");
        assertEquals(List.of("s1 active 0", "trade 99000000 x 0.1 c1->s1 fees 9900/9900",
                "c1 filled 0.1", "s1 filled 0.1"), events);
        assertEquals("bids [100000000 x 0.5] asks []", ex.book());
    }

    @Test
    void aRestingAllOrNoneOrderFillsWholeWhenATakerIsBigEnough() {
        aliceAndBob();
        ex.limit("bob", "s1", "sell", "100000000", "0.3", "all-or-none");
        assertEquals(List.of("b1 active 0", "b1 cancelled 0"),
                ex.limit("alice", "b1", "buy", "100000000", "0.2", "immediate-or-cancel"));
        List<String> events = ex.limit("alice", "b2", "buy", "100000000", "0.4", "immediate-or-cancel");
        assertEquals(List.of("b2 active 0", "trade 100000000 x 0.3 s1->b2 fees 30000/30000",
                "s1 filled 0.3", "b2 partial 0.3", "b2 cancelled 0.3"), events);
    }

    @Test
    void expireAtExpiresARestingOrderWhenTheClockReachesIt() {
        aliceAndBob();
        ex.time("2025-12-30T10:00:00Z");
        ex.place("alice", "b1", "\"side\":\"buy\",\"type\":\"limit\",\"price\":\"90000000\",\"quantity\":\"0.1\","
                + "\"expire_at\":\"2025-12-30T11:00:00Z\"");
        assertEquals(List.of(), ex.time("2025-12-30T10:59:59Z"));
        assertEquals(List.of("b1 expired 0"), ex.time("2025-12-30T11:00:00Z"));
        assertEquals("bids [] asks []", ex.book());
        assertEquals("100000000/0", ex.balance("alice", "IRR"), "expiry releases the hold");
    }

    @Test
    void expireAtInThePastIsRejected() {
        aliceAndBob();
        ex.time("2025-12-30T10:00:00Z");
        assertEquals(List.of("b1 rejected 0 [expire_at_in_past]"), ex.place("alice", "b1",
                "\"side\":\"buy\",\"type\":\"limit\",\"price\":\"90000000\",\"quantity\":\"0.1\",\"expire_at\":\"2025-12-30T09:00:00Z\""));
    }

    // ---- order types ----------------------------------------------------------------------

    @Test
    void marketSellWalksTheBids() {
        aliceAndBob();
        ex.account("carol", "{\"IRR\":\"100000000\"}");
        ex.limit("alice", "b1", "buy", "100000000", "0.1");
        ex.limit("carol", "c1", "buy", "99000000", "0.1");
        List<String> events = ex.place("bob", "m1", "\"side\":\"sell\",\"type\":\"market\",\"quantity\":\"0.15\"");
        assertEquals(List.of("m1 active 0",
                "trade 100000000 x 0.1 b1->m1 fees 10000/10000", "b1 filled 0.1", "m1 partial 0.1",
                "trade 99000000 x 0.05 c1->m1 fees 4950/4950", "c1 partial 0.05", "m1 filled 0.15"), events);
    }

    @Test
    void marketBuyHoldsExactlyWhatItCosts() {
        aliceAndBob();
        ex.limit("bob", "s1", "sell", "100000000", "0.5");
        ex.place("alice", "m1", "\"side\":\"buy\",\"type\":\"market\",\"quantity\":\"0.5\"");
        assertEquals("49950000/0", ex.balance("alice", "IRR"));
    }

    @Test
    void marketBuyThatCannotPayIsRejected() {
        aliceAndBob();
        ex.limit("bob", "s1", "sell", "300000000", "0.5");
        assertEquals(List.of("m1 rejected 0 [insufficient_balance]"),
                ex.place("alice", "m1", "\"side\":\"buy\",\"type\":\"market\",\"quantity\":\"0.5\""));
    }

    @Test
    void marketWithoutLiquidityIsCancelledUnfilled() {
        aliceAndBob();
        assertEquals(List.of("m1 active 0", "m1 cancelled 0"),
                ex.place("bob", "m1", "\"side\":\"sell\",\"type\":\"market\",\"quantity\":\"0.5\""));
    }

    @Test
    void marketBuySizedByTotalPriceSpendsAtMostTheBudget() {
        aliceAndBob();
        ex.limit("bob", "s1", "sell", "100000000", "1");
        // 20,000,000 IRR buys 0.1998 BTC: 19,980,000 + 19,980 fee = 19,999,980 ≤ 20,000,000 < cost of 0.1999
        List<String> events = ex.place("alice", "m1", "\"side\":\"buy\",\"type\":\"market\",\"total_price\":\"20000000\"");
        assertEquals("m1 filled 0.1998", events.get(events.size() - 1));
        assertEquals("80000020/0", ex.balance("alice", "IRR"));
    }

    @Test
    void marketBuySizedByTotalPriceWithNothingToBuyIsCancelled() {
        aliceAndBob();
        assertEquals(List.of("m1 active 0", "m1 cancelled 0"),
                ex.place("alice", "m1", "\"side\":\"buy\",\"type\":\"market\",\"total_price\":\"20000000\""));
    }

    @Test
    void stopLimitWaitsQueuedThenEntersTheBookAtItsLimit() {
        aliceAndBob();
        ex.account("carol", "{\"IRR\":\"100000000\",\"BTC\":\"1\"}");
        assertEquals(List.of("sl queued 0"), ex.place("bob", "sl",
                "\"side\":\"sell\",\"type\":\"stop-limit\",\"stop_price\":\"95000000\",\"price\":\"94000000\",\"quantity\":\"0.5\""));
        assertEquals("1.5/0.5", ex.balance("bob", "BTC"), "a queued stop holds");
        ex.limit("alice", "b1", "buy", "96000000", "0.1");
        ex.limit("carol", "c1", "sell", "96000000", "0.1");
        assertEquals("bids [] asks []", ex.book(), "96M is above the stop: still queued");

        ex.limit("alice", "b2", "buy", "95000000", "0.1");
        List<String> events = ex.limit("carol", "c2", "sell", "95000000", "0.1");
        assertEquals(List.of("c2 active 0", "trade 95000000 x 0.1 b2->c2 fees 9500/9500", "b2 filled 0.1",
                "c2 filled 0.1", "sl active 0"), events);
        assertEquals("bids [] asks [94000000 x 0.5]", ex.book());
    }

    @Test
    void stopMarketBuyTriggersWhenThePriceRises() {
        aliceAndBob();
        ex.account("carol", "{\"IRR\":\"100000000\",\"BTC\":\"1\"}");
        ex.place("alice", "sm", "\"side\":\"buy\",\"type\":\"stop-market\",\"stop_price\":\"105000000\",\"quantity\":\"0.1\"");
        ex.limit("bob", "s1", "sell", "106000000", "0.5");
        ex.limit("bob", "s2", "sell", "105000000", "0.1");
        List<String> events = ex.limit("carol", "c1", "buy", "105000000", "0.1");
        assertEquals(List.of("c1 active 0", "trade 105000000 x 0.1 s2->c1 fees 10500/10500", "s2 filled 0.1",
                "c1 filled 0.1", "sm active 0", "trade 106000000 x 0.1 s1->sm fees 10600/10600",
                "s1 partial 0.1", "sm filled 0.1"), events);
        assertEquals("89389400/0", ex.balance("alice", "IRR"), "paid 10,600,000 + 10,600");
    }

    @Test
    void stopMarketBuyThatCannotPayAtTriggerIsRejected() {
        aliceAndBob();
        ex.account("carol", "{\"IRR\":\"100000000\",\"BTC\":\"1\"}");
        ex.place("alice", "sm", "\"side\":\"buy\",\"type\":\"stop-market\",\"stop_price\":\"105000000\",\"quantity\":\"0.9\"");
        ex.limit("bob", "s1", "sell", "200000000", "1");
        ex.limit("bob", "s2", "sell", "105000000", "0.1");
        List<String> events = ex.limit("carol", "c1", "buy", "105000000", "0.1");
        assertEquals("sm rejected 0 [insufficient_balance]", events.get(events.size() - 1));
        assertEquals("100000000/0", ex.balance("alice", "IRR"));
    }

    // ---- self-trade prevention ------------------------------------------------------------

    @Test
    void anAccountNeverTradesWithItselfTheRestingOrderIsCancelled() {
        ex.btcIrr("");
        ex.account("alice", "{\"IRR\":\"100000000\",\"BTC\":\"1\"}");
        ex.account("bob", "{\"BTC\":\"1\"}");
        ex.limit("alice", "a-sell", "sell", "100000000", "0.1");
        ex.limit("bob", "b-sell", "sell", "100000000", "0.1");
        List<String> events = ex.limit("alice", "a-buy", "buy", "100000000", "0.1");
        assertEquals(List.of("a-buy active 0", "a-sell cancelled 0",
                "trade 100000000 x 0.1 b-sell->a-buy fees 10000/10000", "b-sell filled 0.1", "a-buy filled 0.1"), events);
    }

    // ---- pre-trade checks -----------------------------------------------------------------

    @Test
    void inactiveSymbolIsRejected() {
        ex.btcIrr(",\"status\":\"inactive\"");
        ex.account("alice", "{\"IRR\":\"100000000\"}");
        assertEquals(List.of("b1 rejected 0 [symbol_not_active]"), ex.limit("alice", "b1", "buy", "90000000", "0.1"));
    }

    @Test
    void outsideTradingSessionIsRejected() {
        ex.btcIrr(",\"sessions\":[{\"days\":[\"sat\",\"sun\",\"mon\",\"tue\",\"wed\"],\"open\":\"09:00\",\"close\":\"12:30\",\"zone\":\"Asia/Tehran\"}]");
        ex.account("alice", "{\"IRR\":\"100000000\"}");
        ex.time("2025-12-30T06:00:00Z"); // Tuesday 09:30 in Tehran
        assertEquals(List.of("b1 active 0"), ex.limit("alice", "b1", "buy", "90000000", "0.1"));
        ex.time("2025-12-30T10:00:00Z"); // 13:30 in Tehran
        assertEquals(List.of("b2 rejected 0 [outside_trading_session]"), ex.limit("alice", "b2", "buy", "90000000", "0.1"));
    }

    @Test
    void everyFailedCheckIsReported() {
        aliceAndBob();
        assertEquals(List.of("b1 rejected 0 [quantity_below_minimum,quantity_not_multiple_of_step_size,price_not_multiple_of_tick_size]"),
                ex.limit("alice", "b1", "buy", "100000500", "0.00001"));
    }

    @Test
    void missingPricesAreRejected() {
        aliceAndBob();
        assertEquals(List.of("b1 rejected 0 [price_missing]"),
                ex.place("alice", "b1", "\"side\":\"buy\",\"type\":\"limit\",\"quantity\":\"0.1\""));
        assertEquals(List.of("b2 rejected 0 [stop_price_missing]"),
                ex.place("alice", "b2", "\"side\":\"buy\",\"type\":\"stop-limit\",\"price\":\"90000000\",\"quantity\":\"0.1\""));
    }

    @Test
    void overMaximumOrderSizeIsRejected() {
        ex.btcIrr(",\"max_quantity\":\"1\"");
        ex.account("bob", "{\"BTC\":\"5\"}");
        assertEquals(List.of("s1 rejected 0 [over_maximum_order_size]"), ex.limit("bob", "s1", "sell", "90000000", "1.5"));
    }

    @Test
    void priceBandIsMeasuredFromTheLastTrade() {
        ex.btcIrr(",\"price_band\":\"0.1\"");
        ex.account("alice", "{\"IRR\":\"1000000000\"}");
        ex.account("bob", "{\"BTC\":\"2\"}");
        ex.limit("bob", "s1", "sell", "100000000", "0.1");
        ex.limit("alice", "b1", "buy", "100000000", "0.1");
        assertEquals(List.of("s2 active 0"), ex.limit("bob", "s2", "sell", "110000000", "0.1"));
        assertEquals(List.of("s3 rejected 0 [outside_price_band]"), ex.limit("bob", "s3", "sell", "111000000", "0.1"));
        assertEquals(List.of("b2 rejected 0 [outside_price_band]"), ex.limit("alice", "b2", "buy", "89000000", "0.1"));
    }

    @Test
    void tooManyOpenOrdersIsRejected() {
        ex.btcIrr(",\"max_open_orders\":2");
        ex.account("bob", "{\"BTC\":\"5\"}");
        ex.limit("bob", "s1", "sell", "100000000", "0.1");
        ex.limit("bob", "s2", "sell", "101000000", "0.1");
        assertEquals(List.of("s3 rejected 0 [too_many_open_orders]"), ex.limit("bob", "s3", "sell", "102000000", "0.1"));
        ex.cancel("bob", "s1");
        assertEquals(List.of("s4 active 0"), ex.limit("bob", "s4", "sell", "102000000", "0.1"));
    }

    @Test
    void minimumNotionalIsChecked() {
        ex.btcIrr(",\"min_notional\":\"10000000\"");
        ex.account("alice", "{\"IRR\":\"100000000\"}");
        assertEquals(List.of("b1 rejected 0 [notional_below_minimum]"), ex.limit("alice", "b1", "buy", "90000000", "0.1"));
    }

    @Test
    void cancellingAnEndedOrderSaysWhy() {
        aliceAndBob();
        ex.limit("bob", "s1", "sell", "100000000", "0.1");
        ex.limit("alice", "b1", "buy", "100000000", "0.1");
        assertEquals(List.of("s1 cancel rejected: order s1 is filled and cannot be cancelled"), ex.cancel("bob", "s1"));
        assertEquals(List.of("zz cancel rejected: no order with uid zz"), ex.cancel("bob", "zz"));
    }

    @Test
    void invariantsWereCheckedThroughout() {
        theSeedsSettlementExample();
        assertTrue(ex.output().lines().count() > 3);
    }
}
