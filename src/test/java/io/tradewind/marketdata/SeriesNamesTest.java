package io.tradewind.marketdata;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class SeriesNamesTest {

    @Test
    void venueAndSymbolSpellingsOfTheVenuesPass() {
        for (String symbol : new String[] {"BTC-USD", "BTCIRT", "btc_brl", "BTC/USDT", "USDT.IRT"}) {
            assertDoesNotThrow(() -> SeriesNames.checkSymbol("--symbol", symbol));
        }
        for (String venue : new String[] {"sim", "bitstamp", "orders-api", "nobitex_2"}) {
            assertDoesNotThrow(() -> SeriesNames.checkVenue("--venue", venue));
        }
    }

    @Test
    void theFirstCharacterNotAllowedIsNamedWithItsPlaceAndCodePoint() {
        assertEquals("--symbol 'BTC USD': character 4, a space (U+0020), is not allowed: use ASCII letters, digits and"
                        + " - _ . / only, e.g. BTC-USD",
                assertThrows(IllegalArgumentException.class, () -> SeriesNames.checkSymbol("--symbol", "BTC USD")).getMessage());
        assertEquals("--venue 'Sim:X': character 4, ':' (U+003A), is not allowed: use ASCII letters, digits and - _ ."
                        + " only, e.g. sim or nobitex",
                assertThrows(IllegalArgumentException.class, () -> SeriesNames.checkVenue("--venue", "Sim:X")).getMessage());
        // a character outside the Basic Multilingual Plane counts once
        assertEquals("--symbol '\uD83D\uDE80X': character 1, '\uD83D\uDE80' (U+1F680), is not allowed: use ASCII letters,"
                        + " digits and - _ . / only, e.g. BTC-USD",
                assertThrows(IllegalArgumentException.class, () -> SeriesNames.checkSymbol("--symbol", "\uD83D\uDE80X")).getMessage());
    }
}
