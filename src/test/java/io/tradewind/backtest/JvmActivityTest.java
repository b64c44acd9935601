package io.tradewind.backtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The counters a benchmark reads around its samples move with what the JVM did. */
class JvmActivityTest {

    @Test
    void aCollectionAndTheThreadsWorkShowInTheDifference() {
        JvmActivity start = JvmActivity.now();
        long spin = 0;
        for (int i = 0; i < 5_000_000; i++) {
            spin += Long.numberOfTrailingZeros(i ^ spin);
        }
        System.gc();

        JvmActivity done = JvmActivity.now().since(start);

        assertTrue(spin >= 0);
        assertTrue(done.collections() >= 1, "System.gc() is a collection: " + done);
        assertTrue(done.threadCpuNanos() > 0, "the loop used this thread's CPU: " + done);
        assertTrue(done.collectionMillis() >= 0 && done.compileMillis() >= 0, done.toString());
    }

    @Test
    void sinceSubtractsEveryCounter() {
        JvmActivity earlier = new JvmActivity(100, 2, 30, 400);
        JvmActivity later = new JvmActivity(150, 5, 31, 450);

        assertEquals(new JvmActivity(50, 3, 1, 50), later.since(earlier));
    }
}
