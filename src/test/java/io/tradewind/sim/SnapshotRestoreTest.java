package io.tradewind.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tradewind.domain.Instrument;
import io.tradewind.domain.OrderType;
import io.tradewind.domain.Side;
import io.tradewind.domain.TimeInForce;
import io.tradewind.sim.book.FastOrderBook;
import io.tradewind.sim.book.ReferenceOrderBook;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.function.Supplier;
import io.tradewind.sim.book.OrderBook;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * A restored exchange behaves exactly as the one it was snapshotted from: random commands at rial
 * magnitudes (prices around 1e11 on a 1,000 tick, 8-decimal quantities) run on an exchange; at
 * random points it is snapshotted and restored into a second one, and from there on both get the
 * same commands and must report the same events, answers and final state.
 */
class SnapshotRestoreTest {

    private static final Instrument BTC_IRR = Instrument.of("BTC-IRR", "BTC", "IRR", "1000", "0.00000001", "0.00000001",
            "0.001", "0.0025");
    private static final Instrument ETH_USDT = Instrument.of("ETH-USDT", "ETH", "USDT", "0.01", "0.0001", "0.0001",
            "0", "0.001");
    private static final String[] ACCOUNTS = {"a0", "a1", "a2", "a3"};
    private static final long BTC_MID = 100_000_000_000L;
    private static final long ETH_MID = 300_000;

    /** One command, run against either exchange; returns its answer (or "" when it has none). */
    private interface Command extends Function<SimulatedExchange, String> {
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 17, 42, 2026})
    void aRestoredExchangeReportsTheSameEventsAndEndsInTheSameState(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<Command> commands = commands(random, 3_000);
        Recorder originalEvents = new Recorder();
        SimulatedExchange original = exchange(FastOrderBook::new, originalEvents);
        int restores = 0;
        boolean sawResting = false;
        boolean sawQueuedStop = false;
        boolean sawExpiry = false;
        int next = 0;
        while (next < commands.size()) {
            int until = Math.min(commands.size(), next + 1 + random.nextInt(400));
            for (; next < until; next++) {
                originalEvents.answer(commands.get(next).apply(original));
            }
            ExchangeSnapshot snapshot = original.snapshot();
            for (ExchangeSnapshot.OrderState order : snapshot.orders()) {
                sawResting |= order.resting();
                sawQueuedStop |= !order.resting();
                sawExpiry |= order.expireAt() != Long.MAX_VALUE;
            }
            Recorder restoredEvents = new Recorder();
            SimulatedExchange restored = new SimulatedExchange(FastOrderBook::new, restoredEvents);
            restored.restore(snapshot);
            assertEquals(snapshot, restored.snapshot(), "a restored exchange snapshots as the original");
            restores++;

            int eventsBefore = originalEvents.lines.size();
            int horizon = Math.min(commands.size(), next + 300);
            for (int i = next; i < horizon; i++) {
                String a = commands.get(i).apply(original);
                String b = commands.get(i).apply(restored);
                originalEvents.answer(a);
                restoredEvents.answer(b);
            }
            assertEquals(originalEvents.lines.subList(eventsBefore, originalEvents.lines.size()), restoredEvents.lines,
                    "seed " + seed + ", restore " + restores + " after command " + next);
            assertEquals(original.snapshot(), restored.snapshot(), "seed " + seed + ": state after the same commands");
            next = horizon;
        }
        assertTrue(restores > 3, "the run restored several times");
        assertTrue(sawResting && sawQueuedStop && sawExpiry, "snapshots held resting orders, stops and expiries");
    }

    @Test
    void aSnapshotRestoresIntoAReferenceBookToo() {
        SplittableRandom random = new SplittableRandom(7);
        SimulatedExchange fast = exchange(FastOrderBook::new, ExchangeListener.NONE);
        for (Command command : commands(random, 1_000)) {
            command.apply(fast);
        }
        SimulatedExchange reference = new SimulatedExchange(ReferenceOrderBook::new, ExchangeListener.NONE);
        reference.restore(fast.snapshot());
        assertTrue(fast.openOrderCount() > 0, "the scenario leaves orders open");
        assertEquals(fast.snapshot(), reference.snapshot());
    }

    @Test
    void onlyANewExchangeCanBeRestored() {
        SimulatedExchange used = exchange(FastOrderBook::new, ExchangeListener.NONE);
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> used.restore(used.snapshot()));
        assertEquals("only a new exchange can be restored from a snapshot", refused.getMessage());
    }

    @Test
    void aLiquidityAccountOpenedAgainAfterARestoreIsTheRestoredOne() {
        SimulatedExchange original = exchange(FastOrderBook::new, ExchangeListener.NONE);
        original.openLiquidityAccount("backtest-market");
        SimulatedExchange restored = new SimulatedExchange(FastOrderBook::new, ExchangeListener.NONE);
        restored.restore(original.snapshot());
        assertEquals(restored.account("backtest-market"), restored.openLiquidityAccount("backtest-market"));
        assertThrows(IllegalArgumentException.class, () -> restored.openLiquidityAccount("a0"),
                "an ordinary account is not handed out as a liquidity account");
    }

    private static SimulatedExchange exchange(Supplier<OrderBook> books, ExchangeListener listener) {
        SimulatedExchange exchange = new SimulatedExchange(books, listener);
        exchange.deposit(exchange.openAccount("early"), "DOGE", new BigDecimal("1000.5"));
        exchange.addInstrument(BTC_IRR);
        exchange.addInstrument(ETH_USDT);
        for (String name : ACCOUNTS) {
            SimAccount account = exchange.openAccount(name);
            exchange.deposit(account, "IRR", new BigDecimal("20000000000"));
            exchange.deposit(account, "BTC", new BigDecimal("1.5"));
            exchange.deposit(account, "USDT", new BigDecimal("100000"));
            exchange.deposit(account, "ETH", new BigDecimal("40"));
        }
        exchange.openLiquidityAccount("liquidity");
        exchange.advanceTime(1_767_000_000_000L);
        return exchange;
    }

    private static List<Command> commands(SplittableRandom random, int count) {
        List<Command> commands = new ArrayList<>(count);
        long clock = 1_767_000_000_000L;
        long id = 0;
        for (int i = 0; i < count; i++) {
            int roll = random.nextInt(100);
            long target = 1 + (id == 0 ? 0 : random.nextLong(id));
            if (roll < 12) {
                commands.add(x -> "cancel " + target + " " + x.cancel(target));
            } else if (roll < 17) {
                long fraction = 1 + random.nextInt(99);
                commands.add(x -> {
                    SimOrder order = x.openOrder(target);
                    return "reduce " + target + " " + (order != null && x.reduce(target, order.remaining() * fraction / 100));
                });
            } else if (roll < 22) {
                int ticks = random.nextInt(21) - 10;
                commands.add(x -> {
                    SimOrder order = x.openOrder(target);
                    return "move " + target + " " + (order != null
                            && x.move(target, order.price() + ticks * order.market().tickUnits()));
                });
            } else if (roll < 26) {
                clock += random.nextInt(90_000);
                long at = clock;
                commands.add(x -> {
                    x.advanceTime(at);
                    return "time " + at;
                });
            } else if (roll < 28) {
                String account = ACCOUNTS[random.nextInt(ACCOUNTS.length)];
                String amount = (1 + random.nextInt(1000)) + "000";
                commands.add(x -> {
                    x.deposit(x.account(account), "IRR", new BigDecimal(amount));
                    return "deposit " + account + " " + amount;
                });
            } else {
                commands.add(placement(random, ++id, clock));
            }
        }
        return commands;
    }

    private static Command placement(SplittableRandom random, long id, long clock) {
        boolean btc = random.nextInt(4) != 0;
        String symbol = btc ? "BTC-IRR" : "ETH-USDT";
        long tick = btc ? 1000 : 1;
        long mid = btc ? BTC_MID : ETH_MID;
        long price = mid + (random.nextInt(41) - 20) * tick * 10;
        long quantity = btc ? 1 + random.nextLong(20_000_000) : 1 + random.nextInt(50_000);
        Side side = random.nextBoolean() ? Side.BUY : Side.SELL;
        String account = random.nextInt(20) == 0 ? "liquidity" : ACCOUNTS[random.nextInt(ACCOUNTS.length)];
        int kind = random.nextInt(100);
        long expireAt = random.nextInt(5) == 0 ? clock + random.nextInt(200_000) : Long.MAX_VALUE;
        long stop = side == Side.BUY ? mid + (1 + random.nextInt(10)) * tick * 10 : mid - (1 + random.nextInt(10)) * tick * 10;
        long budget = btc ? 1 + random.nextLong(500_000_000_000_000L) : 1 + random.nextLong(100_000_000L);
        return x -> {
            PlaceOrder request = new PlaceOrder().id(id).uid("o" + id).account(x.account(account)).market(x.market(symbol))
                    .side(side).expireAt(expireAt);
            if (kind < 45) {
                request.type(OrderType.LIMIT).price(price).quantity(quantity);
            } else if (kind < 52) {
                request.type(OrderType.LIMIT).price(price).quantity(quantity).timeInForce(TimeInForce.IMMEDIATE_OR_CANCEL);
            } else if (kind < 58) {
                request.type(OrderType.LIMIT).price(price).quantity(quantity).timeInForce(TimeInForce.FILL_OR_KILL);
            } else if (kind < 66) {
                request.type(OrderType.LIMIT).price(price).quantity(quantity).timeInForce(TimeInForce.ALL_OR_NONE);
            } else if (kind < 76) {
                request.type(OrderType.MARKET).quantity(quantity);
            } else if (kind < 80 && side == Side.BUY) {
                request.type(OrderType.MARKET).quoteBudget(budget);
            } else if (kind < 90) {
                request.type(OrderType.STOP_LIMIT).stopPrice(stop).price(side == Side.BUY ? stop + 20 * tick : stop - 20 * tick)
                        .quantity(quantity);
            } else {
                request.type(OrderType.STOP_MARKET).stopPrice(stop).quantity(quantity);
            }
            x.place(request);
            return "place " + id;
        };
    }

    /** Every event as a line with every field a listener can read. */
    private static final class Recorder implements ExchangeListener {

        final List<String> lines = new ArrayList<>();

        void answer(String answer) {
            lines.add("> " + answer);
        }

        @Override
        public void onOrder(SimOrder o) {
            lines.add("order " + o.id() + " " + o.uid() + " " + o.account().name() + " " + o.market().symbol() + " "
                    + o.side() + " " + o.type() + " " + o.timeInForce() + " " + o.price() + " " + o.stopPrice() + " "
                    + o.quantity() + " " + o.filled() + " " + o.status() + " " + o.held() + " " + o.rejectionReasons());
        }

        @Override
        public void onTrade(SimTrade t) {
            lines.add("trade " + t.sequence() + " " + t.market().symbol() + " " + t.price() + " " + t.quantity() + " "
                    + t.notional() + " " + t.maker().id() + " " + t.taker().id() + " " + t.makerFee() + " " + t.takerFee());
        }
    }
}
