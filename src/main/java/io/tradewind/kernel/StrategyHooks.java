package io.tradewind.kernel;

import io.tradewind.sim.UnrepresentableAmountException;
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
    private final ExecutionStrategyContext context;
    private long candles;

    /** @param context told when each hook starts and ends, so that it hears the hook's order actions as one decision */
    StrategyHooks(Strategy strategy, Supplier<Instant> clock, ExecutionStrategyContext context) {
        this.strategy = strategy;
        this.clock = clock;
        this.context = context;
    }

    /** A candle closed and is about to reach the strategy: later failures name it. */
    void candleHanded() {
        candles++;
    }

    void call(String hook, Runnable call) {
        call(hook, null, call);
    }

    /**
     * @param handed what the hook is handed, named if it throws (news a hook threw on is not handed
     *               again); asked only then, since news reaches the hooks on a backtest's hot path
     */
    void call(String hook, Supplier<String> handed, Runnable call) {
        context.hookStarting();
        try {
            call.run();
        } catch (StrategyHookException | UnrepresentableAmountException e) {
            throw e; // the second: a limit of the simulation's settings that the strategy's order ran into
        } catch (Exception | Error e) {
            // an AssertionError or a class the strategy cannot load is its own failure, as is a
            // StackOverflowError (runaway recursion); the JVM's own troubles (out of memory) pass
            if (e instanceof VirtualMachineError && !(e instanceof StackOverflowError)) {
                throw e;
            }
            throw new StrategyHookException(strategy.name(), strategy.getClass(), hook, handed == null ? null : handed.get(),
                    candles == 0 ? null : clock.get(), candles, e);
        } finally {
            // also when it threw: what it sent before is out, and the decision's line comes before the failure's
            context.hookEnded(hook);
        }
    }
}
