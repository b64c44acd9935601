package io.tradewind.exchange.ordersapi;

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
 * Opens the Orders API connector. Besides the settings every venue has, it reads
 * {@code tradewind.venues.ordersapi.rate-limit.calls} (60) per {@code .rate-limit.period} (PT1M),
 * {@code .user-id} and {@code .wallet-id} (sent when set), and the instruments
 * ({@link ConfiguredInstruments}: {@code .symbols} BTC-IRR, {@code .tick-size} 1,
 * {@code .step-size} 0.00000001, {@code .min-quantity} 0.0001, {@code .maker-fee} and
 * {@code .taker-fee} 0.001).
 */
@ApplicationScoped
public class OrdersApiVenueFactory implements VenueFactory {

    @Override
    public String id() {
        return OrdersApiVenue.ID;
    }

    /** The seed names no address: calls refuse to go out until one is configured. */
    @Override
    public URI defaultBaseUrl() {
        return OrdersApiVenue.NO_BASE_URL;
    }

    @Override
    public Venue open(VenueSettings settings) {
        return open(settings, options(ConfigProvider.getConfig()), Clock.systemUTC());
    }

    /** With options and a clock given rather than read from configuration (tests). */
    Venue open(VenueSettings settings, OrdersApiOptions options, Clock clock) {
        return new OrdersApiVenue(settings, options, clock);
    }

    @Override
    public void readOptions(VenueConfig venue) {
        options(venue);
    }

    static OrdersApiOptions options(Config config) {
        return options(new VenueConfig(config, OrdersApiVenue.ID));
    }

    private static OrdersApiOptions options(VenueConfig venue) {
        OrdersApiOptions defaults = OrdersApiOptions.DEFAULTS;
        return new OrdersApiOptions(
                venue.get("rate-limit.calls", Long.class, defaults.calls()),
                venue.get("rate-limit.period", Duration.class, defaults.period()),
                venue.get("user-id", String.class, defaults.userId()),
                venue.get("wallet-id", String.class, defaults.walletId()),
                ConfiguredInstruments.read(venue, defaults.markets()));
    }
}
