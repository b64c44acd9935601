package io.tradewind.backtest;

import com.sun.management.HotSpotDiagnosticMXBean;
import java.lang.management.ManagementFactory;

/**
 * What {@code bench backtest} does to the heap between timed runs: a full collection, so that no
 * run pays for the garbage the runs before it left (ta4j's run leaves a series of a million bars),
 * with the heap kept at the size it had grown to.
 *
 * <p>Why the size is kept: after a full collection G1 gives memory back until at most 70 % of the
 * heap is free ({@code MaxHeapFreeRatio}). On the 2-core machine that took the heap from about
 * 1.7 GB to 180 MB, below the 384 MB a fresh JVM starts with there, so every run grew it again:
 * fresh pages to fault in and a young generation of 40 MB collected five times a run. That is a
 * cost of the benchmark's own collection, not of the work measured. {@code MaxHeapFreeRatio} is a
 * manageable flag: it is set to 100 for the whole benchmark, warm-ups included (G1 also shrinks
 * the heap after a concurrent cycle), put back afterwards, and the benchmark says so in its
 * output. A JVM without the flag (not HotSpot) just collects.
 */
final class HeapBetweenRuns implements AutoCloseable {

    private static final String FLAG = "MaxHeapFreeRatio";

    private final HotSpotDiagnosticMXBean diagnostics;
    private final String before;

    private HeapBetweenRuns(HotSpotDiagnosticMXBean diagnostics, String before) {
        this.diagnostics = diagnostics;
        this.before = before;
    }

    static HeapBetweenRuns keepSize() {
        try {
            HotSpotDiagnosticMXBean diagnostics = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
            String before = diagnostics.getVMOption(FLAG).getValue();
            diagnostics.setVMOption(FLAG, "100");
            return new HeapBetweenRuns(diagnostics, before);
        } catch (RuntimeException notHotSpot) {
            return new HeapBetweenRuns(null, null);
        }
    }

    /** One line for the benchmark's output: what happens between runs. */
    String description() {
        if (diagnostics == null) {
            return "a full collection before every timed run (this JVM has no " + FLAG + "; the heap may shrink)";
        }
        return "a full collection before every timed run, the heap kept at its size (" + FLAG + " "
                + ("100".equals(before) ? "100 already" : before + " -> 100 for the benchmark: a shrunk heap made every run"
                        + " grow it again") + ")";
    }

    /** Collects what the earlier runs left. */
    void collect() {
        System.gc();
    }

    @Override
    public void close() {
        if (diagnostics != null) {
            diagnostics.setVMOption(FLAG, before);
        }
    }
}
