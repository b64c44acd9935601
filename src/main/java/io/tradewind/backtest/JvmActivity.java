package io.tradewind.backtest;

import java.lang.management.CompilationMXBean;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;

/**
 * Counters of what the JVM does besides the measured work, read before and after it, so that a
 * benchmark can say whether its slow samples were garbage collections, the JIT compiler still at
 * work, or the work itself: the calling thread's CPU time, garbage collections and their time,
 * and the JIT compiler's total compile time (0 where the JVM does not report it).
 */
public record JvmActivity(long threadCpuNanos, long collections, long collectionMillis, long compileMillis) {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final List<GarbageCollectorMXBean> COLLECTORS = ManagementFactory.getGarbageCollectorMXBeans();
    private static final CompilationMXBean COMPILER = ManagementFactory.getCompilationMXBean();

    /** The counters now, with the calling thread's CPU time. */
    public static JvmActivity now() {
        long millis = 0;
        for (GarbageCollectorMXBean collector : COLLECTORS) {
            millis += Math.max(0, collector.getCollectionTime());
        }
        long compile = COMPILER != null && COMPILER.isCompilationTimeMonitoringSupported()
                ? COMPILER.getTotalCompilationTime() : 0;
        return new JvmActivity(currentThreadCpuNanos(), collectionsSoFar(), millis, compile);
    }

    /** The calling thread's CPU time in nanoseconds, 0 where the JVM does not measure it. */
    public static long currentThreadCpuNanos() {
        return THREADS.isCurrentThreadCpuTimeSupported() ? THREADS.getCurrentThreadCpuTime() : 0;
    }

    /** Garbage collections so far, all collectors together: cheap enough to read around every sample. */
    public static long collectionsSoFar() {
        long count = 0;
        for (GarbageCollectorMXBean collector : COLLECTORS) {
            count += Math.max(0, collector.getCollectionCount());
        }
        return count;
    }

    /** What happened between {@code start} and this reading. */
    public JvmActivity since(JvmActivity start) {
        return new JvmActivity(threadCpuNanos - start.threadCpuNanos, collections - start.collections,
                collectionMillis - start.collectionMillis, compileMillis - start.compileMillis);
    }
}
