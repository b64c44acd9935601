package io.tradewind.kernel;

import io.tradewind.strategy.Strategy;
import java.time.Instant;
import java.util.function.Supplier;

/**
 * Runs a strategy's hooks for the kernel, so a hook that throws becomes one
 * {@link StrategyHookException} naming the strategy, the hook, the time and the candle, wherever
 * the kernel called it from (a candle, a depth snapshot, order news).
 */
final class StrategyHooks {

    private final Strategy strategy;
    private final Supplier<Instant> clock;
    private long candles;

    StrategyHooks(Strategy strategy, Supplier<Instant> clock) {
        this.strategy = strategy;
        this.clock = clock;
    }

    /** A candle closed and is about to reach the strategy: later failures name it. */
    void candleHanded() {
        candles++;
    }

    void call(String hook, Runnable call) {
        try {
            call.run();
        } catch (StrategyHookException e) {
            throw e;
        } catch (Exception | StackOverflowError e) {
            // a StackOverflowError is the strategy's runaway recursion; other Errors are the JVM's and pass
            throw new StrategyHookException(strategy.name(), strategy.getClass(), hook,
                    candles == 0 ? null : clock.get(), candles, e);
        }
    }
}
