package io.tradewind.sim.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tradewind.sim.book.FastOrderBook;
import io.tradewind.sim.book.ReferenceOrderBook;
import org.junit.jupiter.api.Test;

/** The benchmark's workload and harness; figures are not asserted, only that they are produced. */
class SimBenchmarkTest {

    private static final int COMMANDS = 100_000;

    @Test
    void theSameSeedGivesTheSameCommands() {
        BookWorkload first = BookWorkload.generate(7, 20_000);
        BookWorkload second = BookWorkload.generate(7, 20_000);

        for (int i = 0; i < first.prefillCount() + first.commandCount(); i++) {
            assertEquals(first.type(i), second.type(i));
            assertEquals(first.orderId(i), second.orderId(i));
            assertEquals(first.account(i), second.account(i));
            assertEquals(first.side(i), second.side(i));
            assertEquals(first.price(i), second.price(i));
            assertEquals(first.quantity(i), second.quantity(i));
        }
        assertEquals(first.describe(), second.describe());
    }

    @Test
    void theMixIsMostlyMovesAndAboutTwoPercentOfCommandsTrade() {
        BookWorkload workload = BookWorkload.generate(1, COMMANDS);

        int[] counts = new int[6];
        for (int i = workload.prefillCount(); i < workload.prefillCount() + workload.commandCount(); i++) {
            counts[workload.type(i)]++;
        }
        assertShare(0.71, counts[BookWorkload.MOVE]);
        assertShare(0.13, counts[BookWorkload.GTC]);
        assertShare(0.07, counts[BookWorkload.CANCEL]);
        assertShare(0.07, counts[BookWorkload.REDUCE]);
        assertShare(0.017, counts[BookWorkload.IOC]);
        assertTrue(counts[BookWorkload.FOK] > 0);
        assertTrue(workload.tradeShare() > 0.01 && workload.tradeShare() < 0.035, workload.describe());
        assertTrue(workload.expectedFinalSize() < 4 * BookWorkload.PREFILL_ORDERS, workload.describe());
    }

    @Test
    void bothBooksAndTheExchangeReplayTheWorkloadAndAreMeasured() {
        BookWorkload workload = BookWorkload.generate(3, COMMANDS);

        for (BenchmarkResult result : new BenchmarkResult[] {
                SimBenchmark.run("fast", SimBenchmark.books(FastOrderBook::new, workload), workload, 0, 2),
                SimBenchmark.run("reference", SimBenchmark.books(ReferenceOrderBook::new, workload), workload, 0, 1),
                SimBenchmark.run("exchange", SimBenchmark.exchanges(FastOrderBook::new, workload), workload, 0, 1)}) {
            assertTrue(result.minOpsPerSecond() > 0, result.summary());
            assertTrue(result.p50Nanos() > 0 && result.p50Nanos() <= result.p99Nanos()
                    && result.p99Nanos() <= result.p999Nanos(), result.summary());
        }
    }

    private static void assertShare(double expected, int count) {
        double share = (double) count / COMMANDS;
        assertTrue(Math.abs(share - expected) < 0.01, "share " + share + ", expected about " + expected);
    }
}
