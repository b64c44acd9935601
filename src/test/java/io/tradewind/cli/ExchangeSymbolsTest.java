package io.tradewind.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.tradewind.domain.Instrument;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Symbols in the venue's spelling or the canonical one find the same market. */
class ExchangeSymbolsTest {

    private static final Instrument BTC_IRT = Instrument.of("BTC-IRT", "BTC", "IRT", "10", "0.00000001", "0.00000001",
            "0.001", "0.002");
    private static final Instrument USDT_IRT = Instrument.of("USDT-IRT", "USDT", "IRT", "1", "0.01", "0.01", "0", "0");
    private static final List<Instrument> MARKETS = List.of(BTC_IRT, USDT_IRT);

    @Test
    void canonical_venue_and_lower_case_spellings_match() {
        for (String spelling : List.of("BTC-IRT", "btc-irt", "BTCIRT", "btcirt", " BTCIRT ", "BTC_IRT", "btc/irt")) {
            assertEquals(Optional.of(BTC_IRT), ExchangeSymbols.find(spelling, MARKETS), spelling);
        }
        assertEquals(Optional.of(USDT_IRT), ExchangeSymbols.find("USDTIRT", MARKETS));
    }

    @Test
    void an_unknown_market_is_empty_and_explained_with_examples() {
        assertEquals(Optional.empty(), ExchangeSymbols.find("BTCUSDT", MARKETS));
        assertEquals("nobitex has no market 'BTCUSDT'; its markets include BTC-IRT, USDT-IRT (see 'exchange nobitex"
                + " markets')", ExchangeSymbols.unknown("nobitex", "BTCUSDT", MARKETS));
        assertEquals("nobitex has no market 'X' (it lists none)", ExchangeSymbols.unknown("nobitex", "X", List.of()));
    }
}
