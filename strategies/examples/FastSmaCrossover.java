package examples;

import io.tradewind.strategy.OrderActions;
import io.tradewind.strategy.ParameterSpec;
import io.tradewind.strategy.SizingRule;
import io.tradewind.strategy.Strategy;
import io.tradewind.strategy.StrategyContext;
import io.tradewind.strategy.StrategyParameters;
import io.tradewind.strategy.StrategyPlugin;
import java.math.BigDecimal;
import java.util.List;

/**
 * The SMA crossover of {@link SmaCrossover}, written with hooks and its own indicator instead of
 * ta4j rules: it keeps the last closes in a ring and needs no bar series, which makes a backtest
 * several times faster. Averages and crossings are computed as ta4j computes them (a fresh sum of
 * the window; a cross needs the last bar where the averages differed on the other side), so both
 * versions trade on the same candles.
 */
@StrategyPlugin
public class FastSmaCrossover implements Strategy {

    private double[] closes;
    private int next;
    private int fast;
    private int slow;
    private long seen;
    private int lastSide;
    private SizingRule sizing;
    /** The order actions of entries and exits with their reasons, as SmaCrossover's: made once, not per order. */
    private OrderActions entering;
    private OrderActions exiting;

    @Override
    public List<ParameterSpec> parameters() {
        return List.of(
                ParameterSpec.integer("fast", 10, 1, 500, "bars in the fast moving average"),
                ParameterSpec.integer("slow", 30, 2, 2000, "bars in the slow moving average"),
                ParameterSpec.decimal("quantity", "0", "0", null, "base quantity per entry; 0 spends 95% of the available quote"));
    }

    /** The crossing needs two different averages, the fast one over fewer bars. */
    @Override
    public void validate(StrategyParameters parameters) {
        parameters.requireLess("fast", "slow");
    }

    @Override
    public boolean usesBarSeries() {
        return false;
    }

    @Override
    public void onStart(StrategyContext context) {
        fast = context.parameters().integer("fast");
        slow = context.parameters().integer("slow");
        closes = new double[Math.max(fast, slow)];
        sizing = SizingRule.fixedOrFractionOfQuote(context.parameters().decimal("quantity"), new BigDecimal("0.95"));
        entering = context.because(SmaCrossover.ENTRY_REASON);
        exiting = context.because(SmaCrossover.EXIT_REASON);
    }

    /**
     * Called for every candle, since this strategy asks the framework for no warm-up: its averages
     * must see every close. It waits for {@code slow} closes itself before trading.
     */
    @Override
    public void onCandle(StrategyContext context) {
        closes[next] = context.lastCandle().close();
        next = next + 1 == closes.length ? 0 : next + 1;
        seen++;
        int side = Double.compare(average(fast), average(slow));
        boolean crossedUp = side > 0 && lastSide < 0;
        boolean crossedDown = side < 0 && lastSide > 0;
        if (side != 0) {
            lastSide = side;
        }
        if (seen < slow || !crossedUp && !crossedDown || !context.openOrders().isEmpty()) {
            return;
        }
        BigDecimal position = context.position();
        if (position.signum() == 0 && crossedUp) {
            BigDecimal quantity = sizing.quantity(context);
            if (quantity.compareTo(context.instrument().minQuantity()) >= 0) {
                entering.buyMarket(quantity);
            }
        } else if (position.signum() > 0 && crossedDown) {
            exiting.sellMarket(position);
        }
    }

    /** The mean of the last {@code bars} closes (fewer at the start), summed oldest first as ta4j does. */
    private double average(int bars) {
        int count = (int) Math.min(bars, seen);
        int i = next - count;
        if (i < 0) {
            i += closes.length;
        }
        double sum = 0;
        for (int n = 0; n < count; n++) {
            sum += closes[i];
            i = i + 1 == closes.length ? 0 : i + 1;
        }
        return sum / count;
    }
}
