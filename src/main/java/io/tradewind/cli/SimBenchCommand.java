package io.tradewind.cli;

import io.tradewind.sim.bench.BenchmarkTarget;
import io.tradewind.sim.bench.BookWorkload;
import io.tradewind.sim.bench.SimBenchmark;
import io.tradewind.sim.book.FastOrderBook;
import io.tradewind.sim.book.ReferenceOrderBook;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code sim bench}: throughput, latency and allocation of the order books and the whole simulated
 * exchange on an exchange-core-style workload (see README, "Benchmark").
 */
@Command(name = "bench",
        description = {"Benchmark the fast book, the whole simulated exchange and the reference book on a seeded "
                + "exchange-core-style workload; prints ops/s, latency percentiles and bytes allocated per command.",
                "For steady figures run one target per JVM with a fixed, pre-touched heap: "
                        + "java -Xms2g -Xmx2g -XX:+AlwaysPreTouch -jar target/quarkus-app/quarkus-run.jar sim bench --target exchange"})
public class SimBenchCommand implements Callable<Integer> {

    /** What to measure. */
    enum Target {
        book, exchange, reference
    }

    @Option(names = "--target", split = ",", defaultValue = "book,exchange,reference",
            description = "What to measure: ${COMPLETION-CANDIDATES}, comma-separated (default: ${DEFAULT-VALUE}).")
    List<Target> targets;

    @Option(names = "--commands", defaultValue = "3000000", description = "Timed commands (default: ${DEFAULT-VALUE}).")
    int commands;

    @Option(names = "--seed", defaultValue = "1", description = "Workload seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--warmups", defaultValue = "3", description = "Unreported warm-up repetitions (default: ${DEFAULT-VALUE}).")
    int warmups;

    @Option(names = "--repetitions", defaultValue = "5", description = "Reported repetitions (default: ${DEFAULT-VALUE}).")
    int repetitions;

    @Override
    public Integer call() {
        if (new NumberOptions(new PrintWriter(System.err, true)).atLeast("--commands", commands, 1, "commands timed")
                .atLeast("--warmups", warmups, 0, "repetitions not reported").atLeast("--repetitions", repetitions, 1, "repetitions reported")
                .refused()) {
            return ExitCode.BAD_INPUT;
        }
        long start = System.nanoTime();
        BookWorkload workload = BookWorkload.generate(seed, commands);
        System.out.printf("workload seed %d generated in %.1f s: %s%n", seed, (System.nanoTime() - start) / 1e9,
                workload.describe());
        System.out.printf("JVM %s, %d processors, max heap %,d MB, %d warm-up and %d timed repetitions%n",
                Runtime.version(), Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20, warmups, repetitions);
        for (Target target : targets) {
            System.out.println(SimBenchmark.run(label(target), targets(target, workload), workload, warmups, repetitions).summary());
        }
        return 0;
    }

    private static String label(Target target) {
        return switch (target) {
            case book -> "fast book";
            case exchange -> "exchange";
            case reference -> "reference book";
        };
    }

    private static Supplier<BenchmarkTarget> targets(Target target, BookWorkload workload) {
        int capacity = 4 * BookWorkload.PREFILL_ORDERS;
        return switch (target) {
            case book -> SimBenchmark.books(() -> new FastOrderBook(capacity), workload);
            case exchange -> SimBenchmark.exchanges(() -> new FastOrderBook(capacity), workload);
            case reference -> SimBenchmark.books(ReferenceOrderBook::new, workload);
        };
    }
}
