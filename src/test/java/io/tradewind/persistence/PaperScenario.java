package io.tradewind.persistence;

import io.tradewind.domain.Instrument;
import io.tradewind.domain.OrderRequest;
import io.tradewind.domain.OrderType;
import io.tradewind.domain.Side;
import io.tradewind.domain.TimeInForce;
import io.tradewind.sim.SimulatedExchange;
import io.tradewind.sim.book.FastOrderBook;
import io.tradewind.sim.gateway.DurablePaperGateway;
import io.tradewind.sim.gateway.PaperVenueStore;
import java.math.BigDecimal;
import java.util.SplittableRandom;

/**
 * A paper venue trading BTC-IRR at rial magnitudes between three accounts, and the n-th order
 * of a seeded stream of orders and cancels for it: the same seed and index give the same call.
 */
final class PaperScenario {

    static final String VENUE = "paper";
    static final String[] ACCOUNTS = {"alice", "bob", "carol"};
    private static final Instrument BTC_IRR = Instrument.of("BTC-IRR", "BTC", "IRR", "1000", "0.00000001", "0.00000001",
            "0.001", "0.0025");
    static final long START = 1_767_225_600_000L;

    private PaperScenario() {
    }

    static DurablePaperGateway open(PaperVenueStore store) {
        return DurablePaperGateway.open(VENUE, store, FastOrderBook::new, PaperScenario::setUp);
    }

    static void setUp(SimulatedExchange exchange) {
        exchange.addInstrument(BTC_IRR);
        for (String account : ACCOUNTS) {
            exchange.deposit(exchange.openAccount(account), "IRR", new BigDecimal("50000000000"));
            exchange.deposit(exchange.account(account), "BTC", new BigDecimal("3"));
        }
        exchange.advanceTime(START);
    }

    /** Runs call {@code index} of the stream with {@code seed}; returns a line describing the answer. */
    static String call(DurablePaperGateway venue, long seed, int index) throws Exception {
        SplittableRandom random = new SplittableRandom(seed * 1_000_003L + index);
        String account = ACCOUNTS[random.nextInt(ACCOUNTS.length)];
        int roll = random.nextInt(100);
        if (roll < 15 && index > 0) {
            String uid = "o" + random.nextInt(index);
            return "cancel " + uid + " " + venue.cancel(account, uid).map(o -> o.status().wireName()).orElse("unknown");
        }
        if (roll < 20) {
            long at = START + index * 1_000L;
            venue.update(exchange -> {
                exchange.advanceTime(at);
                exchange.market("BTC-IRR").candleWalked(at / 1000); // as a replayed candle's walk notes it
            });
            return "time " + at;
        }
        Side side = random.nextBoolean() ? Side.BUY : Side.SELL;
        long price = 100_000_000_000L + (random.nextInt(21) - 10) * 1_000_000L;
        BigDecimal quantity = BigDecimal.valueOf(1 + random.nextInt(40_000_000), 8);
        boolean market = random.nextInt(6) == 0;
        OrderRequest order = new OrderRequest("o" + index, account, "BTC-IRR", side, market ? OrderType.MARKET : OrderType.LIMIT,
                market ? null : BigDecimal.valueOf(price), quantity, null, null,
                market ? null : TimeInForce.GOOD_TILL_CANCELED, null);
        return "placed " + order.uid() + " " + venue.place(order).status().wireName();
    }
}
