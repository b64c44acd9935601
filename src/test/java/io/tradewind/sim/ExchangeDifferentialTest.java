package io.tradewind.sim;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.tradewind.sim.book.FastOrderBook;
import io.tradewind.sim.book.OrderBook;
import io.tradewind.sim.book.ReferenceOrderBook;
import io.tradewind.sim.replay.ReplayRunner;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * The whole simulated exchange on the reference book and on the fast book must print the same
 * events for the same seeded random scenario of more than 100,000 operations.
 */
class ExchangeDifferentialTest {

    private static final int OPERATIONS = 120_000;

    @Test
    void fastAndReferenceBooksGiveTheSameEventStream() throws IOException {
        for (long seed : new long[] {7, 8}) {
            String scenario = String.join("\n", RandomScenario.lines(seed, OPERATIONS));
            String reference = replay(ReferenceOrderBook::new, scenario);
            String fast = replay(FastOrderBook::new, scenario);
            if (!reference.equals(fast)) {
                fail("seed " + seed + ": " + firstDifference(reference, fast));
            }
            assertTrue(reference.lines().filter(line -> line.contains("\"event\":\"trade\"")).count() > 10_000,
                    "the scenario trades a lot");
        }
    }

    private static String replay(Supplier<OrderBook> books, String scenario) throws IOException {
        StringWriter out = new StringWriter();
        new ReplayRunner(books, out).run(new StringReader(scenario));
        return out.toString();
    }

    private static String firstDifference(String expected, String actual) {
        List<String> a = expected.lines().toList();
        List<String> b = actual.lines().toList();
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            if (!a.get(i).equals(b.get(i))) {
                return "event " + (i + 1) + " differs:\n reference: " + a.get(i) + "\n fast:      " + b.get(i);
            }
        }
        return "reference printed " + a.size() + " events, fast " + b.size();
    }
}
