package io.tradewind.strategy;

import java.util.List;

/**
 * A trading strategy plugin. Implement the hooks you need; each does nothing by default. The same
 * instance runs unchanged in backtest, paper and live trading: everything it sees and does goes
 * through the {@link StrategyContext}.
 *
 * <p>Annotate the class with {@link StrategyPlugin} and put it in {@code strategies/}; it is
 * known by {@link #name()}.
 */
public interface Strategy {

    /** The short name used in backtest specs and configuration; by default the class name in kebab case. */
    default String name() {
        return kebabCase(getClass().getSimpleName());
    }

    /** The parameters this strategy reads, with defaults and allowed ranges. */
    default List<ParameterSpec> parameters() {
        return List.of();
    }

    /**
     * Whether the strategy reads {@link StrategyContext#series()}. Keeping a ta4j series costs
     * more per candle than everything else a backtest does; a strategy that computes its own
     * indicators from {@link StrategyContext#lastCandle()} returns false and runs several times
     * faster.
     */
    default boolean usesBarSeries() {
        return true;
    }

    /**
     * Checks parameter values against each other, after each has passed its own declared range:
     * a fast average that is not shorter than the slow one, say. Runs before anything is imported
     * or replayed.
     *
     * @throws IllegalArgumentException naming the parameters and their values when they cannot be used together
     */
    default void validate(StrategyParameters parameters) {
    }

    /**
     * How many closed candles the strategy needs before its first decision. They reach
     * {@link #onCandle} with {@link StrategyContext#warmingUp()} true (read from before a
     * backtest's {@code from} when stored); at most the series length ({@code series_bars}).
     */
    default int warmupBars(StrategyParameters parameters) {
        return 0;
    }

    /** Called once before any other hook: read parameters and build indicators here. */
    default void onStart(StrategyContext context) {
    }

    /** A candle closed; it is the last bar of {@link StrategyContext#series()}. */
    default void onCandle(StrategyContext context) {
    }

    /** A new order-book snapshot arrived; it is {@link StrategyContext#depth()}. */
    default void onDepth(StrategyContext context) {
    }

    /** One of this strategy's orders changed status or filled quantity. */
    default void onOrderUpdate(StrategyContext context, OrderUpdate update) {
    }

    /** One of this strategy's orders traded. */
    default void onFill(StrategyContext context, Fill fill) {
    }

    static String kebabCase(String className) {
        return StrategyNames.kebabCase(className);
    }
}
