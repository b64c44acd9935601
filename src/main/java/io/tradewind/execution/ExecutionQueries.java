package io.tradewind.execution;

import io.tradewind.domain.Balance;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * What the execution service answers about its orders, holds, positions and balances. The live
 * view is read under the state lock (held only for short steps, never across a venue call); the
 * history (orders by query, fills) is read from the store without it.
 */
final class ExecutionQueries {

    private final LiveState state;

    ExecutionQueries(LiveState state) {
        this.state = state;
    }

    List<OrderRecord> orders(OrderQuery query) {
        return state.store.orders(query);
    }

    List<OrderRecord> liveOrders() {
        state.lock();
        try {
            return state.live.isEmpty() ? List.of() : List.copyOf(state.live.values());
        } finally {
            state.unlock();
        }
    }

    List<FillRecord> fills() {
        return state.store.fills(state.venue);
    }

    List<HoldRecord> holds() {
        return state.locked(() -> List.copyOf(state.holds.all()));
    }

    BigDecimal held(String account, String asset) {
        return state.locked(() -> state.holds.held(account, asset));
    }

    List<Position> positions() {
        return state.locked(state.positions::all);
    }

    Position position(String strategyInstance, String symbol) {
        state.lock(); // asked on every decision of a strategy: no lambda to allocate
        try {
            return state.positions.position(strategyInstance, symbol);
        } finally {
            state.unlock();
        }
    }

    Optional<OrderRecord> order(String clientOrderId) {
        OrderRecord live = state.locked(() -> state.liveOrder(clientOrderId));
        return live != null ? Optional.of(live) : state.store.findOrder(clientOrderId);
    }

    List<Balance> balances(String account) {
        return state.locked(() -> state.balances.ofAccount(account).stream().map(record -> {
            BigDecimal held = state.holds.held(account, record.asset());
            return new Balance(record.asset(), record.total().subtract(held), held);
        }).toList());
    }

    BigDecimal available(String account, String asset) {
        state.lock();
        try {
            return state.balances.balance(account, asset, state.now()).total().subtract(state.holds.held(account, asset));
        } finally {
            state.unlock();
        }
    }
}
