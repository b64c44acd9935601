package io.tradewind.cli;

import io.tradewind.execution.ExecutionStore;
import io.tradewind.execution.InMemoryExecutionStore;
import io.tradewind.execution.OrderQuery;
import io.tradewind.execution.StoreException;
import io.tradewind.marketdata.CandleStore;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code bench store}: lifecycle events persisted per second by the file store and the in-memory store. */
@Command(name = "bench", description = "Benchmarks.", subcommands = {BenchCommand.StoreBench.class, BenchBacktestCommand.class,
        BenchLatencyCommand.class})
public class BenchCommand {

    @Command(name = "store", description = "Order lifecycle events persisted per second: the configured (H2 file)"
            + " store and the in-memory store. Writes thousands of orders, so it runs only on an empty store:"
            + " -Dtradewind.data-dir=$(mktemp -d).")
    static class StoreBench implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Option(names = "--file-orders", defaultValue = "5000", description = "Orders per file-store run (default ${DEFAULT-VALUE}).")
        int fileOrders;

        @Option(names = "--memory-orders", defaultValue = "200000", description = "Orders per in-memory run (default ${DEFAULT-VALUE}).")
        int memoryOrders;

        @Option(names = "--batch", defaultValue = "500", description = "Orders per commit in the batched runs (default ${DEFAULT-VALUE}).")
        int batch;

        @Option(names = "--repeat", defaultValue = "3", description = "Timed runs of each kind after one warm-up (default ${DEFAULT-VALUE}).")
        int repeat;

        final ExecutionStore store;
        final CandleStore candles;
        final StoreErrors errors;

        StoreBench(ExecutionStore store, CandleStore candles, StoreErrors errors) {
            this.store = store;
            this.candles = candles;
            this.errors = errors;
        }

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            if (new NumberOptions(spec.commandLine().getErr()).atLeast("--file-orders", fileOrders, 1, "orders per run")
                    .atLeast("--memory-orders", memoryOrders, 1, "orders per run").atLeast("--batch", batch, 1, "orders per commit")
                    .atLeast("--repeat", repeat, 1, "timed runs").refused()) {
                return ExitCode.BAD_INPUT;
            }
            try {
                // a store of candles alone (backtests') took the benchmark's orders, and a later serve listed them
                if (!store.orders(OrderQuery.all()).isEmpty() || !candles.list().isEmpty()) {
                    spec.commandLine().getErr().println("error: the store in " + errors.where() + " is not empty;"
                            + " run the benchmark on a fresh one: " + errors.freshStore());
                    return ExitCode.BAD_INPUT;
                }
                out.println("java " + System.getProperty("java.version") + ", " + Runtime.getRuntime().availableProcessors()
                        + " cpus, load average " + String.format("%.1f",
                                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage())
                        + ", store in " + errors.where());
                int run = 0;
                StoreBenchmark warmUp = new StoreBenchmark("w" + run + "-");
                // the first run pays for JIT compilation and H2's page cache; it is not reported
                warmUp.run("h2-file", store, fileOrders, batch);
                for (int i = 0; i < repeat; i++) {
                    out.println(new StoreBenchmark("b" + (++run) + "-").run("h2-file", store, fileOrders, batch));
                    out.flush();
                }
                out.println(new StoreBenchmark("s" + (++run) + "-").run("h2-file", store, Math.min(fileOrders, 500), 1));
                for (int i = 0; i <= repeat; i++) {
                    StoreBenchmark.Result result = new StoreBenchmark("m" + i + "-")
                            .run("memory", new InMemoryExecutionStore(), memoryOrders, batch);
                    if (i > 0) {
                        out.println(result);
                    }
                    out.flush();
                }
                return 0;
            } catch (StoreException e) {
                return errors.report(e, spec.commandLine().getErr());
            }
        }
    }
}
