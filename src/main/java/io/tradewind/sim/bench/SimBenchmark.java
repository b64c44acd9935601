package io.tradewind.sim.bench;

import io.tradewind.sim.book.OrderBook;
import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.function.Supplier;

/**
 * Replays a {@link BookWorkload} against a {@link BenchmarkTarget}, single-threaded, and measures it.
 *
 * <p>Each repetition builds a new target, replays the pre-fill untimed, and then replays the timed
 * commands twice on fresh targets: once in a bare loop for throughput and allocation, once with a
 * {@link System#nanoTime} read after every command for latency. Keeping the timer out of the
 * throughput loop matters here: a timer read costs a few tens of nanoseconds, a sizeable share of
 * a fast book's command. The latencies therefore include one timer read and the loop. The first
 * {@code warmups} repetitions let the JIT compile the hot paths and are not reported.
 *
 * <p>Besides wall-clock throughput, the thread's CPU time over the throughput loop gives commands
 * per CPU-second: on a machine shared with other work, time the thread spends descheduled
 * lowers the first and not the second.
 *
 * <p>Allocation is the benchmark thread's allocated-bytes counter
 * ({@code com.sun.management.ThreadMXBean}) across the throughput loop, divided by the commands.
 * After every replay the target's fill count and book size are compared with the workload's, so
 * a target that replays the stream differently fails instead of reporting a figure.
 */
public final class SimBenchmark {

    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    private SimBenchmark() {
    }

    /** Targets that replay on a fresh book from {@code books}. */
    public static Supplier<BenchmarkTarget> books(Supplier<? extends OrderBook> books, BookWorkload workload) {
        return () -> new BookTarget(books.get(), workload);
    }

    /** Targets that replay through a fresh simulated exchange on books from {@code books}. */
    public static Supplier<BenchmarkTarget> exchanges(Supplier<OrderBook> books, BookWorkload workload) {
        return () -> new ExchangeTarget(books, workload);
    }

    /**
     * Measures {@code targets} on {@code workload}: {@code warmups} unreported repetitions, then
     * {@code repetitions} reported ones.
     *
     * @throws IllegalStateException if a target replays the workload with other fills or size
     */
    public static BenchmarkResult run(String name, Supplier<BenchmarkTarget> targets, BookWorkload workload,
            int warmups, int repetitions) {
        long[] latencies = new long[workload.commandCount()];
        double[] opsPerSecond = new double[repetitions];
        double[] opsPerCpuSecond = new double[repetitions];
        long[] p50 = new long[repetitions];
        long[] p99 = new long[repetitions];
        long[] p999 = new long[repetitions];
        double allocated = 0;
        for (int rep = -warmups; rep < repetitions; rep++) {
            BenchmarkTarget target = prefilled(targets, workload);
            long fillsBefore = target.fills();
            System.gc();
            long allocatedBefore = THREADS.getCurrentThreadAllocatedBytes();
            long cpuStart = THREADS.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            replayTimed(target, workload);
            long elapsed = System.nanoTime() - start;
            long cpu = THREADS.getCurrentThreadCpuTime() - cpuStart;
            long allocatedBytes = THREADS.getCurrentThreadAllocatedBytes() - allocatedBefore;
            checkReplay(name, target, fillsBefore, workload);

            BenchmarkTarget latencyTarget = prefilled(targets, workload);
            long latencyFillsBefore = latencyTarget.fills();
            System.gc();
            replayRecordingLatency(latencyTarget, workload, latencies);
            checkReplay(name, latencyTarget, latencyFillsBefore, workload);
            if (rep >= 0) {
                opsPerSecond[rep] = workload.commandCount() * 1e9 / elapsed;
                opsPerCpuSecond[rep] = workload.commandCount() * 1e9 / cpu;
                allocated = Math.max(allocated, (double) allocatedBytes / workload.commandCount());
                Arrays.sort(latencies);
                p50[rep] = percentile(latencies, 0.50);
                p99[rep] = percentile(latencies, 0.99);
                p999[rep] = percentile(latencies, 0.999);
            }
        }
        return new BenchmarkResult(name, opsPerSecond, opsPerCpuSecond, median(p50), median(p99), median(p999), allocated);
    }

    private static BenchmarkTarget prefilled(Supplier<BenchmarkTarget> targets, BookWorkload workload) {
        BenchmarkTarget target = targets.get();
        for (int i = 0; i < workload.prefillCount(); i++) {
            target.execute(i);
        }
        return target;
    }

    private static void replayTimed(BenchmarkTarget target, BookWorkload workload) {
        int end = workload.prefillCount() + workload.commandCount();
        for (int i = workload.prefillCount(); i < end; i++) {
            target.execute(i);
        }
    }

    private static void replayRecordingLatency(BenchmarkTarget target, BookWorkload workload, long[] latencies) {
        int first = workload.prefillCount();
        long previous = System.nanoTime();
        for (int i = 0; i < latencies.length; i++) {
            target.execute(first + i);
            long now = System.nanoTime();
            latencies[i] = now - previous;
            previous = now;
        }
    }

    private static void checkReplay(String name, BenchmarkTarget target, long fillsBefore, BookWorkload workload) {
        long fills = target.fills() - fillsBefore;
        if (fills != workload.expectedFills() || target.restingOrders() != workload.expectedFinalSize()) {
            throw new IllegalStateException(String.format("%s replayed the workload differently: %d fills and %d "
                            + "orders left, expected %d and %d", name, fills, target.restingOrders(),
                    workload.expectedFills(), workload.expectedFinalSize()));
        }
    }

    private static long percentile(long[] sorted, double share) {
        return sorted[Math.max(0, (int) Math.ceil(share * sorted.length) - 1)];
    }

    private static long median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
