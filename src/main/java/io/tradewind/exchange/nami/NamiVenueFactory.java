package io.tradewind.exchange.nami;

import io.tradewind.exchange.Venue;
import io.tradewind.exchange.VenueConfig;
import io.tradewind.exchange.VenueFactory;
import io.tradewind.exchange.VenueSettings;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Clock;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Opens the Nami connector. Besides the settings every venue has, it reads
 * {@code tradewind.venues.nami.maker-fee} and {@code .taker-fee} (fractions; 0.001) and
 * {@code .rate-limit.per-minute} (60): see {@link NamiOptions}.
 */
@ApplicationScoped
public class NamiVenueFactory implements VenueFactory {

    @Override
    public String id() {
        return NamiVenue.ID;
    }

    @Override
    public URI defaultBaseUrl() {
        return URI.create("https://nami.exchange");
    }

    @Override
    public Venue open(VenueSettings settings) {
        return new NamiVenue(settings, options(ConfigProvider.getConfig()), Clock.systemUTC());
    }

    @Override
    public void readOptions(VenueConfig venue) {
        options(venue);
    }

    static NamiOptions options(Config config) {
        return options(new VenueConfig(config, NamiVenue.ID));
    }

    private static NamiOptions options(VenueConfig venue) {
        NamiOptions defaults = NamiOptions.DEFAULTS;
        return new NamiOptions(
                venue.get("maker-fee", BigDecimal.class, defaults.makerFee()),
                venue.get("taker-fee", BigDecimal.class, defaults.takerFee()),
                venue.get("rate-limit.per-minute", Long.class, defaults.callsPerMinute()));
    }
}
