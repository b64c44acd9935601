package io.tradewind.exchange.nami;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.math.BigDecimal;
import java.util.Map;
import org.eclipse.microprofile.config.Config;
import org.junit.jupiter.api.Test;

class NamiVenueFactoryTest {

    private static Config config(Map<String, String> properties) {
        return new SmallRyeConfigBuilder().withSources(new PropertiesConfigSource(properties, "test", 100)).build();
    }

    @Test
    void withoutConfigurationTheDefaultsApply() {
        assertEquals(new NamiOptions(new BigDecimal("0.001"), new BigDecimal("0.001"), 60),
                NamiVenueFactory.options(config(Map.of())));
    }

    @Test
    void feesAndTheRateLimitAreConfigurable() {
        NamiOptions options = NamiVenueFactory.options(config(Map.of(
                "tradewind.venues.nami.maker-fee", "0.0008",
                "tradewind.venues.nami.taker-fee", "0.0012",
                "tradewind.venues.nami.rate-limit.per-minute", "30")));

        assertEquals(new NamiOptions(new BigDecimal("0.0008"), new BigDecimal("0.0012"), 30), options);
    }
}
