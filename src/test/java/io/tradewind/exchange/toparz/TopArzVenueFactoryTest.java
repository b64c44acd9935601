package io.tradewind.exchange.toparz;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.math.BigDecimal;
import java.util.Map;
import org.eclipse.microprofile.config.Config;
import org.junit.jupiter.api.Test;

class TopArzVenueFactoryTest {

    private static Config config(Map<String, String> properties) {
        return new SmallRyeConfigBuilder().withSources(new PropertiesConfigSource(properties, "test", 100)).build();
    }

    @Test
    void withoutConfigurationTheDefaultsApply() {
        assertEquals(TopArzOptions.DEFAULTS, TopArzVenueFactory.options(config(Map.of())));
    }

    @Test
    void feesAndRateLimitsAreConfigurable() {
        TopArzOptions options = TopArzVenueFactory.options(config(Map.of(
                "tradewind.venues.toparz.maker-fee", "0.002",
                "tradewind.venues.toparz.taker-fee", "0.003",
                "tradewind.venues.toparz.rate-limit.market-per-minute", "120",
                "tradewind.venues.toparz.rate-limit.account-per-minute", "90",
                "tradewind.venues.toparz.rate-limit.orders-per-minute", "10")));

        assertEquals(new TopArzOptions(new BigDecimal("0.002"), new BigDecimal("0.003"), 120, 90, 10), options);
    }
}
