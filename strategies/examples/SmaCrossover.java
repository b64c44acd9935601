package examples;

import io.tradewind.strategy.ParameterSpec;
import io.tradewind.strategy.RuleStrategy;
import io.tradewind.strategy.Rules;
import io.tradewind.strategy.SizingRule;
import io.tradewind.strategy.StrategyParameters;
import io.tradewind.strategy.StrategyPlugin;
import java.math.BigDecimal;
import java.util.List;
import org.ta4j.core.BarSeries;
import org.ta4j.core.indicators.SMAIndicator;
import org.ta4j.core.indicators.helpers.ClosePriceIndicator;
import org.ta4j.core.rules.CrossedDownIndicatorRule;
import org.ta4j.core.rules.CrossedUpIndicatorRule;

/**
 * Simple moving average crossover, the "hello world" of trend following: buy when the fast
 * average of closes crosses above the slow one, sell when it crosses back below. Built from two
 * ta4j rules; the framework turns the signals into market orders.
 */
@StrategyPlugin
public class SmaCrossover extends RuleStrategy {

    /** Why it buys and sells, as its orders, the service's log and a report's trades say; FastSmaCrossover's too. */
    public static final String ENTRY_REASON = "fast SMA crossed above slow";
    public static final String EXIT_REASON = "fast SMA crossed below slow";

    @Override
    public List<ParameterSpec> parameters() {
        return List.of(
                ParameterSpec.integer("fast", 10, 1, 500, "bars in the fast moving average"),
                ParameterSpec.integer("slow", 30, 2, 2000, "bars in the slow moving average"),
                ParameterSpec.decimal("quantity", "0", "0", null, "base quantity per entry; 0 spends 95% of the available quote"));
    }

    @Override
    protected SizingRule sizingRule(StrategyParameters parameters) {
        return SizingRule.fixedOrFractionOfQuote(parameters.decimal("quantity"), new BigDecimal("0.95"));
    }

    /** The crossing needs two different averages, the fast one over fewer bars. */
    @Override
    public void validate(StrategyParameters parameters) {
        parameters.requireLess("fast", "slow");
    }

    @Override
    public int warmupBars(StrategyParameters parameters) {
        return parameters.integer("slow");
    }

    @Override
    protected Rules rules(BarSeries series, StrategyParameters parameters) {
        ClosePriceIndicator close = new ClosePriceIndicator(series);
        SMAIndicator fast = new SMAIndicator(close, parameters.integer("fast"));
        SMAIndicator slow = new SMAIndicator(close, parameters.integer("slow"));
        return new Rules(new CrossedUpIndicatorRule(fast, slow), new CrossedDownIndicatorRule(fast, slow),
                ENTRY_REASON, EXIT_REASON);
    }
}
