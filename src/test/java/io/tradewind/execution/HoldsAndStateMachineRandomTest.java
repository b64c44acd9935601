package io.tradewind.execution;

import static io.tradewind.execution.Fixtures.ACCOUNT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tradewind.domain.OrderStatus;
import io.tradewind.domain.RejectionReason;
import io.tradewind.domain.Side;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Seeded random walk over 12,000 events: submissions, venue rejections, partial and complete
 * fills, cancels from both sides, expiries, duplicated and late trades, stale (out-of-order)
 * status reports and reconciliations. After every event: held ≥ 0, held equals the sum of what
 * the live orders' remaining quantities need, filled ≤ quantity; every 250 events the whole
 * store is checked as well. A failure prints the seed to replay it.
 */
class HoldsAndStateMachineRandomTest {

    private static final int EVENTS = 12_000;

    @Test
    void invariants_hold_over_a_long_random_sequence() {
        run(20251230L);
    }

    private void run(long seed) {
        Random random = new Random(seed);
        MutableClock clock = Fixtures.clock();
        FakeVenue venue = new FakeVenue().quote("BTC-IRR", "IRR").balance("BTC", "1000000")
                .balance("IRR", "1000000000000000000");
        InMemoryExecutionStore store = new InMemoryExecutionStore();
        ExecutionService service = Fixtures.service(venue, store, RiskConfig.none(), clock);
        List<VenueTrade> delivered = new ArrayList<>();
        List<VenueTrade> late = new ArrayList<>();
        List<VenueOrder> snapshots = new ArrayList<>();
        int counted = 0;

        for (int i = 0; i < EVENTS; i++) {
            String what = step(random, venue, service, delivered, late, snapshots);
            try {
                checkLedger(service);
            } catch (AssertionError e) {
                throw new AssertionError("seed " + seed + ", event " + i + " (" + what + "): " + e.getMessage(), e);
            }
            if (i % 250 == 0) {
                Invariants.check(store, Fixtures.INSTRUMENTS, Map.of());
            }
            counted++;
        }
        late.forEach(t -> service.onTrade(ACCOUNT, t));
        service.reconcile();
        Invariants.check(store, Fixtures.INSTRUMENTS, Map.of());
        assertEquals(venue.allTrades().size(), store.fills(null).size(), () -> "seed " + seed + ": every trade once");
        assertTrue(counted >= 10_000);
    }

    private static String step(Random random, FakeVenue venue, ExecutionService service, List<VenueTrade> delivered,
            List<VenueTrade> late, List<VenueOrder> snapshots) {
        List<OrderRecord> live = service.liveOrders();
        int dice = random.nextInt(100);
        if (live.isEmpty() || dice < 25) {
            if (random.nextInt(10) == 0) {
                venue.rejectNextPlace(RejectionReason.OUTSIDE_PRICE_BAND);
            }
            Side side = random.nextBoolean() ? Side.BUY : Side.SELL;
            String price = Long.toString((900 + random.nextInt(200)) * 1_000_000L);
            String quantity = new BigDecimal(1 + random.nextInt(100_000)).movePointLeft(5).toPlainString();
            service.submit("s" + random.nextInt(3), OrderIntent.limit(ACCOUNT, "BTC-IRR", side, price, quantity));
            return "submit";
        }
        OrderRecord order = live.get(random.nextInt(live.size()));
        String id = order.clientOrderId();
        VenueOrder atVenue = venue.order(id).orElse(null);
        if (atVenue == null) {
            service.reconcile();
            return "reconcile";
        }
        if (dice < 55 && atVenue.status().isOpen()) {
            BigDecimal left = atVenue.quantity().subtract(atVenue.filled());
            BigDecimal part = random.nextBoolean() ? left
                    : left.multiply(new BigDecimal(random.nextInt(100) + 1)).movePointLeft(2)
                            .setScale(8, java.math.RoundingMode.DOWN);
            if (part.signum() == 0) {
                part = left;
            }
            VenueTrade trade = venue.fill(id, part.toPlainString(), atVenue.price().toPlainString());
            if (random.nextInt(5) == 0) {
                late.add(trade);
                return "fill, delivery delayed";
            }
            service.onTrade(ACCOUNT, trade);
            delivered.add(trade);
            return "fill";
        }
        if (dice < 62 && !delivered.isEmpty()) {
            service.onTrade(ACCOUNT, delivered.get(random.nextInt(delivered.size())));
            return "duplicate fill";
        }
        if (dice < 68 && !late.isEmpty()) {
            service.onTrade(ACCOUNT, late.remove(random.nextInt(late.size())));
            return "late fill";
        }
        if (dice < 75) {
            snapshots.add(atVenue);
            service.onOrderUpdate(atVenue);
            return "status report";
        }
        if (dice < 82 && !snapshots.isEmpty()) {
            VenueOrder stale = snapshots.get(random.nextInt(snapshots.size()));
            service.onOrderUpdate(stale);
            return "stale status report";
        }
        if (dice < 90) {
            service.cancel(id);
            return "cancel";
        }
        if (dice < 95 && atVenue.status().isOpen()) {
            venue.expire(id);
            service.onOrderUpdate(venue.order(id).orElseThrow());
            return "expiry";
        }
        service.reconcile();
        return "reconcile";
    }

    private static void checkLedger(ExecutionService service) {
        BigDecimal heldQuote = BigDecimal.ZERO;
        BigDecimal heldBase = BigDecimal.ZERO;
        for (OrderRecord order : service.liveOrders()) {
            assertTrue(order.filled().compareTo(order.quantity()) <= 0, () -> "filled above quantity: " + order);
            BigDecimal need = HoldsLedger.requiredHold(order, Fixtures.BTC_IRR, null);
            if (order.side() == Side.BUY) {
                heldQuote = heldQuote.add(need);
            } else {
                heldBase = heldBase.add(need);
            }
            assertTrue(order.status() == OrderStatus.NEW || order.status().isOpen());
        }
        BigDecimal quote = service.held(ACCOUNT, "IRR");
        BigDecimal base = service.held(ACCOUNT, "BTC");
        assertTrue(quote.signum() >= 0 && base.signum() >= 0, "held below zero");
        BigDecimal needQuote = heldQuote;
        BigDecimal needBase = heldBase;
        assertEquals(0, needQuote.compareTo(quote), () -> "IRR held " + quote + " but live orders need " + needQuote);
        assertEquals(0, needBase.compareTo(base), () -> "BTC held " + base + " but live orders need " + needBase);
    }
}
