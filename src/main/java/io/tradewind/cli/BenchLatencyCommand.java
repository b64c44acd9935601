package io.tradewind.cli;

import io.tradewind.backtest.DecisionLatencyBenchmark;
import io.tradewind.backtest.JvmActivity;
import io.tradewind.execution.ExecutionStore;
import io.tradewind.execution.InMemoryExecutionStore;
import io.tradewind.execution.OrderQuery;
import io.tradewind.execution.StoreException;
import java.io.PrintWriter;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.concurrent.Callable;
import org.HdrHistogram.Histogram;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code bench latency}: decision-to-order latency of a strategy trading on the paper venue. */
@Command(name = "latency", description = {
        "Time from a strategy's order call (in onCandle) until the execution service has the paper venue's"
                + " acceptance: pre-trade checks, the write-ahead record committed before the venue call, the"
                + " simulated exchange, the commit of its answer. A strategy on the trading kernel places a resting"
                + " limit buy on every candle and cancels it; candles come back to back, on the wall clock.",
        "--store h2 is the service's store (the H2 file under tradewind.data-dir, every commit on disk before it"
                + " returns); it writes thousands of orders, so it runs only on an empty store:"
                + " -Dtradewind.data-dir=$(mktemp -d). --store memory shows what the store costs.",
        "Prints count, p50, p99, p99.9 and max per store; the target is p99 < 1 ms. Then, for the timed calls, what"
                + " explains them on a busy machine: the thread's CPU time per call (p50, p99, mean), the garbage collections and JIT"
                + " compile time meanwhile, and how many calls took 1 ms or more, and of those how many had a garbage"
                + " collection inside them."})
class BenchLatencyCommand implements Callable<Integer> {

    /** Where the execution service keeps its orders during the run. */
    enum Store {
        memory, h2
    }

    @Spec
    CommandSpec spec;

    @Option(names = "--orders", defaultValue = "10000", description = "Orders timed per store (default ${DEFAULT-VALUE}).")
    int orders;

    @Option(names = "--warmups", defaultValue = "5000",
            description = "Orders placed first and not timed, for the JIT and the store's caches (default ${DEFAULT-VALUE}).")
    int warmups;

    @Option(names = "--store", split = ",", defaultValue = "memory,h2",
            description = "Stores to run on, in turn: ${COMPLETION-CANDIDATES} (default ${DEFAULT-VALUE}).")
    List<Store> stores;

    final ExecutionStore database;
    final String databaseUrl;
    final StoreErrors errors;

    BenchLatencyCommand(ExecutionStore database, @ConfigProperty(name = "quarkus.datasource.jdbc.url") String databaseUrl,
            StoreErrors errors) {
        this.database = database;
        this.databaseUrl = databaseUrl;
        this.errors = errors;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (new NumberOptions(err).atLeast("--orders", orders, 1, "orders timed").atLeast("--warmups", warmups, 0, "orders not timed")
                .refused()) {
            return ExitCode.BAD_INPUT;
        }
        try {
            if (stores.contains(Store.h2) && !database.orders(OrderQuery.all()).isEmpty()) {
                err.println("error: the store in " + errors.where() + " is not empty; run the benchmark on a fresh one: "
                        + errors.freshStore());
                return ExitCode.BAD_INPUT;
            }
            out.println(machine());
            for (Store store : stores) {
                DecisionLatencyBenchmark.Result result = DecisionLatencyBenchmark.run(
                        store == Store.h2 ? database : new InMemoryExecutionStore(), warmups, orders);
                out.println(describe(store, result));
                out.flush();
            }
            out.println("load average at the end " + loadAverage());
            return ExitCode.OK;
        } catch (StoreException e) {
            return errors.report(e, err);
        }
    }

    private String describe(Store store, DecisionLatencyBenchmark.Result result) {
        Histogram latencies = result.latencies();
        String where = store == Store.h2 ? databaseUrl : "memory";
        JvmActivity activity = result.activity();
        return String.format("store %s: %,d orders placed (%,d warm-up, not timed), %,d accepted, %,d cancelled%n"
                + "  decision -> accepted: count %,d  p50 %s  p99 %s  p99.9 %s  max %s  mean %s%n"
                + "  thread CPU per call: p50 %s  p99 %s  mean %s; while timing: %,d garbage collections (%,d ms),"
                + " JIT compiling %,d ms; %,d calls took >= 1 ms, %,d of them with a garbage collection inside",
                where, result.placed(), result.warmups(), result.accepted(), result.cancelled(), latencies.getTotalCount(),
                micros(latencies.getValueAtPercentile(50)), micros(latencies.getValueAtPercentile(99)),
                micros(latencies.getValueAtPercentile(99.9)), micros(latencies.getMaxValue()), micros(latencies.getMean()),
                micros(result.cpu().getValueAtPercentile(50)), micros(result.cpu().getValueAtPercentile(99)),
                micros(result.cpu().getMean()), activity.collections(),
                activity.collectionMillis(), activity.compileMillis(), result.slow(), result.slowInCollection());
    }

    private static String micros(double nanos) {
        return String.format("%.1f µs", nanos / 1000);
    }

    private static String machine() {
        Runtime runtime = Runtime.getRuntime();
        return String.format("java %s (%s), GC %s, heap max %,d MB (committed %,d MB), %d cpus, load average %s,"
                + " JVM flags %s", System.getProperty("java.version"), System.getProperty("java.vm.name"),
                String.join(" + ", ManagementFactory.getGarbageCollectorMXBeans().stream()
                        .map(GarbageCollectorMXBean::getName).toList()),
                runtime.maxMemory() >> 20, runtime.totalMemory() >> 20, runtime.availableProcessors(), loadAverage(),
                ManagementFactory.getRuntimeMXBean().getInputArguments());
    }

    private static String loadAverage() {
        return String.format("%.2f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }
}
