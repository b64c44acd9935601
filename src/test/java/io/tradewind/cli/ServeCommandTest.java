package io.tradewind.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.junit.main.LaunchResult;
import io.quarkus.test.junit.main.QuarkusMainLauncher;
import io.quarkus.test.junit.main.QuarkusMainTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A configuration that cannot run stops serve at once: one line naming the property, exit code 2. */
@QuarkusMainTest
@TestProfile(ServeCommandTest.OutOfRangeParameter.class)
class ServeCommandTest {

    public static class OutOfRangeParameter implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "tradewind.paper.instruments.BTC-USD.tick", "0.01",
                    "tradewind.paper.instruments.BTC-USD.step", "0.0001",
                    "tradewind.paper.accounts.main.balance.USD", "1000",
                    "tradewind.strategies.bad.plugin", "sma-crossover",
                    "tradewind.strategies.bad.symbol", "BTC-USD",
                    "tradewind.strategies.bad.params.fast", "0");
        }
    }

    @Test
    void a_parameter_out_of_range_names_its_property(QuarkusMainLauncher launcher) {
        LaunchResult result = launcher.launch("serve");

        assertEquals(2, result.exitCode(), result.getErrorOutput());
        assertEquals(1, result.getErrorOutput().strip().lines().filter(line -> line.startsWith("error:")).count(),
                result.getErrorOutput());
        String error = result.getErrorOutput().strip().lines().filter(line -> line.startsWith("error:")).findFirst()
                .orElseThrow();
        assertEquals("error: tradewind.strategies.bad.params: ", error.substring(0, "error: tradewind.strategies.bad.params: ".length()),
                error);
        assertEquals(error, result.getErrorOutput().strip(), "a refused start says one thing");
    }
}
