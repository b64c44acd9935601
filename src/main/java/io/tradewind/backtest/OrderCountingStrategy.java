package io.tradewind.backtest;

import io.tradewind.strategy.Fill;
import io.tradewind.strategy.OrderUpdate;
import io.tradewind.strategy.ParameterSpec;
import io.tradewind.strategy.Strategy;
import io.tradewind.strategy.StrategyContext;
import io.tradewind.strategy.StrategyParameters;
import java.util.List;

/**
 * Runs a strategy unchanged and counts its orders that ended (filled, cancelled, expired or
 * rejected), as the strategy heard of them: the benchmark's "orders" figure. Forwards every hook
 * of {@link Strategy}.
 */
final class OrderCountingStrategy implements Strategy {

    private final Strategy strategy;
    private long ended;

    OrderCountingStrategy(Strategy strategy) {
        this.strategy = strategy;
    }

    long endedOrders() {
        return ended;
    }

    @Override
    public String name() {
        return strategy.name();
    }

    @Override
    public List<ParameterSpec> parameters() {
        return strategy.parameters();
    }

    @Override
    public boolean usesBarSeries() {
        return strategy.usesBarSeries();
    }

    @Override
    public void validate(StrategyParameters parameters) {
        strategy.validate(parameters);
    }

    @Override
    public int warmupBars(StrategyParameters parameters) {
        return strategy.warmupBars(parameters);
    }

    @Override
    public void onStart(StrategyContext context) {
        strategy.onStart(context);
    }

    @Override
    public void onCandle(StrategyContext context) {
        strategy.onCandle(context);
    }

    @Override
    public void onDepth(StrategyContext context) {
        strategy.onDepth(context);
    }

    @Override
    public void onOrderUpdate(StrategyContext context, OrderUpdate update) {
        if (update.status().isTerminal()) {
            ended++;
        }
        strategy.onOrderUpdate(context, update);
    }

    @Override
    public void onFill(StrategyContext context, Fill fill) {
        strategy.onFill(context, fill);
    }
}
