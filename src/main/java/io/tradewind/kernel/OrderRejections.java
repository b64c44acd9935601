package io.tradewind.kernel;

import io.tradewind.domain.Decimals;
import io.tradewind.domain.Instrument;
import io.tradewind.domain.OrderStatus;
import io.tradewind.domain.OrderType;
import io.tradewind.domain.RejectionReason;
import io.tradewind.domain.Side;
import io.tradewind.execution.ExecutionListener;
import io.tradewind.execution.FillRecord;
import io.tradewind.execution.OrderIntent;
import io.tradewind.execution.OrderRecord;
import io.tradewind.execution.RepeatedLines;
import io.tradewind.execution.RiskRefusal;
import java.lang.System.Logger.Level;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A strategy instance's orders that came to nothing, kept apart because they mean different
 * things: <em>refused</em> orders were stopped by the execution service's local checks (risk
 * limits, balance) before reaching the venue; <em>rejected</em> orders were invalid, either for
 * the venue (off the tick grid, below the step or minimum; it answered {@code rejected}) or
 * already for the strategy context (no side, a quantity or price of zero or less). A rejection is
 * logged as a warning line, since a strategy that sends invalid orders has a bug (one line a minute
 * for a run of rejections for the same reasons: one a candle buried a backtest's output), and
 * counted once under each of its reasons. Refusals are logged by the execution service, or here when the
 * instance's own {@link OrderGuard} refused the order; the execution service's are also counted by
 * the limit that refused them, the first kept in words, for a backtest's report.
 *
 * <p>Thread-safe: in the service the execution service reports from whichever instance's thread
 * committed the change, while the operator reads the counts.
 */
public final class OrderRejections implements ExecutionListener {

    private static final System.Logger LOG = System.getLogger(OrderRejections.class.getName());

    private final String instance;
    /** Its grid, said with a rejection for being off it: "not a multiple of the tick size" alone sends the author looking. */
    private final Instrument instrument;
    private final Map<String, Long> rejected = new TreeMap<>();
    private long refused;
    private final Map<String, Long> refusedByLimit = new TreeMap<>();
    private String firstRefusal;
    private long invalid;
    private final RepeatedLines guardRefusalLines = new RepeatedLines();
    private final RepeatedLines rejectionLines = new RepeatedLines();
    private final RepeatedLines beforeTradingLines = new RepeatedLines();

    OrderRejections(String instance, Instrument instrument) {
        this.instance = instance;
        this.instrument = instrument;
    }

    @Override
    public synchronized void orderChanged(OrderRecord order) {
        if (order.status() != OrderStatus.REJECTED || !order.strategyInstance().equals(instance)) {
            return;
        }
        if (order.venueOrderId() == null) {
            // never answered by the venue: the local checks refused it
            refused++;
            return;
        }
        rejected(order.clientOrderId(), order.side(), order.type(), order.price(), order.stopPrice(), order.quantity(),
                order.rejectionReasons());
    }

    @Override
    public void filled(FillRecord fill) {
        // fills are no rejections
    }

    /** An order action the strategy context rejected before it became an order, so it has no client order id. */
    synchronized void invalid(Side side, OrderType type, BigDecimal price, BigDecimal stopPrice, BigDecimal quantity,
            List<RejectionReason> reasons) {
        invalid++;
        rejected("(not sent)", side, type, price, stopPrice, quantity, reasons);
    }

    /** An order the instance's guard refused before it reached the execution service. */
    synchronized void refusedByGuard(OrderIntent intent, String why) {
        refused++;
        long notLogged = guardRefusalLines.log(instance,
                intent.side().wireName() + " " + intent.type().wireName() + " " + intent.symbol() + ": " + why);
        if (notLogged != RepeatedLines.NOT_LOGGED) {
            LOG.log(Level.INFO, "strategy {0}: refused {1} {2} of {3} {4}: {5}{6}", instance, intent.side().wireName(),
                    intent.type().wireName(), Decimals.format(intent.quantity()), intent.symbol(), why,
                    RepeatedLines.notLoggedBefore(notLogged, "refusals"));
        }
    }

    /**
     * An order action refused before the strategy may trade (in onStart, during its warm-up): logged
     * (a run of them once a minute), not counted, since no order was meant to come of it; a strategy
     * that ignores the handle it got back would otherwise never learn why nothing traded.
     */
    synchronized void refusedBeforeTrading(Side side, OrderType type, String why) {
        String line = (side == null ? "order" : side.wireName()) + " " + type.wireName() + " " + why;
        long notLogged = beforeTradingLines.log(instance, line);
        if (notLogged != RepeatedLines.NOT_LOGGED) {
            LOG.log(Level.INFO, "strategy {0}: {1}{2}", instance, line, RepeatedLines.notLoggedBefore(notLogged, "refusals"));
        }
    }

    /** An order the execution service refused: counted under each limit it broke; the first is kept in words. */
    synchronized void refusedBy(OrderRecord order, List<RiskRefusal> refusals) {
        for (RiskRefusal refusal : refusals) {
            refusedByLimit.merge(refusal.limit(), 1L, Long::sum);
        }
        if (firstRefusal == null) {
            firstRefusal = "order " + order.clientOrderId() + " at " + order.createdAt() + ": "
                    + String.join("; ", refusals.stream().map(RiskRefusal::toString).toList());
        }
    }

    /** Orders the execution service refused, by the limit that refused them (sorted); an order counts under each. */
    public synchronized Map<String, Long> refusedByLimit() {
        return Collections.unmodifiableMap(new TreeMap<>(refusedByLimit));
    }

    /** The first order the execution service refused, when and why, or null when none was. */
    public synchronized String firstRefusal() {
        return firstRefusal;
    }

    /** Orders refused by the local checks before reaching the venue. */
    public synchronized long refused() {
        return refused;
    }

    /** Order actions the strategy context rejected before they became orders (no side, a quantity of zero or less, …). */
    public synchronized long invalid() {
        return invalid;
    }

    /** Rejected orders by reason (wire names, sorted). */
    public synchronized Map<String, Long> rejectedByReason() {
        return Collections.unmodifiableMap(new TreeMap<>(rejected));
    }

    private void rejected(String clientOrderId, Side side, OrderType type, BigDecimal price, BigDecimal stopPrice,
            BigDecimal quantity, List<RejectionReason> reasons) {
        List<String> names = reasons.isEmpty() ? List.of("unspecified")
                : reasons.stream().map(RejectionReason::wireName).toList();
        names.forEach(name -> rejected.merge(name, 1L, Long::sum));
        long notLogged = rejectionLines.log(instance, String.join(", ", names));
        if (notLogged == RepeatedLines.NOT_LOGGED) {
            return;
        }
        LOG.log(Level.WARNING, "strategy {0}: order {1} rejected ({2} {3}{4}{5}, quantity {6}): {7}{8}{9}", instance,
                clientOrderId, side == null ? "no side" : side.wireName(), type.wireName(),
                price == null ? "" : ", price " + Decimals.format(price),
                stopPrice == null ? "" : ", stop price " + Decimals.format(stopPrice),
                quantity == null ? "none" : Decimals.format(quantity), String.join(", ", names), grid(reasons),
                RepeatedLines.notLoggedBefore(notLogged, "rejections"));
    }

    /** The instrument's figures the reasons measured the order against, in brackets; empty when none did. */
    private String grid(List<RejectionReason> reasons) {
        List<String> figures = new ArrayList<>();
        if (reasons.contains(RejectionReason.QUANTITY_BELOW_MINIMUM)) {
            figures.add("min_quantity " + Decimals.format(instrument.minQuantity()));
        }
        if (reasons.contains(RejectionReason.QUANTITY_NOT_MULTIPLE_OF_STEP_SIZE)) {
            figures.add("step_size " + Decimals.format(instrument.stepSize()));
        }
        if (reasons.contains(RejectionReason.PRICE_NOT_MULTIPLE_OF_TICK_SIZE)
                || reasons.contains(RejectionReason.STOP_PRICE_NOT_MULTIPLE_OF_TICK_SIZE)) {
            figures.add("tick_size " + Decimals.format(instrument.tickSize()));
        }
        return figures.isEmpty() ? "" : " (" + String.join(", ", figures) + ")";
    }
}
