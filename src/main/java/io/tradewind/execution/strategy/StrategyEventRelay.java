package io.tradewind.execution.strategy;

import io.tradewind.execution.ExecutionService;
import io.tradewind.execution.OrderRecord;
import io.tradewind.execution.VenueOrder;
import io.tradewind.execution.VenueTrade;
import io.tradewind.strategy.Fill;
import io.tradewind.strategy.OrderUpdate;
import io.tradewind.strategy.Strategy;
import java.util.Optional;

/**
 * Hands what a venue reports to the execution service first, then to the strategy whose order it
 * is: the strategy's hooks run on the service's recorded view, so its position and open orders
 * are already up to date when it hears of a fill.
 */
public final class StrategyEventRelay {

    private final ExecutionService execution;
    private final Strategy strategy;
    private final ExecutionStrategyContext context;

    public StrategyEventRelay(ExecutionService execution, Strategy strategy, ExecutionStrategyContext context) {
        this.execution = execution;
        this.strategy = strategy;
        this.context = context;
    }

    public void orderUpdated(VenueOrder report) {
        OrderRecord order = execution.onOrderUpdate(report);
        if (order != null && order.strategyInstance().equals(context.instance())) {
            strategy.onOrderUpdate(context, new OrderUpdate(order.clientOrderId(), order.status(), order.filled(),
                    order.rejectionReasons()));
        }
    }

    public void traded(String account, VenueTrade trade) {
        execution.onTrade(account, trade);
        Optional<OrderRecord> order = execution.order(trade.clientOrderId());
        if (order.isPresent() && order.get().strategyInstance().equals(context.instance())) {
            strategy.onFill(context, new Fill(trade.clientOrderId(), trade.side(), trade.price(), trade.quantity(),
                    trade.fee(), trade.feeAsset(), trade.time()));
        }
    }
}
