package io.tradewind.sim;

import io.tradewind.domain.Side;
import io.tradewind.sim.book.OrderBook;
import java.util.HashMap;
import java.util.Map;

/**
 * The simulated exchange's invariants, checked by tests after every event: no executable cross in
 * any book, {@code filled ≤ quantity}, {@code held ≥ 0} and {@code available ≥ 0}, every account's
 * held equal to what its open orders hold, and value conserved (balances plus fees equal
 * deposits, per asset).
 */
final class ExchangeInvariants implements ExchangeListener {

    private final SimulatedExchange exchange;
    long checks;

    ExchangeInvariants(SimulatedExchange exchange) {
        this.exchange = exchange;
    }

    @Override
    public void onOrder(SimOrder order) {
        if (order.filled() > order.quantity()) {
            throw new AssertionError("order " + order.uid() + " filled " + order.filled() + " > quantity " + order.quantity());
        }
        check();
    }

    @Override
    public void onTrade(SimTrade trade) {
        check();
    }

    void check() {
        checks++;
        for (Market market : exchange.markets()) {
            checkNotCrossed(market);
        }
        Map<String, Long> heldByOrders = new HashMap<>();
        exchange.forEachOpenOrder(order -> {
            if (order.filled() > order.quantity()) {
                throw new AssertionError("open order " + order.id() + " overfilled");
            }
            if (order.held() < 0) {
                throw new AssertionError("open order " + order.id() + " holds " + order.held());
            }
            heldByOrders.merge(order.account().name() + "/" + order.heldAsset().name(), order.held(), Long::sum);
        });
        for (Asset asset : exchange.assets()) {
            long total = exchange.feesCollected(asset);
            for (SimAccount account : exchange.accounts()) {
                long available = account.available(asset);
                long held = account.held(asset);
                if (held < 0 || available < 0) {
                    throw new AssertionError(account.name() + " " + asset.name() + ": available " + available + ", held " + held);
                }
                long expectedHeld = heldByOrders.getOrDefault(account.name() + "/" + asset.name(), 0L);
                if (held != expectedHeld) {
                    throw new AssertionError(account.name() + " " + asset.name() + ": held " + held
                            + " but its open orders hold " + expectedHeld);
                }
                total += available + held;
            }
            if (total != exchange.deposited(asset)) {
                throw new AssertionError(asset.name() + ": balances plus fees " + total
                        + " differ from deposits " + exchange.deposited(asset));
            }
        }
    }

    /** All-or-none orders may rest crossed (they wait for enough size); nothing else may. */
    private static void checkNotCrossed(Market market) {
        long[] bestBid = {OrderBook.NO_PRICE};
        long[] bestAsk = {Long.MAX_VALUE};
        market.book().forEachOrder(Side.BUY, (id, account, price, remaining, allOrNone) -> {
            if (!allOrNone) {
                bestBid[0] = Math.max(bestBid[0], price);
            }
        });
        market.book().forEachOrder(Side.SELL, (id, account, price, remaining, allOrNone) -> {
            if (!allOrNone) {
                bestAsk[0] = Math.min(bestAsk[0], price);
            }
        });
        if (bestBid[0] >= bestAsk[0]) {
            throw new AssertionError(market.symbol() + " is crossed: bid " + bestBid[0] + " >= ask " + bestAsk[0]);
        }
    }
}
