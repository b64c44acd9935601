package io.tradewind.exchange.negociecoins;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfigBuilder;
import io.tradewind.exchange.ConfiguredInstruments;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.Config;
import org.junit.jupiter.api.Test;

class NegocieCoinsVenueFactoryTest {

    private static Config config(Map<String, String> properties) {
        return new SmallRyeConfigBuilder().withSources(new PropertiesConfigSource(properties, "test", 100)).build();
    }

    @Test
    void withoutConfigurationOneCallASecond() {
        NegocieCoinsOptions options = NegocieCoinsVenueFactory.options(config(Map.of()));
        assertEquals(NegocieCoinsOptions.DEFAULTS, options);
        assertEquals(1, options.calls());
        assertEquals(Duration.ofSeconds(1), options.period());
    }

    @Test
    void rateLimitUserIdAndSymbolsAreConfigurable() {
        NegocieCoinsOptions options = NegocieCoinsVenueFactory.options(config(Map.of(
                "tradewind.venues.negociecoins.rate-limit.calls", "3",
                "tradewind.venues.negociecoins.rate-limit.period", "PT2S",
                "tradewind.venues.negociecoins.user-id", "4242",
                "tradewind.venues.negociecoins.symbols", "BTC-BRL",
                "tradewind.venues.negociecoins.tick-size", "0.1",
                "tradewind.venues.negociecoins.maker-fee", "0.003")));

        assertEquals(new NegocieCoinsOptions(3, Duration.ofSeconds(2), 4242L, new ConfiguredInstruments(List.of("BTC-BRL"),
                new ConfiguredInstruments.Grid(new BigDecimal("0.1"), new BigDecimal("0.00000001"),
                        new BigDecimal("0.00000001"), new BigDecimal("0.003"), new BigDecimal("0.005")))), options);
    }

    @Test
    void aSymbolThatIsNotAReaisMarketIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> NegocieCoinsVenueFactory.options(config(Map.of(
                "tradewind.venues.negociecoins.symbols", "BTC-USDT"))));
    }
}
