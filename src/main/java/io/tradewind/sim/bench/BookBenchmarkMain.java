package io.tradewind.sim.bench;

import io.tradewind.sim.book.FastOrderBook;
import io.tradewind.sim.book.OrderBook;
import io.tradewind.sim.book.ReferenceOrderBook;
import java.util.function.Supplier;

/**
 * Runs the order-book benchmark from the command line, after
 * {@code ./mvnw -B -ntp -o -q compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt}:
 * {@code java -Xms2g -Xmx2g -XX:+AlwaysPreTouch -cp target/classes:$(cat target/cp.txt)
 * io.tradewind.sim.bench.BookBenchmarkMain [fast|reference|both] [commands] [seed] [warmups] [repetitions]}.
 * Defaults: both books, 3,000,000 commands, seed 1, 3 warm-ups, 5 repetitions. For clean figures
 * run one book per JVM: the second book measured in a JVM shares call sites the first one trained.
 */
public final class BookBenchmarkMain {

    private BookBenchmarkMain() {
    }

    public static void main(String[] args) {
        String which = args.length > 0 ? args[0] : "both";
        int commands = args.length > 1 ? Integer.parseInt(args[1]) : 3_000_000;
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 1L;
        int warmups = args.length > 3 ? Integer.parseInt(args[3]) : 3;
        int repetitions = args.length > 4 ? Integer.parseInt(args[4]) : 5;

        long generationStart = System.nanoTime();
        BookWorkload workload = BookWorkload.generate(seed, commands);
        System.out.printf("workload seed %d generated in %.1f s: %s%n", seed,
                (System.nanoTime() - generationStart) / 1e9, workload.describe());
        System.out.printf("JVM %s, %d processors, %d warm-up and %d timed repetitions%n",
                Runtime.version(), Runtime.getRuntime().availableProcessors(), warmups, repetitions);
        if (which.equals("fast") || which.equals("both")) {
            report("fast", () -> new FastOrderBook(4 * BookWorkload.PREFILL_ORDERS), workload, warmups, repetitions);
        }
        if (which.equals("reference") || which.equals("both")) {
            report("reference", ReferenceOrderBook::new, workload, warmups, repetitions);
        }
    }

    private static void report(String name, Supplier<? extends OrderBook> books, BookWorkload workload, int warmups,
            int repetitions) {
        System.out.println(BookBenchmark.run(name, books, workload, warmups, repetitions).summary());
    }
}
