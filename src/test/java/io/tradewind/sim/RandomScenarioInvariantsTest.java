package io.tradewind.sim;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tradewind.sim.book.ReferenceOrderBook;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Seeded random trading with every invariant checked after every event. */
class RandomScenarioInvariantsTest {

    @Test
    void invariantsHoldAfterEveryEventOfARandomScenario() {
        for (long seed = 1; seed <= 3; seed++) {
            List<String> lines = RandomScenario.lines(seed, 7_000);
            ScenarioHarness harness = new ScenarioHarness(ReferenceOrderBook::new);
            try {
                harness.run(lines.toArray(String[]::new));
            } catch (AssertionError e) {
                throw new AssertionError("seed " + seed + ": " + e.getMessage(), e);
            }
            String output = harness.output();
            assertTrue(output.contains("\"event\":\"trade\""), "the scenario trades");
            assertTrue(output.contains("\"status\":\"expired\""), "the scenario expires orders");
            assertTrue(output.contains("\"status\":\"queued\""), "the scenario queues stops");
        }
    }
}
