package io.tradewind.exchange.toparz;

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
 * Opens the TopArz connector. Besides the settings every venue has, it reads
 * {@code tradewind.venues.toparz.maker-fee} and {@code .taker-fee} (fractions; 0.0035) and
 * {@code .rate-limit.market-per-minute} (60), {@code .rate-limit.account-per-minute} (60) and
 * {@code .rate-limit.orders-per-minute} (30): see {@link TopArzOptions}.
 */
@ApplicationScoped
public class TopArzVenueFactory implements VenueFactory {

    @Override
    public String id() {
        return TopArzVenue.ID;
    }

    @Override
    public URI defaultBaseUrl() {
        return URI.create("https://api-trading.toparz.com");
    }

    @Override
    public Venue open(VenueSettings settings) {
        return new TopArzVenue(settings, options(ConfigProvider.getConfig()), Clock.systemUTC());
    }

    @Override
    public void readOptions(VenueConfig venue) {
        options(venue);
    }

    static TopArzOptions options(Config config) {
        return options(new VenueConfig(config, TopArzVenue.ID));
    }

    private static TopArzOptions options(VenueConfig venue) {
        TopArzOptions defaults = TopArzOptions.DEFAULTS;
        return new TopArzOptions(
                venue.get("maker-fee", BigDecimal.class, defaults.makerFee()),
                venue.get("taker-fee", BigDecimal.class, defaults.takerFee()),
                venue.get("rate-limit.market-per-minute", Long.class, defaults.marketCallsPerMinute()),
                venue.get("rate-limit.account-per-minute", Long.class, defaults.accountCallsPerMinute()),
                venue.get("rate-limit.orders-per-minute", Long.class, defaults.orderCallsPerMinute()));
    }
}
