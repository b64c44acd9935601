package io.tradewind.exchange.negociecoins;

import io.tradewind.exchange.ConfiguredInstruments;
import io.tradewind.exchange.Venue;
import io.tradewind.exchange.VenueCredentials;
import io.tradewind.exchange.VenueSettings;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * A NegocieCoins connector for tests outside this package (the command line's): public market data
 * only, from a fake NegocieCoins, paced far faster than the real one's call a second.
 */
public final class NegocieCoinsTestVenue {

    private static final NegocieCoinsOptions FAST = new NegocieCoinsOptions(1000, Duration.ofSeconds(1), null,
            new ConfiguredInstruments(List.of("BTC-BRL"), NegocieCoinsOptions.GRID));

    private NegocieCoinsTestVenue() {
    }

    public static Venue open(URI baseUrl) {
        return new NegocieCoinsVenueFactory().open(new VenueSettings("negociecoins", baseUrl, Duration.ofSeconds(2),
                Duration.ofSeconds(5), Duration.ofSeconds(5), "main", new VenueCredentials("negociecoins", Map.of())), FAST);
    }
}
