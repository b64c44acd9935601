package io.tradewind.execution;

import io.tradewind.domain.Instrument;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/** Instruments, clocks and services the execution tests share. */
final class Fixtures {

    static final String ACCOUNT = "main";
    static final Instrument BTC_IRR = Instrument.of("BTC-IRR", "BTC", "IRR", "1000", "0.00000001", "0.0001",
            "0.001", "0.001");
    static final Map<String, Instrument> INSTRUMENTS = Map.of("BTC-IRR", BTC_IRR);
    static final Duration GRACE = Duration.ofSeconds(30);

    private Fixtures() {
    }

    static MutableClock clock() {
        return new MutableClock(Instant.parse("2025-12-30T10:00:00Z"));
    }

    /** Client order ids cid-1, cid-2, ... so tests can name them. */
    static ExecutionSettings settings(MutableClock clock) {
        AtomicInteger next = new AtomicInteger();
        return new ExecutionSettings(Set.of(ACCOUNT), GRACE, clock, () -> "cid-" + next.incrementAndGet());
    }

    /** A venue with 10 BTC and 10 billion IRR on the account. */
    static FakeVenue richVenue() {
        return new FakeVenue().quote("BTC-IRR", "IRR").balance("BTC", "10").balance("IRR", "10000000000");
    }

    static ExecutionService service(FakeVenue venue, ExecutionStore store, RiskConfig risk, MutableClock clock) {
        ExecutionService service = new ExecutionService(venue, store, INSTRUMENTS, risk, settings(clock));
        service.start();
        return service;
    }
}
