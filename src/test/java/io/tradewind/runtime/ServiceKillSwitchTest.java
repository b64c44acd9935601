package io.tradewind.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tradewind.domain.Instrument;
import io.tradewind.domain.Side;
import io.tradewind.execution.ExecutionService;
import io.tradewind.execution.ExecutionSettings;
import io.tradewind.execution.InMemoryExecutionStore;
import io.tradewind.execution.OrderIntent;
import io.tradewind.execution.RiskConfig;
import io.tradewind.execution.StoreException;
import io.tradewind.execution.SubmitResult;
import io.tradewind.live.BudgetGuard;
import io.tradewind.live.MonitoredGateway;
import io.tradewind.live.PaperVenue;
import io.tradewind.live.PaperVenueFactory;
import io.tradewind.live.VenueRuntime;
import io.tradewind.service.InMemoryKillSwitchStore;
import io.tradewind.service.InstanceMonitor;
import io.tradewind.service.KillSwitchEvent;
import io.tradewind.service.KillSwitchSource;
import io.tradewind.service.KillSwitchView;
import io.tradewind.sim.gateway.InMemoryPaperVenueStore;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * The service's kill switch on real paper venues and an in-memory store: kept across a restart,
 * switched off by the operator, each switch recorded, and the safe side taken when the store fails.
 */
class ServiceKillSwitchTest {

    private static final String SYMBOL = "BTC-USD";
    private static final Instrument BTC = Instrument.of(SYMBOL, "BTC", "USD", "0.01", "0.0001", "0.0001", "0", "0.001");
    private static final Instant T0 = Instant.parse("2026-05-06T07:08:09.123Z");

    private final InMemoryKillSwitchStore store = new InMemoryKillSwitchStore();

    @Test
    void a_restarted_service_keeps_entries_stopped_until_the_operator_switches_it_off() {
        ServiceKillSwitch first = new ServiceKillSwitch(store);
        VenueRuntime before = venue();
        first.attach(before);
        first.on(false, KillSwitchSource.CLI, T0);
        assertTrue(before.killSwitchOn());

        // the service restarts on the same store: a new kill switch, a new venue
        ServiceKillSwitch restarted = new ServiceKillSwitch(store);
        restarted.load();
        VenueRuntime after = venue();
        restarted.attach(after);

        assertTrue(after.killSwitchOn(), "entries stopped before the first tick");
        assertEquals(new KillSwitchView(true, T0, KillSwitchSource.CLI, 0, false), restarted.state());
        List<String> counted = new ArrayList<>();
        BudgetGuard guard = new BudgetGuard("entry", BTC, Map.of(), after.execution(), () -> false, after::killSwitchOn,
                () -> counted.add("rejected"));
        OrderIntent entry = OrderIntent.limit("main", SYMBOL, Side.BUY, "100", "1");
        assertEquals("kill switch on: only orders that reduce the position are accepted", guard.refusal(entry, null));
        // the API counted it and the metrics did not: they hear of a refusal here now
        assertEquals(List.of("rejected"), counted);
        assertEquals(1, guard.refusals());

        assertEquals(new KillSwitchView(false, null, (String) null, 0, true), restarted.off(KillSwitchSource.API, T0.plusSeconds(60)));
        assertFalse(after.killSwitchOn());
        assertNull(guard.refusal(entry, null), "entries go through again");
        assertEquals(List.of(KillSwitchEvent.on(T0, KillSwitchSource.CLI, false),
                KillSwitchEvent.off(T0.plusSeconds(60), KillSwitchSource.API)), store.events());

        ServiceKillSwitch again = new ServiceKillSwitch(store);
        VenueRuntime third = venue();
        again.attach(third);
        assertFalse(third.killSwitchOn(), "switched off is kept too");
    }

    @Test
    void switching_on_again_keeps_the_first_time_and_records_only_what_changes_something() {
        ServiceKillSwitch killSwitch = new ServiceKillSwitch(store);
        assertTrue(killSwitch.on(false, KillSwitchSource.API, T0.plusNanos(456_789)).changed());
        KillSwitchView again = killSwitch.on(false, KillSwitchSource.CLI, T0.plusSeconds(5));
        KillSwitchView cancelling = killSwitch.on(true, KillSwitchSource.CLI, T0.plusSeconds(6));

        assertEquals(new KillSwitchView(true, T0, KillSwitchSource.API, 0, false), again,
                "since and by are the first switch's, to the millisecond");
        assertFalse(again.changed(), "pressed again, it was announced and recorded again");
        assertTrue(cancelling.changed(), "cancelling the open orders is news");
        assertEquals(List.of(KillSwitchEvent.on(T0, KillSwitchSource.API, false),
                KillSwitchEvent.on(T0.plusSeconds(6), KillSwitchSource.CLI, true)), store.events());
        assertEquals(T0, new ServiceKillSwitch(store).state().since());

        assertTrue(killSwitch.off(KillSwitchSource.API, T0.plusSeconds(7)).changed());
        assertFalse(killSwitch.off(KillSwitchSource.API, T0.plusSeconds(8)).changed());
        assertEquals(3, store.events().size(), "an off of a switch already off is not recorded");
    }

    @Test
    void cancel_orders_cancels_every_open_order_of_every_venue_and_is_recorded() {
        ServiceKillSwitch killSwitch = new ServiceKillSwitch(store);
        VenueRuntime one = venue();
        VenueRuntime two = venue();
        killSwitch.attach(one);
        killSwitch.attach(two);
        restingBuy(one);
        restingBuy(one);
        restingBuy(two);

        KillSwitchView on = killSwitch.on(true, KillSwitchSource.API, T0);

        assertEquals(3, on.ordersCancelled());
        assertEquals(List.of(), one.execution().liveOrders());
        assertEquals(List.of(), two.execution().liveOrders());
        assertEquals(List.of(KillSwitchEvent.on(T0, KillSwitchSource.API, true)), store.events());
    }

    @Test
    void the_kept_state_is_answered_before_the_service_starts() {
        store.record(KillSwitchEvent.on(T0, KillSwitchSource.API, false));

        assertEquals(new KillSwitchView(true, T0, KillSwitchSource.API, 0, false), new ServiceKillSwitch(store).state());
    }

    @Test
    void when_the_store_fails_switching_on_still_stops_entries_and_switching_off_keeps_them_stopped() {
        ServiceKillSwitch killSwitch = new ServiceKillSwitch(store);
        VenueRuntime venue = venue();
        killSwitch.attach(venue);
        restingBuy(venue);
        store.failure = new StoreException("kill switch store: cannot record the kill switch on: disk full");

        StoreException on = assertThrows(StoreException.class, () -> killSwitch.on(true, KillSwitchSource.API, T0));
        assertEquals("entries are stopped, but the kill switch could not be recorded, so a restart would let them"
                + " through again: kill switch store: cannot record the kill switch on: disk full", on.getMessage());
        assertTrue(venue.killSwitchOn());
        assertTrue(killSwitch.state().on());
        assertEquals(1, venue.execution().liveOrders().size(), "no order cancelled by an unrecorded switch");

        StoreException off = assertThrows(StoreException.class, () -> killSwitch.off(KillSwitchSource.API, T0));
        assertTrue(off.getMessage().startsWith("the kill switch stays on: "), off.getMessage());
        assertTrue(venue.killSwitchOn());
        assertTrue(killSwitch.state().on());
    }

    private static void restingBuy(VenueRuntime venue) {
        SubmitResult placed = venue.execution().submit("operator", OrderIntent.limit("main", SYMBOL, Side.BUY, "100", "0.01"));
        assertEquals(SubmitResult.Outcome.SENT, placed.outcome(), placed.refusals().toString());
    }

    /** A paper venue as the service wires one, on fresh in-memory stores. */
    private static VenueRuntime venue() {
        PaperVenue paper = PaperVenueFactory.open(new InMemoryPaperVenueStore(), Map.of(SYMBOL, BTC),
                Map.of("main", Map.of("USD", new BigDecimal("10000"))), BigDecimal.ZERO, BigDecimal.ZERO);
        MonitoredGateway gateway = new MonitoredGateway(paper.gateway(), InstanceMonitor.NONE);
        AtomicLong ids = new AtomicLong();
        ExecutionService execution = new ExecutionService(gateway, new InMemoryExecutionStore(), Map.of(SYMBOL, BTC),
                RiskConfig.none(), new ExecutionSettings(Set.of("main"), Duration.ofSeconds(30), Clock.systemUTC(),
                        () -> "ks-" + ids.incrementAndGet()));
        execution.start();
        return new VenueRuntime(PaperVenue.NAME, execution, paper, gateway);
    }
}
