package io.tradewind.backtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.management.HotSpotDiagnosticMXBean;
import java.lang.management.ManagementFactory;
import org.junit.jupiter.api.Test;

/** The benchmark keeps the heap's size only while it runs, says so, and leaves the JVM's flag as it found it. */
class HeapBetweenRunsTest {

    private static String maxHeapFreeRatio() {
        return ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class).getVMOption("MaxHeapFreeRatio").getValue();
    }

    @Test
    void keepsTheHeapWhileOpenAndPutsTheFlagBackAfter() {
        String before = maxHeapFreeRatio();

        try (HeapBetweenRuns heap = HeapBetweenRuns.keepSize()) {
            assertEquals("100", maxHeapFreeRatio());
            assertTrue(heap.description().contains("MaxHeapFreeRatio"), heap.description());
            heap.collect();
        }

        assertEquals(before, maxHeapFreeRatio());
    }
}
