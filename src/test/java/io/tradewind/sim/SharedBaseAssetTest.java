package io.tradewind.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.tradewind.domain.Instrument;
import io.tradewind.domain.OrderType;
import io.tradewind.domain.Side;
import io.tradewind.domain.TimeInForce;
import io.tradewind.sim.book.FastOrderBook;
import java.math.BigDecimal;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Two markets of one base asset with different steps: BTC is kept at the finer market's 8
 * decimals, and a trade on the coarser market (4 decimals) moves the quantity it traded, not a
 * ten-thousandth of it.
 */
class SharedBaseAssetTest {

    private static final Instrument BTC_USD = Instrument.of("BTC-USD", "BTC", "USD", "0.01", "0.00000001", "0.00000001",
            "0", "0");
    private static final Instrument BTC_IRR = Instrument.of("BTC-IRR", "BTC", "IRR", "1", "0.0001", "0.0001", "0.001",
            "0.002");

    private SimulatedExchange exchange;
    private ExchangeInvariants invariants;
    private Market irr;
    private Market usd;
    private SimAccount alice;
    private SimAccount bob;
    private long nextId = 1;

    @BeforeEach
    void setUp() {
        exchange = new SimulatedExchange(FastOrderBook::new, ExchangeListener.NONE);
        invariants = new ExchangeInvariants(exchange);
        usd = exchange.addInstrument(BTC_USD);
        irr = exchange.addInstrument(BTC_IRR);
        alice = exchange.openAccount("alice");
        bob = exchange.openAccount("bob");
        exchange.deposit(alice, "IRR", new BigDecimal("100000000000"));
        exchange.deposit(bob, "BTC", new BigDecimal("10"));
    }

    @Test
    void aTradeOnTheCoarserMarketMovesTheWholeQuantity() {
        place(irr, alice, Side.BUY, OrderType.LIMIT, 1_000_000_000L, 2_000L);
        assertEquals(8, irr.base().scale());
        place(irr, bob, Side.SELL, OrderType.LIMIT, 1_000_000_000L, 1_000L);

        assertEquals(new BigDecimal("0.10000000"), btc(alice), "alice bought 0.1 BTC");
        assertEquals(new BigDecimal("9.90000000"), btc(bob), "bob sold 0.1 BTC");
        invariants.check();
    }

    @Test
    void aRestingSellHoldsItsQuantityInTheAssetsDecimalsAndACancelGivesItBack() {
        place(irr, bob, Side.SELL, OrderType.LIMIT, 1_000_000_000L, 1_000L);
        assertEquals(new BigDecimal("0.10000000"), irr.base().toDecimal(bob.held(irr.base())));
        invariants.check();

        place(irr, alice, Side.BUY, OrderType.LIMIT, 1_000_000_000L, 400L);
        assertEquals(new BigDecimal("0.06000000"), irr.base().toDecimal(bob.held(irr.base())), "0.04 of 0.1 filled");
        assertEquals(new BigDecimal("0.04000000"), btc(alice));
        invariants.check();

        exchange.cancel(1);
        assertEquals(0, bob.held(irr.base()));
        assertEquals(new BigDecimal("9.96000000"), btc(bob));
        invariants.check();
    }

    @Test
    void theFinerMarketStillTradesInItsOwnUnits() {
        exchange.deposit(alice, "USD", new BigDecimal("1000"));
        place(usd, bob, Side.SELL, OrderType.LIMIT, 100_00L, 1L);
        place(usd, alice, Side.BUY, OrderType.LIMIT, 100_00L, 1L);
        assertEquals(new BigDecimal("0.00000001"), btc(alice));
        invariants.check();
    }

    private BigDecimal btc(SimAccount account) {
        return irr.base().toDecimal(account.available(irr.base()) + account.held(irr.base()));
    }

    private void place(Market market, SimAccount account, Side side, OrderType type, long price, long quantity) {
        exchange.place(new PlaceOrder().id(nextId++).account(account).market(market).side(side).type(type)
                .timeInForce(TimeInForce.GOOD_TILL_CANCELED).price(price).quantity(quantity));
    }
}
