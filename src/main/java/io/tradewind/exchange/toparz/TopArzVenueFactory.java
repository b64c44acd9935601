package io.tradewind.exchange.toparz;

import io.tradewind.exchange.Venue;
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

    private static final String PREFIX = "tradewind.venues." + TopArzVenue.ID + ".";

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

    static TopArzOptions options(Config config) {
        TopArzOptions defaults = TopArzOptions.DEFAULTS;
        return new TopArzOptions(
                config.getOptionalValue(PREFIX + "maker-fee", BigDecimal.class).orElse(defaults.makerFee()),
                config.getOptionalValue(PREFIX + "taker-fee", BigDecimal.class).orElse(defaults.takerFee()),
                config.getOptionalValue(PREFIX + "rate-limit.market-per-minute", Long.class)
                        .orElse(defaults.marketCallsPerMinute()),
                config.getOptionalValue(PREFIX + "rate-limit.account-per-minute", Long.class)
                        .orElse(defaults.accountCallsPerMinute()),
                config.getOptionalValue(PREFIX + "rate-limit.orders-per-minute", Long.class)
                        .orElse(defaults.orderCallsPerMinute()));
    }
}
