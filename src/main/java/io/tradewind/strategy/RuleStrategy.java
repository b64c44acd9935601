package io.tradewind.strategy;

import java.math.BigDecimal;
import java.util.List;
import org.ta4j.core.BarSeries;
import org.ta4j.core.Rule;

/**
 * A long-only strategy made of a pair of ta4j rules and a sizing rule: when flat and the entry
 * rule is satisfied on the last closed candle, buy at market; when long and the exit rule is
 * satisfied, sell the whole position at market. Subclasses only build the rules.
 */
public abstract class RuleStrategy implements Strategy {

    private Rule entry;
    private Rule exit;
    private SizingRule sizing;
    /** The order actions of entries and exits, each with its rule's reason: made once, not per order. */
    private OrderActions entering;
    private OrderActions exiting;

    /** The entry and exit rules on the strategy's candle series; called once, at start. */
    protected abstract Rules rules(BarSeries series, StrategyParameters parameters);

    /** By default 95% of the available quote balance per entry: room for the fee and the next open. */
    protected SizingRule sizingRule(StrategyParameters parameters) {
        return SizingRule.fractionOfQuote(new BigDecimal("0.95"));
    }

    @Override
    public void onStart(StrategyContext context) {
        Rules rules = rules(context.series(), context.parameters());
        entry = rules.entry();
        exit = rules.exit();
        sizing = sizingRule(context.parameters());
        entering = rules.entryReason() == null ? context : context.because(rules.entryReason());
        exiting = rules.exitReason() == null ? context : context.because(rules.exitReason());
    }

    @Override
    public void onCandle(StrategyContext context) {
        if (context.warmingUp()) {
            return;
        }
        List<OpenOrder> pending = context.openOrders();
        if (!pending.isEmpty()) {
            return;
        }
        int index = context.series().getEndIndex();
        BigDecimal position = context.position();
        if (position.signum() == 0 && entry.isSatisfied(index)) {
            BigDecimal quantity = sizing.quantity(context);
            if (quantity.compareTo(context.instrument().minQuantity()) >= 0) {
                entering.buyMarket(quantity);
            }
        } else if (position.signum() > 0 && exit.isSatisfied(index)) {
            exiting.sellMarket(position);
        }
    }
}
