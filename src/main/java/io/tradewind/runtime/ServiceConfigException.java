package io.tradewind.runtime;

import java.util.Map;

/**
 * The service's configuration cannot run: a line for each problem, naming the property and what is
 * wrong with it. When every problem is a venue that did not answer at start-up, nothing in the
 * configuration needs mending and a later start may run: {@link #venueUnavailable()} says so.
 */
public final class ServiceConfigException extends RuntimeException {

    private final boolean venueUnavailable;
    private final Map<String, String> unansweredVenues;

    public ServiceConfigException(String message) {
        this(message, false, Map.of());
    }

    ServiceConfigException(String message, boolean venueUnavailable, Map<String, String> unansweredVenues) {
        super(message);
        this.venueUnavailable = venueUnavailable;
        this.unansweredVenues = Map.copyOf(unansweredVenues);
    }

    /** Whether only venues that did not answer stopped the start: starting again later may run. */
    public boolean venueUnavailable() {
        return venueUnavailable;
    }

    /** Each venue that did not answer, with why: readiness names them while start-up waits for them. */
    Map<String, String> unansweredVenues() {
        return unansweredVenues;
    }
}
