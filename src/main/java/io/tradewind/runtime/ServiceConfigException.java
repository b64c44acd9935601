package io.tradewind.runtime;

/**
 * The service's configuration cannot run: a line for each problem, naming the property and what is
 * wrong with it. When every problem is a venue that did not answer at start-up, nothing in the
 * configuration needs mending and a later start may run: {@link #venueUnavailable()} says so.
 */
public final class ServiceConfigException extends RuntimeException {

    private final boolean venueUnavailable;

    public ServiceConfigException(String message) {
        this(message, false);
    }

    ServiceConfigException(String message, boolean venueUnavailable) {
        super(message);
        this.venueUnavailable = venueUnavailable;
    }

    /** Whether only venues that did not answer stopped the start: starting again later may run. */
    public boolean venueUnavailable() {
        return venueUnavailable;
    }
}
