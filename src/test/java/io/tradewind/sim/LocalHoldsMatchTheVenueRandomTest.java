package io.tradewind.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.tradewind.domain.Instrument;
import io.tradewind.domain.OrderRequest;
import io.tradewind.domain.OrderType;
import io.tradewind.domain.Side;
import io.tradewind.domain.TimeInForce;
import io.tradewind.execution.HoldsLedger;
import io.tradewind.execution.OrderRecord;
import io.tradewind.sim.book.FastOrderBook;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The execution service's hold of a resting buy is the simulated exchange's to the last digit,
 * fees included: a refusal for an insufficient balance quotes the same held amount as the
 * venue's balances. Seeded: the same seed draws the same orders.
 */
class LocalHoldsMatchTheVenueRandomTest {

    private static final long SEED = 20261206L;
    private static final List<String> TICKS = List.of("1000", "1", "0.01", "0.5");
    private static final List<String> STEPS = List.of("0.00000001", "0.0001", "1");
    private static final List<String> FEES = List.of("0", "0.001", "0.0025", "0.0035", "0.00075");

    @Test
    void aRestingBuyHoldsWhatTheVenueHolds() {
        Random random = new Random(SEED);
        for (int round = 0; round < 300; round++) {
            String tick = TICKS.get(random.nextInt(TICKS.size()));
            String step = STEPS.get(random.nextInt(STEPS.size()));
            String maker = FEES.get(random.nextInt(FEES.size()));
            String taker = FEES.get(random.nextInt(FEES.size()));
            Instrument instrument = Instrument.of("BTC-IRR", "BTC", "IRR", tick, step, step, maker, taker);
            BigDecimal price = new BigDecimal(tick).multiply(BigDecimal.valueOf(1 + random.nextInt(1_000_000)));
            BigDecimal quantity = new BigDecimal(step).multiply(BigDecimal.valueOf(1 + random.nextInt(100_000_000)));

            SimulatedExchange exchange = new SimulatedExchange(FastOrderBook::new, ExchangeListener.NONE);
            Market market = exchange.addInstrument(instrument);
            SimAccount alice = exchange.openAccount("alice");
            exchange.deposit(alice, "IRR", price.multiply(quantity).multiply(BigDecimal.TEN));
            exchange.place(new PlaceOrder().id(1).account(alice).market(market).side(Side.BUY).type(OrderType.LIMIT)
                    .timeInForce(TimeInForce.GOOD_TILL_CANCELED).price(market.toPriceUnits(price))
                    .quantity(market.toQuantityUnits(quantity)));
            OrderRecord local = OrderRecord.fresh(OrderRequest.limit("o1", "alice", "BTC-IRR", Side.BUY, price.toPlainString(),
                    quantity.toPlainString(), TimeInForce.GOOD_TILL_CANCELED), "sim", "test", null, Instant.EPOCH);

            BigDecimal venueHeld = market.quote().toDecimal(alice.held(market.quote()));
            BigDecimal localHeld = HoldsLedger.requiredHold(local, instrument, null);
            assertEquals(0, venueHeld.compareTo(localHeld), () -> instrument + ": buy " + quantity + " @ " + price
                    + ": the venue holds " + venueHeld + ", the execution service " + localHeld);
        }
    }
}
