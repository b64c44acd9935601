package io.tradewind.sim;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tradewind.sim.book.FastOrderBook;
import io.tradewind.sim.book.OrderBook;
import io.tradewind.sim.book.ReferenceOrderBook;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Seeded random trading with every invariant checked after every event. */
class RandomScenarioInvariantsTest {

    @ParameterizedTest(name = "{0} book")
    @ValueSource(strings = {"reference", "fast"})
    void invariantsHoldAfterEveryEventOfARandomScenario(String book) {
        Supplier<OrderBook> books = book.equals("fast") ? FastOrderBook::new : ReferenceOrderBook::new;
        for (long seed = 1; seed <= 3; seed++) {
            List<String> lines = RandomScenario.lines(seed, 7_000);
            ScenarioHarness harness = new ScenarioHarness(books);
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
