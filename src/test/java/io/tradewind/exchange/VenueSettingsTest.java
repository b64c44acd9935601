package io.tradewind.exchange;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every {@code tradewind.venues.…} property names a venue and a key it takes: a misspelt
 * {@code base-urll} once left a live connector on the venue's production URL without a word.
 */
@QuarkusTest
class VenueSettingsTest {

    @Inject
    VenueRegistry registry;

    @Test
    void aMisspeltKeyOrVenueIsRefusedNamingIt() {
        String key = assertThrows(VenueRegistry.UnknownVenueException.class,
                () -> registry.checkSettings(List.of("tradewind.venues.nobitex.base-urll"))).getMessage();
        assertTrue(key.startsWith("tradewind.venues.nobitex.base-urll: not a setting of venue nobitex (its settings:"
                + " account, base-url, connect-timeout, rate-limit-wait, read-timeout;"), key);

        String venue = assertThrows(VenueRegistry.UnknownVenueException.class,
                () -> registry.checkSettings(List.of("tradewind.venues.nobitexx.account"))).getMessage();
        assertTrue(venue.startsWith("tradewind.venues.nobitexx.account: no venue 'nobitexx' (venues:"), venue);

        String bare = assertThrows(VenueRegistry.UnknownVenueException.class,
                () -> registry.checkSettings(List.of("tradewind.venues.nobitex"))).getMessage();
        assertTrue(bare.startsWith("tradewind.venues.nobitex: names a venue, not a setting;"), bare);

        String own = assertThrows(VenueRegistry.UnknownVenueException.class,
                () -> registry.checkSettings(List.of("tradewind.venues.toparz.rate-limit.market-per-minut"))).getMessage();
        assertTrue(own.contains("rate-limit.market-per-minute") && own.contains("maker-fee"),
                "a venue's own settings are listed with the common ones: " + own);
    }

    @Test
    void everyKeyAVenueReadsIsTaken() {
        registry.checkSettings(List.of("tradewind.venues.nobitex.base-url", "tradewind.venues.nobitex.account",
                "tradewind.venues.toparz.rate-limit.market-per-minute", "tradewind.venues.toparz.maker-fee",
                "tradewind.venues.negociecoins.user-id", "tradewind.venues.negociecoins.symbols",
                "tradewind.venues.negociecoins.tick-size", "tradewind.venues.nami.rate-limit.per-minute",
                "tradewind.venues.ordersapi.wallet-id", "tradewind.venues.ordersapi.rate-limit.period",
                "tradewind.service.cancel-orders-on-stop"));
    }
}
