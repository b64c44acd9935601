package io.tradewind.runtime;

import static io.tradewind.runtime.ServiceConfigReader.check;
import static io.tradewind.runtime.ServiceConfigReader.problem;

import io.tradewind.domain.Instrument;
import io.tradewind.exchange.Venue;
import io.tradewind.exchange.VenueCallException;
import io.tradewind.exchange.VenueCapability;
import io.tradewind.execution.VenueException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What the connectors offer the configured instances, as start-up checks it: each venue's
 * instruments are asked once, and every problem (an unknown symbol, a venue that does not answer
 * or cannot do what an instance needs) names the property that asked for it.
 */
final class ConnectorCatalog {

    /** Symbols an error names at most: a venue lists hundreds. */
    private static final int LISTED_IN_ERRORS = 12;

    private final Connectors connectors;
    private final Map<String, List<Instrument>> listed = new LinkedHashMap<>();
    private final Map<String, VenueException> unanswered = new LinkedHashMap<>();

    ConnectorCatalog(Connectors connectors) {
        this.connectors = connectors;
    }

    Set<String> ids() {
        return connectors.ids();
    }

    boolean knows(String id) {
        return connectors.ids().contains(id);
    }

    /** The connector ids for an error message. */
    String names() {
        return connectors.ids().isEmpty() ? "none" : String.join(", ", connectors.ids());
    }

    Venue venue(String property, String id) {
        return check(property, () -> connectors.venue(id));
    }

    /** The account live instances trade in at the venue. */
    String account(String venue) {
        return check("tradewind.venues." + venue + ".account", () -> connectors.account(venue));
    }

    /** Refuses a connector that declares it cannot do what the instance needs. */
    void require(String property, String venue, VenueCapability capability, String what) {
        if (!venue(property, venue).can(capability)) {
            throw problem(property, venue + " cannot " + what);
        }
    }

    /**
     * Whether a failed call says only that the venue could not answer now (down, slow, asking us to
     * slow down, or an answer cut short), not that it refused what was configured: then a later
     * start may run, and a service manager should start it again.
     */
    private static boolean answeredNothing(VenueException failure) {
        return !(failure instanceof VenueCallException call) || switch (call.kind()) {
            case UNAVAILABLE, TIMEOUT, RATE_LIMITED, MALFORMED_ANSWER -> true;
            case AUTHENTICATION, REFUSED, UNSUPPORTED -> false;
        };
    }

    /**
     * The venue's instruments, asked once per start-up: a venue that did not answer is not asked
     * again for the next instance on it (each call may last its whole timeout).
     */
    List<Instrument> instruments(String venue, String property) {
        List<Instrument> known = listed.get(venue);
        if (known != null) {
            return known;
        }
        VenueException failed = unanswered.get(venue);
        if (failed == null) {
            Venue connector = venue(property, venue);
            try {
                known = List.copyOf(connector.instruments());
                listed.put(venue, known);
                return known;
            } catch (VenueException e) {
                unanswered.put(venue, e);
                failed = e;
            }
        }
        boolean answeredNothing = answeredNothing(failed);
        String message = property + ": " + venue + (answeredNothing ? " did not answer" : " refused the call for its"
                + " instruments") + " at start-up (" + failed.getMessage() + "); the service needs its instruments and a"
                + " first reconciliation before trading: check tradewind.venues." + venue + ".base-url and the venue"
                + (answeredNothing ? "" : ", then start again");
        throw new ServiceConfigException(message, answeredNothing, answeredNothing
                ? Map.of(venue, "did not answer at start-up (" + failed.getMessage() + "); start-up waits for it: check"
                        + " tradewind.venues." + venue + ".base-url and the venue")
                : Map.of());
    }

    /**
     * The venue's instrument spelled {@code symbol} either way.
     *
     * @param symbolProperty named when the venue does not list it
     * @param venueProperty  named when the venue does not answer
     */
    Instrument instrument(String symbolProperty, String venueProperty, String venue, String symbol) {
        Instrument instrument = find(instruments(venue, venueProperty), symbol);
        if (instrument == null) {
            throw problem(symbolProperty, venue + " lists no " + symbol + listing(venue));
        }
        return instrument;
    }

    private String listing(String venue) {
        List<String> symbols = listed.getOrDefault(venue, List.of()).stream().map(Instrument::symbol).sorted().toList();
        if (symbols.isEmpty()) {
            return " (it lists no instruments)";
        }
        return " (instruments: " + String.join(", ", symbols.subList(0, Math.min(symbols.size(), LISTED_IN_ERRORS)))
                + (symbols.size() > LISTED_IN_ERRORS ? ", … " + symbols.size() + " in all" : "") + ")";
    }

    /**
     * The instrument spelled {@code symbol} the canonical way ({@code BTC-IRT}) or the venue's
     * ({@code BTCIRT}), or null.
     */
    static Instrument find(Iterable<Instrument> instruments, String symbol) {
        String wanted = symbol.trim();
        String squeezed = squeezed(wanted);
        Instrument loose = null;
        for (Instrument instrument : instruments) {
            if (instrument.symbol().equals(wanted)) {
                return instrument;
            }
            if (loose == null && squeezed(instrument.symbol()).equals(squeezed)) {
                loose = instrument;
            }
        }
        return loose;
    }

    private static String squeezed(String symbol) {
        return symbol.replaceAll("[-/_]", "").toUpperCase(Locale.ROOT);
    }
}
