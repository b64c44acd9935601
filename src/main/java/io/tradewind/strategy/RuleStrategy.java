package io.tradewind.strategy;

import io.tradewind.domain.Side;
import java.math.BigDecimal;
import java.util.List;
import org.ta4j.core.BarSeries;
import org.ta4j.core.BaseTradingRecord;
import org.ta4j.core.Rule;
import org.ta4j.core.TradingRecord;
import org.ta4j.core.num.Num;

/**
 * A long-only strategy made of a pair of ta4j rules and a sizing rule: when flat and the entry
 * rule is satisfied on the last closed candle, buy at market; when long and the exit rule is
 * satisfied, sell the whole position at market. Subclasses only build the rules.
 *
 * <p>The rules are asked with a ta4j {@link TradingRecord} of the instance's own position, so
 * that rules reading one work as in ta4j: {@code StopLossRule}, {@code StopGainRule},
 * {@code TrailingStopLossRule}, {@code OpenedPositionMinimumBarCountRule}. The record enters at
 * the first candle that closes with a position, at its average entry price (as ta4j's
 * next-open model enters at the candle after the signal), and exits at the first candle that
 * closes flat again, at the last exit fill's price.
 */
public abstract class RuleStrategy implements Strategy {

    private Rule entry;
    private Rule exit;
    private SizingRule sizing;
    private TradingRecord record;
    private BigDecimal lastExitPrice;
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
        record = new BaseTradingRecord();
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
        keepRecord(context, index, position);
        if (position.signum() == 0 && entry.isSatisfied(index, record)) {
            BigDecimal quantity = sizing.quantity(context);
            if (quantity.compareTo(context.instrument().minQuantity()) >= 0) {
                entering.buyMarket(quantity);
            }
        } else if (position.signum() > 0 && exit.isSatisfied(index, record)) {
            exiting.sellMarket(position);
        }
    }

    @Override
    public void onFill(StrategyContext context, Fill fill) {
        if (fill.side() == Side.SELL) {
            lastExitPrice = fill.price();
        }
    }

    /** Opens or closes the trading record where the position has opened or closed since the last candle. */
    private void keepRecord(StrategyContext context, int index, BigDecimal position) {
        BarSeries series = context.series();
        BigDecimal entryPrice = position.signum() > 0 && record.isClosed() ? context.averageEntryPrice() : null;
        if (entryPrice != null) {
            // null when the position closed between the two reads: the next candle sees it flat
            record.enter(index, series.numOf(entryPrice), series.numOf(position));
            lastExitPrice = null;
        } else if (position.signum() == 0 && !record.isClosed()) {
            // no exit fill seen since the entry (a subclass that overrides onFill): the last close stands in
            Num exitPrice = lastExitPrice != null ? series.numOf(lastExitPrice) : series.numOf(context.lastCandle().close());
            record.exit(index, exitPrice, record.getCurrentPosition().getEntry().getAmount());
        }
    }
}
