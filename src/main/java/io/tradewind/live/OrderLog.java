package io.tradewind.live;

import io.tradewind.domain.Decimals;
import io.tradewind.domain.OrderStatus;
import io.tradewind.execution.ExecutionListener;
import io.tradewind.execution.FillRecord;
import io.tradewind.execution.OrderRecord;
import io.tradewind.execution.RepeatedLines;
import java.lang.System.Logger.Level;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Predicate;

/**
 * One INFO line per state change and per fill of every order at one venue, whoever placed it: a
 * strategy instance ("instance btc-sma: order …"), an Orders API user ("orders-api:desk: order …"),
 * or the operator cancelling through the API, the kill switch or a stop. Registered on the venue's
 * execution service, so orders no instance owns are in the log too. An order's write-ahead
 * {@code new} is only logged when the venue's answer is not in yet when the line is written. A run
 * of rejections of an owner for the same reasons is one line a minute, the next saying how many
 * were not logged (an order the local checks refused also has the execution service's line, with
 * the limits' figures).
 */
public final class OrderLog implements ExecutionListener {

    private static final System.Logger LOG = System.getLogger(OrderLog.class.getName());

    private static final int ENDED_REMEMBERED = 10_000;

    private final Predicate<String> isInstance;
    /** A strategy retrying each tick while a limit or the venue refuses it: one line a minute for the same reasons. */
    private final RepeatedLines rejectionLines = new RepeatedLines();
    /** The last status logged of each order not yet ended. */
    private final Map<String, OrderStatus> logged = new HashMap<>();
    /** The latest orders that ended: a venue can report one filled twice (before its trade, then with it); bounded. */
    private final Map<String, Boolean> ended = new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
            return size() > ENDED_REMEMBERED;
        }
    };

    /** @param isInstance whether an order owner is a configured strategy instance (named "instance ID" in the log) */
    public OrderLog(Predicate<String> isInstance) {
        this.isInstance = isInstance;
    }

    @Override
    public synchronized void orderChanged(OrderRecord order) {
        if (ended.containsKey(order.clientOrderId())) {
            return;
        }
        OrderStatus before = order.status().isTerminal() ? logged.remove(order.clientOrderId())
                : logged.put(order.clientOrderId(), order.status());
        if (order.status().isTerminal()) {
            ended.put(order.clientOrderId(), Boolean.TRUE);
        }
        if (before == order.status()) {
            return;
        }
        if (order.status() == OrderStatus.REJECTED) {
            long notLogged = rejectionLines.log(order.strategyInstance(), order.rejectionReasons().toString());
            if (notLogged == RepeatedLines.NOT_LOGGED) {
                return;
            }
            LOG.log(Level.INFO, "{0}: order {1} rejected ({2} {3} {4} {5}{6}, filled {7}): {8}{9}",
                    owner(order.strategyInstance()), order.clientOrderId(), order.side().wireName(), order.type().wireName(),
                    Decimals.format(order.quantity()), order.symbol(),
                    order.price() == null ? "" : " @ " + Decimals.format(order.price()), Decimals.format(order.filled()),
                    order.rejectionReasons(), RepeatedLines.notLoggedBefore(notLogged, "rejections"));
            return;
        }
        LOG.log(Level.INFO, "{0}: order {1} {2} ({3} {4} {5} {6}{7}, filled {8}){9}", owner(order.strategyInstance()),
                order.clientOrderId(), order.status().wireName(), order.side().wireName(), order.type().wireName(),
                Decimals.format(order.quantity()), order.symbol(),
                order.price() == null ? "" : " @ " + Decimals.format(order.price()), Decimals.format(order.filled()),
                order.rejectionReasons().isEmpty() ? "" : ": " + order.rejectionReasons());
    }

    @Override
    public void filled(FillRecord fill) {
        LOG.log(Level.INFO, "{0}: order {1} fill {2} {3} @ {4}, fee {5} {6}", owner(fill.strategyInstance()),
                fill.clientOrderId(), fill.side().wireName(), Decimals.format(fill.quantity()), Decimals.format(fill.price()),
                Decimals.format(fill.fee()), fill.feeAsset());
    }

    private String owner(String strategyInstance) {
        return isInstance.test(strategyInstance) ? "instance " + strategyInstance : strategyInstance;
    }
}
