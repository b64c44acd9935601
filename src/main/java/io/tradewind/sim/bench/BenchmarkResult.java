package io.tradewind.sim.bench;

import java.util.Arrays;

/**
 * What {@link SimBenchmark#run} measured over its timed repetitions.
 *
 * @param target                   name of what was measured
 * @param opsPerSecond             throughput of each timed repetition, in run order
 * @param opsPerCpuSecond          commands per second of the thread's CPU time, per repetition
 * @param p50Nanos                 median per-command latency (median over the repetitions)
 * @param p99Nanos                 99th percentile latency (median over the repetitions)
 * @param p999Nanos                99.9th percentile latency (median over the repetitions)
 * @param allocatedBytesPerCommand bytes the benchmark thread allocated per timed command, the
 *                                 highest of the repetitions
 */
public record BenchmarkResult(String target, double[] opsPerSecond, double[] opsPerCpuSecond, long p50Nanos, long p99Nanos,
        long p999Nanos, double allocatedBytesPerCommand) {

    public double medianOpsPerSecond() {
        return median(opsPerSecond);
    }

    public double medianOpsPerCpuSecond() {
        return median(opsPerCpuSecond);
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    public double minOpsPerSecond() {
        return Arrays.stream(opsPerSecond).min().orElse(0);
    }

    public double maxOpsPerSecond() {
        return Arrays.stream(opsPerSecond).max().orElse(0);
    }

    /** One line for a terminal: throughput, latency and allocation. */
    public String summary() {
        return String.format("%-14s median %,.0f ops/s (min %,.0f, max %,.0f over %d repetitions), "
                        + "%,.0f ops per CPU-second; latency p50 %,d ns, p99 %,d ns, p99.9 %,d ns; "
                        + "%.3f bytes allocated per command",
                target, medianOpsPerSecond(), minOpsPerSecond(), maxOpsPerSecond(), opsPerSecond.length,
                medianOpsPerCpuSecond(), p50Nanos, p99Nanos, p999Nanos, allocatedBytesPerCommand);
    }
}
