package io.tradewind.sim.book;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.tradewind.domain.Side;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;

/**
 * Drives the reference and the fast book with the same seeded stream of random operations and
 * requires the same answer from both to every call: return values, exceptions, every listener
 * call in order, and periodically (and at the end) the whole contents of both sides. Prices sit
 * mostly in a narrow band and accounts are few, so fills, sweeps, self-trade cancels and skipped
 * all-or-none makers are frequent; phases that add more than they remove alternate with phases
 * that drain the book, so levels keep opening and emptying. Run another seed with {@code -Dbook.seed=...}.
 */
class OrderBookDifferentialTest {

    private static final int OPERATIONS = 200_000;
    private static final int FULL_COMPARISON_EVERY = 500;
    private static final long LOW_PRICE = 1_000;
    private static final int PRICE_BAND = 25;
    private static final int WIDE_PRICE_BAND = 600;
    private static final int PHASE_LENGTH = 5_000;
    private static final int ACCOUNTS = 6;

    private final long seed = Long.getLong("book.seed", 20_251_121L);
    private final Random random = new Random(seed);
    private final ReferenceOrderBook reference = new ReferenceOrderBook();
    private final FastOrderBook fast = new FastOrderBook(16);
    private long nextId = 1;
    private int operation;
    private int fills;
    private int selfTradeCancels;
    private int largestBook;

    @Test
    void bothBooksAnswerEveryOperationAlike() {
        for (operation = 0; operation < OPERATIONS; operation++) {
            boolean draining = operation / PHASE_LENGTH % 2 == 1;
            int adds = draining ? 20 : 40;
            int dice = random.nextInt(100);
            if (dice < adds) {
                add();
            } else if (dice < adds + 20) {
                match();
            } else if (dice < adds + 30) {
                simulate();
            } else if (dice < 85) {
                cancel();
            } else if (dice < 95) {
                reduce();
            } else {
                listAllOrNoneCrossing();
            }
            compareQueries();
            largestBook = Math.max(largestBook, reference.size());
            if (operation % FULL_COMPARISON_EVERY == 0) {
                compareContents();
            }
        }
        compareContents();
        assertTrue(fills > OPERATIONS / 5 && selfTradeCancels > OPERATIONS / 100,
                "too few fills (" + fills + ") or self-trade cancels (" + selfTradeCancels + ") to mean much");
        System.out.printf("differential seed %d: %d operations, %d fills, %d self-trade cancels, largest book %d orders%n",
                seed, OPERATIONS, fills, selfTradeCancels, largestBook);
    }

    private void add() {
        long id = random.nextInt(20) == 0 ? knownId() : nextId++;
        int account = account();
        Side side = side();
        long price = random.nextInt(200) == 0 ? 0 : price();
        long quantity = 1 + random.nextInt(20);
        boolean allOrNone = random.nextInt(5) == 0;
        same("add " + id + " " + side + " " + quantity + "@" + price,
                call(() -> { reference.add(id, account, side, price, quantity, allOrNone); return null; }),
                call(() -> { fast.add(id, account, side, price, quantity, allOrNone); return null; }));
    }

    private void match() {
        walk(true);
    }

    private void simulate() {
        walk(false);
    }

    private void walk(boolean execute) {
        int account = account();
        Side side = side();
        long market = side == Side.BUY ? OrderBook.MARKET_BUY_LIMIT : OrderBook.MARKET_SELL_LIMIT;
        long limit = random.nextInt(10) == 0 ? market : price();
        long quantity = 1 + random.nextInt(random.nextInt(4) == 0 ? 120 : 25);
        RecordingListener referenceEvents = new RecordingListener();
        RecordingListener fastEvents = new RecordingListener();
        String what = (execute ? "match " : "simulate ") + side + " " + quantity + "@" + limit + " account " + account;
        same(what, walk(reference, execute, account, side, limit, quantity, referenceEvents),
                walk(fast, execute, account, side, limit, quantity, fastEvents));
        same(what + " listener calls", referenceEvents.calls, fastEvents.calls);
        for (String call : referenceEvents.calls) {
            if (call.startsWith("fill")) {
                fills++;
            } else {
                selfTradeCancels++;
            }
        }
    }

    private static long walk(OrderBook book, boolean execute, int account, Side side, long limit, long quantity,
            MatchListener listener) {
        return execute ? book.match(account, side, limit, quantity, listener)
                : book.simulate(account, side, limit, quantity, listener);
    }

    private void cancel() {
        long id = knownId();
        same("cancel " + id, reference.cancel(id), fast.cancel(id));
    }

    private void reduce() {
        long id = knownId();
        long current = reference.remaining(id);
        long newRemaining = current <= 1 ? 1 : random.nextInt(12) == 0 ? current : 1 + random.nextInt((int) current - 1);
        same("reduce " + id + " to " + newRemaining,
                call(() -> reference.reduce(id, newRemaining)), call(() -> fast.reduce(id, newRemaining)));
    }

    private void listAllOrNoneCrossing() {
        Side side = side();
        long price = price();
        List<Long> referenceIds = new ArrayList<>();
        List<Long> fastIds = new ArrayList<>();
        reference.forEachAllOrNoneCrossing(side, price, referenceIds::add);
        fast.forEachAllOrNoneCrossing(side, price, fastIds::add);
        same("all-or-none " + side + " crossing " + price, referenceIds, fastIds);
    }

    private void compareQueries() {
        same("size", reference.size(), fast.size());
        same("best bid", reference.bestPrice(Side.BUY), fast.bestPrice(Side.BUY));
        same("best ask", reference.bestPrice(Side.SELL), fast.bestPrice(Side.SELL));
        long id = knownId();
        same("remaining " + id, reference.remaining(id), fast.remaining(id));
    }

    private void compareContents() {
        for (Side side : Side.values()) {
            same(side + " contents", contents(reference, side), contents(fast, side));
        }
        try {
            fast.verifyInternalState();
        } catch (IllegalStateException e) {
            fail(where() + ": fast book inconsistent: " + e.getMessage());
        }
    }

    private static List<String> contents(OrderBook book, Side side) {
        List<String> orders = new ArrayList<>();
        book.forEachOrder(side, (id, account, price, remaining, allOrNone) ->
                orders.add(id + "/" + account + "/" + price + "/" + remaining + (allOrNone ? "/aon" : "")));
        return orders;
    }

    /** Mostly a recent id, which likely still rests; sometimes any id issued, or one never issued. */
    private long knownId() {
        int dice = random.nextInt(100);
        if (dice < 2) {
            return nextId + random.nextInt(10);
        }
        long range = dice < 30 ? nextId - 1 : Math.min(400, nextId - 1);
        return nextId - 1 - (range == 0 ? 0 : (long) random.nextInt((int) range));
    }

    private int account() {
        return random.nextInt(ACCOUNTS);
    }

    private Side side() {
        return random.nextBoolean() ? Side.BUY : Side.SELL;
    }

    /** Mostly in a narrow band, so orders meet; sometimes far out, so levels open and empty. */
    private long price() {
        return LOW_PRICE + random.nextInt(random.nextInt(10) == 0 ? WIDE_PRICE_BAND : PRICE_BAND);
    }

    private void same(String what, Object expected, Object actual) {
        if (!Objects.equals(expected, actual)) {
            fail(where() + ", " + what + ": reference " + expected + ", fast " + actual);
        }
    }

    private String where() {
        return "seed " + seed + ", operation " + operation;
    }

    /** A call's return value, or the class of what it threw. */
    private static Object call(Callable<Object> action) {
        try {
            return action.call();
        } catch (Exception e) {
            return e.getClass().getSimpleName() + ": " + e.getMessage();
        }
    }
}
