package examples;

import io.tradewind.domain.OrderStatus;
import io.tradewind.domain.OrderType;
import io.tradewind.domain.Side;
import io.tradewind.strategy.Fill;
import io.tradewind.strategy.OpenOrder;
import io.tradewind.strategy.OrderHandle;
import io.tradewind.strategy.OrderUpdate;
import io.tradewind.strategy.ParameterSpec;
import io.tradewind.strategy.SizingRule;
import io.tradewind.strategy.Strategy;
import io.tradewind.strategy.StrategyContext;
import io.tradewind.strategy.StrategyParameters;
import io.tradewind.strategy.StrategyPlugin;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;
import org.ta4j.core.indicators.RSIIndicator;
import org.ta4j.core.indicators.helpers.ClosePriceIndicator;

/**
 * RSI mean reversion with a stop-loss: buy when the relative strength index says the market is
 * oversold, sell when it says overbought. Once the entry has filled, a stop-market sell rests at
 * {@code stop_loss} below the entry price, so a falling market closes the position without
 * waiting for the next signal.
 */
@StrategyPlugin
public class RsiMeanReversion implements Strategy {

    private RSIIndicator rsi;
    private String entryUid;
    private String stopUid;
    /** The entry's fills so far: their quantity and what it cost, for its average price. */
    private BigDecimal entryFilled = BigDecimal.ZERO;
    private BigDecimal entryCost = BigDecimal.ZERO;

    @Override
    public List<ParameterSpec> parameters() {
        return List.of(
                ParameterSpec.integer("period", 14, 2, 200, "bars in the RSI"),
                ParameterSpec.decimal("oversold", "30", "1", "50", "enter below this RSI"),
                ParameterSpec.decimal("overbought", "70", "50", "99", "exit above this RSI"),
                ParameterSpec.decimal("stop_loss", "0.05", "0.001", "0.5", "stop distance below the entry price, as a fraction"),
                ParameterSpec.decimal("allocation", "0.95", "0.01", "1", "share of the quote balance to spend per entry"));
    }

    /** An entry level at or above the exit level would sell what it just bought. */
    @Override
    public void validate(StrategyParameters parameters) {
        parameters.requireLess("oversold", "overbought");
    }

    @Override
    public int warmupBars(StrategyParameters parameters) {
        return parameters.integer("period") + 1;
    }

    /**
     * Builds the indicator, and picks up the orders it placed before a restart of the service (a
     * backtest starts with none): the fields that name them start empty in a new process, and a
     * forgotten stop would hold the position's base, so every exit sell would be refused for lack
     * of balance.
     */
    @Override
    public void onStart(StrategyContext context) {
        rsi = new RSIIndicator(new ClosePriceIndicator(context.series()), context.parameters().integer("period"));
        for (OpenOrder order : context.openOrders()) {
            if (order.side() == Side.SELL && order.type() == OrderType.STOP_MARKET) {
                stopUid = order.uid();
            } else if (order.side() == Side.BUY) {
                // its fills before the restart are not known here: no stop follows it (the RSI exit still does)
                entryUid = order.uid();
            }
        }
    }

    @Override
    public void onCandle(StrategyContext context) {
        if (context.warmingUp() || entryUid != null) {
            return;
        }
        double value = rsi.getValue(context.series().getEndIndex()).doubleValue();
        BigDecimal position = context.position();
        if (position.signum() == 0 && value < context.parameters().decimal("oversold").doubleValue()) {
            BigDecimal quantity = SizingRule.fractionOfQuote(context.parameters().decimal("allocation")).quantity(context);
            if (quantity.compareTo(context.instrument().minQuantity()) >= 0) {
                entryFilled = BigDecimal.ZERO;
                entryCost = BigDecimal.ZERO;
                OrderHandle entry = context.because("oversold").buyMarket(quantity);
                entryUid = entry.isRejected() ? null : entry.uid();
            }
        } else if (position.signum() > 0 && value > context.parameters().decimal("overbought").doubleValue()) {
            if (stopUid != null) {
                context.cancel(stopUid);
                stopUid = null;
            }
            context.because("overbought").sellMarket(position);
        }
    }

    @Override
    public void onFill(StrategyContext context, Fill fill) {
        if (fill.uid().equals(entryUid)) {
            entryFilled = entryFilled.add(fill.quantity());
            entryCost = entryCost.add(fill.price().multiply(fill.quantity()));
        }
    }

    /** When the entry order is done, protect whatever it bought with a stop below its average fill price. */
    @Override
    public void onOrderUpdate(StrategyContext context, OrderUpdate update) {
        if (update.uid().equals(stopUid) && update.status().isTerminal()) {
            stopUid = null;
        }
        if (!update.uid().equals(entryUid) || !update.status().isTerminal()) {
            return;
        }
        entryUid = null;
        BigDecimal position = context.position();
        if (update.status() != OrderStatus.REJECTED && position.signum() > 0 && entryFilled.signum() > 0) {
            BigDecimal entryPrice = entryCost.divide(entryFilled, MathContext.DECIMAL64);
            BigDecimal tick = context.instrument().tickSize();
            BigDecimal stop = entryPrice.multiply(BigDecimal.ONE.subtract(context.parameters().decimal("stop_loss")))
                    .divide(tick, 0, RoundingMode.DOWN).multiply(tick);
            OrderHandle handle = context.because("stop-loss").stopMarket(Side.SELL, stop, position);
            stopUid = handle.isRejected() ? null : handle.uid();
        }
    }
}
