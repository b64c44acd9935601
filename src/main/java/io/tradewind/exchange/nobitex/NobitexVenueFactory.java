package io.tradewind.exchange.nobitex;

import io.tradewind.exchange.Venue;
import io.tradewind.exchange.VenueFactory;
import io.tradewind.exchange.VenueSettings;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.time.Clock;

/** Opens the Nobitex connector ({@code nobitex}); production at https://apiv2.nobitex.ir. */
@ApplicationScoped
public class NobitexVenueFactory implements VenueFactory {

    @Override
    public String id() {
        return NobitexTransport.VENUE;
    }

    @Override
    public URI defaultBaseUrl() {
        return URI.create("https://apiv2.nobitex.ir");
    }

    @Override
    public Venue open(VenueSettings settings) {
        return new NobitexVenue(settings, Clock.systemUTC());
    }
}
