package io.tradewind.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tradewind.domain.Instrument;
import io.tradewind.domain.OrderType;
import io.tradewind.domain.Side;
import io.tradewind.domain.TimeInForce;
import io.tradewind.sim.book.FastOrderBook;
import java.math.BigDecimal;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Deposits at rial magnitudes: the exchange's running total of deposits never wraps, and an
 * account funded on demand (the synthetic market of a backtest) is never short of money. With a
 * 1,000-rial tick and 8-decimal quantities, IRR amounts keep 5 decimals, so the largest IRR amount
 * a long holds is 92,233,720,368,547.75807.
 */
class SimulatedExchangeFundingTest {

    private static final Instrument BTC_IRR = Instrument.of("BTC-IRR", "BTC", "IRR", "1000", "0.00000001", "0.00000001",
            "0.001", "0.002");

    private SimulatedExchange exchange;
    private ExchangeInvariants invariants;
    private Market market;
    private long nextId = 1;

    @BeforeEach
    void setUp() {
        exchange = new SimulatedExchange(FastOrderBook::new, ExchangeListener.NONE);
        invariants = new ExchangeInvariants(exchange);
        market = exchange.addInstrument(BTC_IRR);
    }

    @Test
    void depositsWhoseTotalExceedsTheLargestAmountAreRefusedWithTheAmountAndTheLimit() {
        exchange.deposit(exchange.openAccount("alice"), "IRR", new BigDecimal("50000000000000"));
        SimAccount bob = exchange.openAccount("bob");
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> exchange.deposit(bob, "IRR", new BigDecimal("50000000000000")));
        assertTrue(refused.getMessage().contains("100000000000000.00000 IRR"), refused.getMessage());
        assertTrue(refused.getMessage().contains("92233720368547.75807 IRR"), refused.getMessage());
        assertEquals(0, bob.available(market.quote()), "a refused deposit changes nothing");
        invariants.check();
    }

    @Test
    void anAccountFundedOnDemandGetsExactlyTheHoldOfEachOrderDeposited() {
        SimAccount seller = exchange.openAccount("seller");
        exchange.deposit(seller, "BTC", new BigDecimal("0.7"));
        SimAccount liquidity = exchange.openLiquidityAccount("market");

        place(liquidity, Side.BUY, 120_000_000_000L, 70_000_000L, TimeInForce.GOOD_TILL_CANCELED);
        long hold = market.buyHold(120_000_000_000L, 70_000_000L);
        assertEquals(hold, liquidity.held(market.quote()));
        assertEquals(0, liquidity.available(market.quote()));
        assertEquals(hold, exchange.deposited(market.quote()));
        invariants.check();

        place(seller, Side.SELL, 120_000_000_000L, 70_000_000L, TimeInForce.IMMEDIATE_OR_CANCEL);
        assertEquals(70_000_000L, liquidity.available(market.base()));
        assertEquals(market.notional(120_000_000_000L, 70_000_000L) - market.takerFee.floor(
                market.notional(120_000_000_000L, 70_000_000L)), seller.available(market.quote()));
        invariants.check();
    }

    @Test
    void withdrawingWhatAnAccountHasAvailableLowersTheDepositsAndLeavesHoldsAlone() {
        SimAccount liquidity = exchange.openLiquidityAccount("market");
        place(liquidity, Side.BUY, 100_000_000_000L, 10_000_000L, TimeInForce.GOOD_TILL_CANCELED);
        exchange.deposit(liquidity, "IRR", new BigDecimal("5"));
        exchange.withdrawAvailable(liquidity);
        assertEquals(0, liquidity.available(market.quote()));
        assertEquals(liquidity.held(market.quote()), exchange.deposited(market.quote()));
        invariants.check();
    }

    @Test
    void anOrderOfAnAccountFundedOnDemandWhoseAmountCannotBeRepresentedIsAnErrorNotARejection() {
        SimAccount liquidity = exchange.openLiquidityAccount("market");
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> place(liquidity, Side.BUY, 120_000_000_000L, 100_000_000_000L, TimeInForce.GOOD_TILL_CANCELED));
        assertTrue(refused.getMessage().contains("92233720368547.75807 IRR"), refused.getMessage());
        assertEquals(0, exchange.openOrderCount());
        invariants.check();
    }

    private void place(SimAccount account, Side side, long price, long quantity, TimeInForce timeInForce) {
        exchange.place(new PlaceOrder().id(nextId++).account(account).market(market).side(side).type(OrderType.LIMIT)
                .timeInForce(timeInForce).price(price).quantity(quantity));
    }
}
