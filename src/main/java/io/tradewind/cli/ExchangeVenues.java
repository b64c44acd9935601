package io.tradewind.cli;

import io.tradewind.domain.Instrument;
import io.tradewind.exchange.Venue;
import io.tradewind.exchange.VenueCapability;
import io.tradewind.exchange.VenueRegistry;
import io.tradewind.execution.VenueException;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/**
 * How a command names a venue and a market: the venue id checked against the connectors this
 * build has, {@code --base-url} checked before anything is sent, and a symbol resolved against the
 * venue's markets. Shared by {@code exchange} and {@code data download|record}.
 */
final class ExchangeVenues {

    private ExchangeVenues() {
    }

    /** The venue's connector, at {@code baseUrl} when given; bad input is a {@link ParameterException}. */
    static Venue open(VenueRegistry registry, String id, String baseUrl, CommandSpec spec) {
        try {
            return registry.open(id, baseUrl == null ? null : baseUrl(baseUrl, spec));
        } catch (VenueRegistry.UnknownVenueException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    /** The venue id in lower case, if this build has a connector for it. */
    static String id(String text, VenueRegistry registry, CommandSpec spec) {
        String id = text.trim().toLowerCase(Locale.ROOT);
        if (!registry.knows(id)) {
            throw new ParameterException(spec.commandLine(), "unknown venue '" + text + "'; " + (registry.ids().isEmpty()
                    ? "this build has no venue connectors" : "the venues are " + String.join(", ", registry.ids())));
        }
        return id;
    }

    /**
     * The canonical symbol the text means at this venue. A venue that lists no instruments gets the
     * text as it was given.
     */
    static String symbol(Venue venue, String id, String text, CommandSpec spec) throws VenueException {
        return instrument(venue, id, text, spec).map(Instrument::symbol).orElse(text.trim());
    }

    /** The venue's instrument the text names; empty when the venue lists no instruments. */
    static Optional<Instrument> instrument(Venue venue, String id, String text, CommandSpec spec) throws VenueException {
        if (!venue.can(VenueCapability.INSTRUMENTS)) {
            return Optional.empty();
        }
        List<Instrument> instruments = venue.instruments();
        Instrument found = ExchangeSymbols.find(text, instruments).orElseThrow(() -> new ParameterException(
                spec.commandLine(), ExchangeSymbols.unknown(id, text, instruments)));
        return Optional.of(found);
    }

    private static URI baseUrl(String text, CommandSpec spec) {
        try {
            URI uri = URI.create(text.trim());
            if (uri.getScheme() != null && uri.getHost() != null
                    && (uri.getScheme().equals("http") || uri.getScheme().equals("https"))) {
                if (uri.getPort() > 65535) {
                    // it parses, then failed as "connection failed; try again later" (exit 7)
                    throw new ParameterException(spec.commandLine(), "--base-url: port " + uri.getPort() + " of '" + text
                            + "' is out of range: give a port from 1 to 65535");
                }
                return uri;
            }
        } catch (IllegalArgumentException e) {
            // reported below with the expected form
        }
        throw new ParameterException(spec.commandLine(), "--base-url: '" + text
                + "' is not an http(s) URL such as http://127.0.0.1:8089");
    }
}
