package io.tradewind.execution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tradewind.domain.Instrument;
import io.tradewind.domain.Side;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The bookkeeping invariants every test state must satisfy, checked against the store. */
final class Invariants {

    private Invariants() {
    }

    static void check(ExecutionStore store, Map<String, Instrument> instruments, Map<String, BigDecimal> lastPrices) {
        List<OrderRecord> orders = store.orders(OrderQuery.all());
        Map<String, BigDecimal> filledByOrder = new HashMap<>();
        Map<String, BigDecimal> costByOrder = new HashMap<>();
        Set<String> tradeIds = new HashSet<>();
        for (FillRecord fill : store.fills(null)) {
            assertTrue(tradeIds.add(fill.venue() + "/" + fill.tradeId()), () -> "fill recorded twice: " + fill.tradeId());
            filledByOrder.merge(fill.clientOrderId(), fill.quantity(), BigDecimal::add);
            costByOrder.merge(fill.clientOrderId(), fill.price().multiply(fill.quantity()), BigDecimal::add);
        }
        Map<String, HoldRecord> holds = new HashMap<>();
        for (HoldRecord hold : store.holds(null)) {
            assertTrue(hold.amount().signum() > 0, () -> "hold must be positive: " + hold);
            holds.put(hold.clientOrderId(), hold);
        }
        for (OrderRecord order : orders) {
            assertTrue(order.filled().signum() >= 0 && order.filled().compareTo(order.quantity()) <= 0,
                    () -> "filled outside 0..quantity: " + order);
            // a limit buy sized by what it spends may get more than its quantity for that amount: filled stops at the quantity
            BigDecimal sumOfFills = filledByOrder.getOrDefault(order.clientOrderId(), BigDecimal.ZERO);
            boolean withinSpending = order.side() == Side.BUY && order.price() != null
                    && order.filled().compareTo(order.quantity()) == 0 && sumOfFills.compareTo(order.quantity()) > 0
                    && costByOrder.getOrDefault(order.clientOrderId(), BigDecimal.ZERO)
                            .compareTo(order.price().multiply(order.quantity())) <= 0;
            assertTrue(withinSpending || sumOfFills.compareTo(order.filled()) == 0,
                    () -> "filled differs from the sum of fills: " + order);
            Instrument instrument = instruments.get(order.symbol());
            BigDecimal expected = HoldsLedger.requiredHold(order, instrument, lastPrices.get(order.symbol()));
            HoldRecord hold = holds.remove(order.clientOrderId());
            BigDecimal actual = hold == null ? BigDecimal.ZERO : hold.amount();
            assertEquals(0, expected.compareTo(actual), () -> "hold of " + order + " is " + actual + ", expected " + expected);
        }
        assertTrue(holds.isEmpty(), () -> "holds without an order: " + holds.keySet());
    }
}
