package io.tradewind.sim;

import io.tradewind.domain.OrderStatus;
import io.tradewind.domain.Side;
import io.tradewind.domain.TimeInForce;
import io.tradewind.sim.ExchangeSnapshot.AccountState;
import io.tradewind.sim.ExchangeSnapshot.AssetState;
import io.tradewind.sim.ExchangeSnapshot.BalanceState;
import io.tradewind.sim.ExchangeSnapshot.MarketState;
import io.tradewind.sim.ExchangeSnapshot.OrderState;
import java.util.ArrayList;
import java.util.List;

/**
 * Takes and restores {@link ExchangeSnapshot}s. Lives apart from the exchange so that its hot
 * paths carry nothing for it: a backtest that never saves never runs any of this.
 *
 * <p>What a book needs to behave the same is its resting orders in priority order: re-adding
 * them in that order rebuilds every level's queue. Derived counters (open orders per account and
 * market, resting all-or-none orders per market) and the expiry queue are rebuilt from the orders.
 */
final class ExchangeSnapshots {

    private ExchangeSnapshots() {
    }

    static ExchangeSnapshot take(SimulatedExchange exchange) {
        List<Asset> assets = exchange.assets.all();
        List<AssetState> assetStates = new ArrayList<>(assets.size());
        for (Asset asset : assets) {
            assetStates.add(new AssetState(asset.name, asset.scale, asset.held, exchange.deposited(asset),
                    exchange.feesCollected(asset)));
        }
        List<MarketState> marketStates = new ArrayList<>(exchange.markets.size());
        List<OrderState> orders = new ArrayList<>(exchange.openOrders.size());
        for (Market market : exchange.markets) {
            marketStates.add(new MarketState(market.instrument, market.lastPrice, market.lastCandleWalked));
            for (Side side : Side.values()) {
                market.book.forEachOrder(side, (id, account, price, remaining, allOrNone) ->
                        orders.add(state(restingOrder(exchange, id, remaining))));
            }
            market.stops.forEach(order -> orders.add(state(order)));
        }
        if (orders.size() != exchange.openOrders.size()) {
            throw new IllegalStateException("snapshot taken in the middle of an operation: " + exchange.openOrders.size()
                    + " open orders, but only " + orders.size() + " rest in a book or wait as a stop");
        }
        List<AccountState> accountStates = new ArrayList<>(exchange.accounts.size());
        for (SimAccount account : exchange.accounts) {
            List<BalanceState> balances = new ArrayList<>(assets.size());
            for (Asset asset : assets) {
                balances.add(new BalanceState(account.available(asset), account.held(asset)));
            }
            accountStates.add(new AccountState(account.name, account.fundedOnDemand, balances));
        }
        return new ExchangeSnapshot(exchange.now, exchange.orderSequence, exchange.tradeSequence, assetStates,
                marketStates, accountStates, orders);
    }

    private static SimOrder restingOrder(SimulatedExchange exchange, long id, long bookRemaining) {
        SimOrder order = exchange.openOrders.get(id);
        if (order == null || !order.resting || order.remaining() != bookRemaining) {
            throw new IllegalStateException("order " + id + " rests in the book with " + bookRemaining
                    + " but the exchange does not agree: snapshot taken in the middle of an operation");
        }
        return order;
    }

    private static OrderState state(SimOrder o) {
        return new OrderState(o.id, o.uid, o.account.id, o.market.id, o.side, o.type, o.requestedType, o.timeInForce,
                o.price, o.stopPrice, o.quantity, o.filled, o.quoteBudget, o.expireAt, o.sequence, o.status,
                o.rejectionMask, o.held, o.holdMode.name(), o.resting);
    }

    static void restore(SimulatedExchange exchange, ExchangeSnapshot snapshot) {
        if (!exchange.markets.isEmpty() || !exchange.accounts.isEmpty() || exchange.assets.size() > 0
                || exchange.orderSequence != 0) {
            throw new IllegalArgumentException("only a new exchange can be restored from a snapshot");
        }
        restoreAssets(exchange, snapshot.assets());
        for (MarketState state : snapshot.markets()) {
            Market market = exchange.addInstrument(state.instrument());
            market.lastPrice = state.lastPrice();
            market.lastCandleWalked = state.lastCandleWalked();
        }
        for (AssetState state : snapshot.assets()) {
            if (exchange.assets.get(state.name()).scale != state.scale()) {
                throw new IllegalArgumentException("snapshot keeps " + state.name() + " with " + state.scale()
                        + " decimals, but its instruments need " + exchange.assets.get(state.name()).scale);
            }
        }
        for (AccountState state : snapshot.accounts()) {
            restoreAccount(exchange, state);
        }
        for (OrderState state : snapshot.orders()) {
            restoreOrder(exchange, state);
        }
        exchange.now = snapshot.clock();
        exchange.orderSequence = snapshot.orderSequence();
        exchange.tradeSequence = snapshot.tradeSequence();
    }

    private static void restoreAssets(SimulatedExchange exchange, List<AssetState> states) {
        for (AssetState state : states) {
            exchange.assets.restore(state.name(), state.scale(), state.held());
        }
        exchange.growPerAssetArrays();
        for (int id = 0; id < states.size(); id++) {
            exchange.deposited[id] = states.get(id).deposited();
            exchange.feesCollected[id] = states.get(id).feesCollected();
        }
    }

    private static void restoreAccount(SimulatedExchange exchange, AccountState state) {
        SimAccount account = exchange.open(state.name(), state.fundedOnDemand());
        if (state.balances().size() != exchange.assets.size()) {
            throw new IllegalArgumentException("snapshot of account " + state.name() + " has "
                    + state.balances().size() + " balances for " + exchange.assets.size() + " assets");
        }
        account.ensureAssets(exchange.assets.size());
        for (int id = 0; id < state.balances().size(); id++) {
            account.available[id] = state.balances().get(id).available();
            account.held[id] = state.balances().get(id).held();
        }
    }

    private static void restoreOrder(SimulatedExchange exchange, OrderState state) {
        SimOrder order = exchange.pool.take();
        order.id = state.id();
        order.uid = state.uid();
        order.account = exchange.accounts.get(state.account());
        order.market = exchange.markets.get(state.market());
        order.side = state.side();
        order.type = state.type();
        order.requestedType = state.requestedType();
        order.timeInForce = state.timeInForce();
        order.price = state.price();
        order.stopPrice = state.stopPrice();
        order.quantity = state.quantity();
        order.filled = state.filled();
        order.quoteBudget = state.quoteBudget();
        order.expireAt = state.expireAt();
        order.sequence = state.sequence();
        order.status = state.status();
        order.rejectionMask = state.rejectionMask();
        order.held = state.held();
        order.holdMode = SimOrder.HoldMode.valueOf(state.holdMode());
        if (exchange.openOrders.put(order.id, order) != null) {
            throw new IllegalArgumentException("snapshot lists order " + order.id + " twice");
        }
        order.account.openOrders[order.market.id]++;
        if (order.expireAt != Long.MAX_VALUE) {
            exchange.expiries.add(order);
        }
        Market market = order.market;
        if (state.resting()) {
            boolean allOrNone = order.timeInForce == TimeInForce.ALL_OR_NONE;
            market.book.add(order.id, order.account.id, order.side, order.price, order.remaining(), allOrNone);
            order.resting = true;
            if (allOrNone) {
                market.restingAllOrNone++;
            }
        } else if (order.status == OrderStatus.QUEUED) {
            market.stops.add(order);
        } else {
            throw new IllegalArgumentException("snapshot order " + order.id + " neither rests nor waits as a stop");
        }
    }
}
