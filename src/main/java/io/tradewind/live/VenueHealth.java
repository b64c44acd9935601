package io.tradewind.live;

import io.tradewind.execution.VenueException;
import io.tradewind.service.InstanceMonitor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Whether one venue answers, as every caller in the service sees it: its trading gateway and the
 * market-data feeds on it share one, so that readiness shows the venue down whichever call failed
 * last. Each call's latency and failure go to the monitor (the venue call metrics).
 */
public final class VenueHealth {

    /** A venue call that answers or throws {@link VenueException}. */
    @FunctionalInterface
    public interface Call<T> {
        T run() throws VenueException;
    }

    private final String venue;
    private final InstanceMonitor monitor;
    private final AtomicBoolean up = new AtomicBoolean(true);
    private final AtomicLong failures = new AtomicLong();

    public VenueHealth(String venue, InstanceMonitor monitor) {
        this.venue = venue;
        this.monitor = monitor;
    }

    public String venue() {
        return venue;
    }

    /** Runs one call, timing it and remembering whether it answered. */
    public <T> T timed(String operation, Call<T> call) throws VenueException {
        long started = System.nanoTime();
        boolean failed = true;
        try {
            T result = call.run();
            failed = false;
            return result;
        } finally {
            up.set(!failed);
            if (failed) {
                failures.incrementAndGet();
            }
            monitor.venueCall(venue, operation, System.nanoTime() - started, failed);
        }
    }

    /** Whether the venue answered the last call. */
    public boolean up() {
        return up.get();
    }

    /** Calls that got no answer since start. */
    public long failures() {
        return failures.get();
    }
}
