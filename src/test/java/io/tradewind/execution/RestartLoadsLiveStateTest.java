package io.tradewind.execution;

import static io.tradewind.execution.Fixtures.ACCOUNT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tradewind.domain.RejectionReason;
import io.tradewind.domain.Side;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A restart loads live orders, their holds, balances and positions (with today's realised profit,
 * which loss limits read) without reading the fills: positions are stored with each fill.
 */
class RestartLoadsLiveStateTest {

    /** Fails the test if the service asks for every fill of a venue. */
    private static final class NoFillReplay extends ForwardingStore {

        NoFillReplay(ExecutionStore delegate) {
            super(delegate);
        }

        @Override
        public List<FillRecord> fills(String venue) {
            throw new AssertionError("start-up replays every fill of venue " + venue);
        }
    }

    private final MutableClock clock = Fixtures.clock();
    private final FakeVenue venue = Fixtures.richVenue();
    private final InMemoryExecutionStore store = new InMemoryExecutionStore();
    private final RiskConfig risk = new RiskConfig(null, Map.of("grid-1",
            new RiskLimits(null, null, null, null, new BigDecimal("50000000"), false, false)));

    @Test
    void a_restart_resumes_positions_holds_live_orders_and_todays_loss_without_reading_fills() {
        ExecutionService before = Fixtures.service(venue, store, risk, clock);
        OrderRecord buy = before.submit("grid-1", OrderIntent.limit(ACCOUNT, "BTC-IRR", Side.BUY, "1000000000", "1")).order();
        before.onTrade(ACCOUNT, venue.fill(buy.clientOrderId(), "1", "1000000000"));
        OrderRecord sell = before.submit("grid-1", OrderIntent.limit(ACCOUNT, "BTC-IRR", Side.SELL, "900000000", "0.6")).order();
        before.onTrade(ACCOUNT, venue.fill(sell.clientOrderId(), "0.6", "900000000"));
        before.submit("dca-1", OrderIntent.limit(ACCOUNT, "BTC-IRR", Side.BUY, "950000000", "0.3"));
        OrderRecord partial = before.submit("dca-1", OrderIntent.limit(ACCOUNT, "BTC-IRR", Side.SELL, "990000000", "0.4")).order();
        before.onTrade(ACCOUNT, venue.fill(partial.clientOrderId(), "0.1", "990000000"));
        clock.advance(Duration.ofMinutes(1));

        ExecutionService after = new ExecutionService(venue, new NoFillReplay(store), Fixtures.INSTRUMENTS, risk,
                Fixtures.settings(clock));
        after.start();

        assertEquals(new HashSet<>(before.positions()), new HashSet<>(after.positions()));
        assertEquals(0, new BigDecimal("0.4").compareTo(after.position("grid-1", "BTC-IRR").quantity()));
        assertEquals(new HashSet<>(before.holds()), new HashSet<>(after.holds()));
        assertEquals(before.liveOrders(), after.liveOrders());
        SubmitResult entry = after.submit("grid-1", OrderIntent.limit(ACCOUNT, "BTC-IRR", Side.BUY, "900000000", "0.1"));
        assertEquals(List.of(RejectionReason.KILL_SWITCH), entry.order().rejectionReasons(),
                "today's loss of grid-1 (60M plus fees) still trips its 50M limit after the restart");
    }

    @Test
    void a_store_written_before_positions_were_stored_has_them_built_from_its_fills_once() {
        ExecutionService before = Fixtures.service(venue, store, RiskConfig.none(), clock);
        OrderRecord buy = before.submit("grid-1", OrderIntent.limit(ACCOUNT, "BTC-IRR", Side.BUY, "1000000000", "0.5")).order();
        before.onTrade(ACCOUNT, venue.fill(buy.clientOrderId(), "0.5", "1000000000"));
        InMemoryExecutionStore older = new InMemoryExecutionStore();
        StoreBatch withoutPositions = new StoreBatch();
        store.orders(OrderQuery.all()).forEach(withoutPositions::order);
        store.fills(null).forEach(withoutPositions::fill);
        store.balances(null).forEach(withoutPositions::balance);
        older.commit(withoutPositions);

        Fixtures.service(venue, older, RiskConfig.none(), clock);

        assertEquals(store.positions("fake"), older.positions("fake"), "built from the fills and stored");
        ExecutionService again = new ExecutionService(venue, new NoFillReplay(older), Fixtures.INSTRUMENTS,
                RiskConfig.none(), Fixtures.settings(clock));
        again.start();
        assertTrue(again.position("grid-1", "BTC-IRR").quantity().compareTo(new BigDecimal("0.5")) == 0,
                "the next start reads the stored positions");
    }
}
