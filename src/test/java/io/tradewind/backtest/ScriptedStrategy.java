package io.tradewind.backtest;

import io.tradewind.strategy.Fill;
import io.tradewind.strategy.OrderHandle;
import io.tradewind.strategy.Strategy;
import io.tradewind.strategy.StrategyContext;
import io.tradewind.strategy.StrategyParameters;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Function;

/** A test strategy: does what its script says on each candle and records what it saw. */
final class ScriptedStrategy implements Strategy {

    /** One candle hook as the strategy saw it. */
    record Seen(Instant now, boolean warmingUp, double close) {
    }

    private final int warmup;
    private final boolean usesSeries;
    private final Function<StrategyContext, OrderHandle> script;
    final List<Seen> candles = new ArrayList<>();
    final List<OrderHandle> handles = new ArrayList<>();
    final List<Fill> fills = new ArrayList<>();
    /** What the strategy does when one of its orders fills (nothing unless set). */
    BiConsumer<StrategyContext, Fill> onFill = (context, fill) -> { };

    ScriptedStrategy(int warmup, boolean usesSeries, Function<StrategyContext, OrderHandle> script) {
        this.warmup = warmup;
        this.usesSeries = usesSeries;
        this.script = script;
    }

    @Override
    public String name() {
        return "scripted";
    }

    @Override
    public boolean usesBarSeries() {
        return usesSeries;
    }

    @Override
    public int warmupBars(StrategyParameters parameters) {
        return warmup;
    }

    @Override
    public void onCandle(StrategyContext context) {
        candles.add(new Seen(context.now(), context.warmingUp(), context.lastCandle().close()));
        OrderHandle handle = script.apply(context);
        if (handle != null) {
            handles.add(handle);
        }
    }

    @Override
    public void onFill(StrategyContext context, Fill fill) {
        fills.add(fill);
        onFill.accept(context, fill);
    }
}
