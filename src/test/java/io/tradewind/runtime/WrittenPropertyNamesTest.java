package io.tradewind.runtime;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.smallrye.config.EnvConfigSource;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WrittenPropertyNamesTest {

    @Test
    void environmentVariablesAreNotCheckedForTyposOnlyWhatWasWritten() {
        SmallRyeConfig config = new SmallRyeConfigBuilder()
                .withSources(new EnvConfigSource(Map.of("TRADEWIND_API_READ_TOKEN", "r", "TRADEWIND_API_TOKEN_ALICE", "a",
                        "TRADEWIND_NOTIFY_DAILY_SUMMARY_AT", "21:00"), 300))
                .withSources(new PropertiesConfigSource(Map.of("tradewind.paper.slippage", "0"), "file", 265))
                .build();

        assertEquals(Set.of("tradewind.paper.slippage"), WrittenPropertyNames.of(config));
        assertDoesNotThrow(() -> ConfigRoots.check(WrittenPropertyNames.of(config)));
    }
}
