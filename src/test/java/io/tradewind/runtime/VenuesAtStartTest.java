package io.tradewind.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** A venue down at boot made serve exit 2, "a configuration to fix", and systemd's unit gave up on it. */
class VenuesAtStartTest {

    private static final ServiceConfigException VENUE_DOWN =
            new ServiceConfigException("tradewind.strategies.d.venue: double did not answer at start-up", true,
                    Map.of("double", "did not answer at start-up (double: cannot connect)"));

    private final List<Long> slept = new ArrayList<>();
    private final VenuesAtStart.Pause pause = slept::add;
    private final List<Map<String, String>> waitedFor = new ArrayList<>();

    @Test
    void a_venue_that_does_not_answer_is_asked_again_after_ever_longer_pauses_until_it_answers() {
        ServicePlan plan = new ServicePlan(List.of(), Map.of(), Map.of(), BigDecimal.ZERO, BigDecimal.ZERO, 5, Duration.ofSeconds(1),
                false, Map.of(), Map.of());

        ServicePlan read = VenuesAtStart.read(failingTimes(7, plan), () -> false, pause, waitedFor::add);

        assertSame(plan, read);
        // 5 s, 10 s, 20 s, 40 s, then a minute each time, in steps that look for a stop request
        assertEquals((5 + 10 + 20 + 40 + 60 + 60 + 60) * 10, slept.size());
        assertEquals(100L, slept.get(0));
        // readiness names the venue start-up waits for, and why, after each attempt
        assertEquals(7, waitedFor.size());
        assertEquals(Map.of("double", "did not answer at start-up (double: cannot connect)"), waitedFor.get(0));
    }

    @Test
    void a_stop_asked_for_while_waiting_gives_up_at_once() {
        AtomicInteger asked = new AtomicInteger();
        StartAbandonedException abandoned = assertThrows(StartAbandonedException.class,
                () -> VenuesAtStart.read(failingTimes(Integer.MAX_VALUE, null), () -> asked.incrementAndGet() > 3, pause,
                        waitedFor::add));

        assertEquals("gave up before the venues answered", abandoned.getMessage());
        assertEquals(2, slept.size(), "not the whole five seconds");
    }

    @Test
    void a_mistake_beside_a_venue_down_stops_start_up_at_once() {
        ServiceConfigException mistake = new ServiceConfigException("tradewind.strategies.d.plugin: no strategy named 'x'");

        assertSame(mistake, assertThrows(ServiceConfigException.class, () -> VenuesAtStart.read(() -> {
            throw mistake;
        }, () -> false, pause, waitedFor::add)));
        assertEquals(List.of(), slept);
        assertEquals(List.of(), waitedFor);
    }

    private static Supplier<ServicePlan> failingTimes(int failures, ServicePlan plan) {
        AtomicInteger calls = new AtomicInteger();
        return () -> {
            if (calls.incrementAndGet() <= failures) {
                throw VENUE_DOWN;
            }
            return plan;
        };
    }
}
