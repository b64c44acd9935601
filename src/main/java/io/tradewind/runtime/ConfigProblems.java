package io.tradewind.runtime;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * The configuration problems found so far, so that one start-up names every independent mistake
 * at once instead of one per attempt. Reads that depend on each other stay in one {@link #read}:
 * its first problem stops it, as a later one would only repeat it.
 */
final class ConfigProblems {

    private final List<String> found = new ArrayList<>();
    private final Map<String, String> unansweredVenues = new TreeMap<>();
    private boolean onlyVenuesUnavailable = true;

    /** The value {@code read} gives, or null when it throws a {@link ServiceConfigException}, which is kept. */
    <T> T read(Supplier<T> read) {
        try {
            return read.get();
        } catch (ServiceConfigException e) {
            add(e);
            return null;
        }
    }

    /** Keeps a problem found without a read. */
    void add(ServiceConfigException problem) {
        found.add(problem.getMessage());
        onlyVenuesUnavailable &= problem.venueUnavailable();
        unansweredVenues.putAll(problem.unansweredVenues());
    }

    /** Whether no problem was kept. */
    boolean none() {
        return found.isEmpty();
    }

    /** Keeps the problems another collection kept, after this one's. */
    void addAll(ConfigProblems other) {
        found.addAll(other.found);
        onlyVenuesUnavailable &= other.onlyVenuesUnavailable;
        unansweredVenues.putAll(other.unansweredVenues);
    }

    /** Throws one exception with a line for every problem kept so far. */
    void throwIfAny() {
        if (!found.isEmpty()) {
            throw new ServiceConfigException(String.join("\n", found), onlyVenuesUnavailable, unansweredVenues);
        }
    }
}
