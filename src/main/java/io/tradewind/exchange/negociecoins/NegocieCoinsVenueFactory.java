package io.tradewind.exchange.negociecoins;

import io.tradewind.exchange.ConfiguredInstruments;
import io.tradewind.exchange.Venue;
import io.tradewind.exchange.VenueConfig;
import io.tradewind.exchange.VenueFactory;
import io.tradewind.exchange.VenueSettings;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Opens the NegocieCoins connector. Besides the settings every venue has, it reads
 * {@code tradewind.venues.negociecoins.rate-limit.calls} (1) per {@code .rate-limit.period} (PT1S),
 * {@code .user-id} (needed to place), {@code .symbols} (BTC-BRL,LTC-BRL) and the instruments' grid
 * {@code .tick-size} (0.01), {@code .step-size} and {@code .min-quantity} (0.00000001),
 * {@code .maker-fee} and {@code .taker-fee} (0.005): see {@link NegocieCoinsOptions}.
 */
@ApplicationScoped
public class NegocieCoinsVenueFactory implements VenueFactory {

    @Override
    public String id() {
        return NegocieCoinsVenue.ID;
    }

    @Override
    public URI defaultBaseUrl() {
        return URI.create("https://broker.negociecoins.com.br");
    }

    @Override
    public Venue open(VenueSettings settings) {
        return open(settings, options(ConfigProvider.getConfig()));
    }

    /** With options given rather than read from configuration (tests pace calls faster than once a second). */
    Venue open(VenueSettings settings, NegocieCoinsOptions options) {
        return new NegocieCoinsVenue(settings, options, Clock.systemUTC());
    }

    @Override
    public void readOptions(VenueConfig venue) {
        options(venue);
    }

    static NegocieCoinsOptions options(Config config) {
        return options(new VenueConfig(config, NegocieCoinsVenue.ID));
    }

    private static NegocieCoinsOptions options(VenueConfig venue) {
        NegocieCoinsOptions defaults = NegocieCoinsOptions.DEFAULTS;
        return new NegocieCoinsOptions(
                venue.get("rate-limit.calls", Long.class, defaults.calls()),
                venue.get("rate-limit.period", Duration.class, defaults.period()),
                venue.get("user-id", Long.class, defaults.userId()),
                ConfiguredInstruments.read(venue, defaults.markets()));
    }
}
