package io.tradewind.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.junit.main.LaunchResult;
import io.quarkus.test.junit.main.QuarkusMainLauncher;
import io.quarkus.test.junit.main.QuarkusMainTest;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The candle store's commands with Hibernate ORM switched off, as {@link TradewindMain} starts them. */
@QuarkusMainTest
@TestProfile(CandleCommandsWithoutOrmTest.NoOrm.class)
class CandleCommandsWithoutOrmTest {

    public static class NoOrm implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return StoreNeeds.CANDLES.properties();
        }
    }

    @Test
    void dataGenerateListAndABacktestOverTheStore(QuarkusMainLauncher launcher, @TempDir Path out) {
        LaunchResult generated = launcher.launch("data", "generate", "--symbol", "NOORM-USD", "--count", "100",
                "--start", "2024-03-01", "--seed", "3");
        assertEquals(0, generated.exitCode(), generated.getErrorOutput());
        assertTrue(generated.getOutput().contains("sim:NOORM-USD:1m now holds 100 candles"), generated.getOutput());

        LaunchResult listed = launcher.launch("data", "list");
        assertEquals(0, listed.exitCode(), listed.getErrorOutput());
        assertTrue(listed.getOutput().contains("NOORM-USD"), listed.getOutput());

        LaunchResult backtest = launcher.launch("bench", "backtest", "--candles", "2000", "--warmups", "0", "--skip-ta4j",
                "--out", out.toString());
        assertEquals(0, backtest.exitCode(), backtest.getErrorOutput());
        assertTrue(backtest.getOutput().contains("2,000 candles in"), backtest.getOutput());
    }
}
