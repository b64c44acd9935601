package io.tradewind.sim.bench;

import io.tradewind.domain.Side;
import io.tradewind.sim.book.MatchListener;
import io.tradewind.sim.book.OrderBook;
import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.function.Supplier;

/**
 * Replays a {@link BookWorkload} against a book, single-threaded, and measures it.
 *
 * <p>Each repetition replays the timed commands twice, each time on a new book given the pre-fill
 * untimed: once in a bare loop for throughput and allocation, once with a {@link System#nanoTime}
 * read after every command (every command is sampled) for latency. Keeping the timer out of the
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
 * After every replay the book's fill count and size are compared with the workload's, so a book
 * that replays the stream differently fails instead of reporting a figure.
 */
public final class BookBenchmark {

    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    private static final MatchListener IGNORE_FILLS = new MatchListener() {
        @Override
        public void onFill(long makerId, int makerAccount, long price, long quantity, long makerRemaining) {
        }

        @Override
        public void onSelfTradeCancel(long makerId, long remaining) {
        }
    };

    private BookBenchmark() {
    }

    /** Generates the workload from {@code seed} and runs {@link #run(String, Supplier, BookWorkload, int, int)}. */
    public static BookBenchmarkResult run(String name, Supplier<? extends OrderBook> books, long seed, int commands,
            int warmups, int repetitions) {
        return run(name, books, BookWorkload.generate(seed, commands), warmups, repetitions);
    }

    /**
     * Measures {@code books} on {@code workload}: {@code warmups} unreported repetitions, then
     * {@code repetitions} reported ones.
     *
     * @throws IllegalStateException if a book replays the workload with other fills or size
     */
    public static BookBenchmarkResult run(String name, Supplier<? extends OrderBook> books, BookWorkload workload,
            int warmups, int repetitions) {
        long[] latencies = new long[workload.commandCount()];
        double[] opsPerSecond = new double[repetitions];
        double[] opsPerCpuSecond = new double[repetitions];
        long[] p50 = new long[repetitions];
        long[] p99 = new long[repetitions];
        long[] p999 = new long[repetitions];
        double allocated = 0;
        for (int rep = -warmups; rep < repetitions; rep++) {
            FillCounter counter = new FillCounter();
            OrderBook book = prefilled(books, workload, counter);
            System.gc();
            long allocatedBefore = THREADS.getCurrentThreadAllocatedBytes();
            long cpuStart = THREADS.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            replayTimed(book, workload, counter);
            long elapsed = System.nanoTime() - start;
            long cpu = THREADS.getCurrentThreadCpuTime() - cpuStart;
            long allocatedBytes = THREADS.getCurrentThreadAllocatedBytes() - allocatedBefore;
            checkReplay(name, book, workload, counter);

            FillCounter latencyCounter = new FillCounter();
            OrderBook latencyBook = prefilled(books, workload, latencyCounter);
            System.gc();
            replayRecordingLatency(latencyBook, workload, latencyCounter, latencies);
            checkReplay(name, latencyBook, workload, latencyCounter);
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
        return new BookBenchmarkResult(name, opsPerSecond, opsPerCpuSecond, median(p50), median(p99), median(p999), allocated);
    }

    private static OrderBook prefilled(Supplier<? extends OrderBook> books, BookWorkload workload, FillCounter counter) {
        OrderBook book = books.get();
        for (int i = 0; i < workload.prefillCount(); i++) {
            execute(book, workload, i, counter);
        }
        counter.fills = 0;
        return book;
    }

    private static void replayTimed(OrderBook book, BookWorkload workload, FillCounter counter) {
        int end = workload.prefillCount() + workload.commandCount();
        for (int i = workload.prefillCount(); i < end; i++) {
            execute(book, workload, i, counter);
        }
    }

    private static void replayRecordingLatency(OrderBook book, BookWorkload workload, FillCounter counter,
            long[] latencies) {
        int first = workload.prefillCount();
        long previous = System.nanoTime();
        for (int i = 0; i < latencies.length; i++) {
            execute(book, workload, first + i, counter);
            long now = System.nanoTime();
            latencies[i] = now - previous;
            previous = now;
        }
    }

    /** Carries out command {@code i} of the workload on {@code book}; see {@link BookWorkload}. */
    static void execute(OrderBook book, BookWorkload workload, int i, MatchListener listener) {
        long id = workload.orderId(i);
        int account = workload.account(i);
        Side side = workload.side(i);
        long price = workload.price(i);
        long quantity = workload.quantity(i);
        switch (workload.type(i)) {
            case BookWorkload.MOVE -> {
                long left = book.cancel(id);
                restRemainder(book, id, account, side, price, left, book.match(account, side, price, left, listener));
            }
            case BookWorkload.GTC -> {
                long filled = book.match(account, side, price, quantity, listener);
                restRemainder(book, id, account, side, price, quantity, filled);
            }
            case BookWorkload.CANCEL -> book.cancel(id);
            case BookWorkload.REDUCE -> book.reduce(id, quantity);
            case BookWorkload.IOC -> book.match(account, side, price, quantity, listener);
            case BookWorkload.FOK -> {
                if (book.simulate(account, side, price, quantity, IGNORE_FILLS) == quantity) {
                    book.match(account, side, price, quantity, listener);
                }
            }
            default -> throw new IllegalStateException("unknown command type " + workload.type(i));
        }
    }

    private static void restRemainder(OrderBook book, long id, int account, Side side, long price, long quantity,
            long filled) {
        if (filled < quantity) {
            book.add(id, account, side, price, quantity - filled, false);
        }
    }

    private static void checkReplay(String name, OrderBook book, BookWorkload workload, FillCounter counter) {
        if (counter.fills != workload.expectedFills() || book.size() != workload.expectedFinalSize()) {
            throw new IllegalStateException(String.format("%s replayed the workload differently: %d fills and %d "
                            + "orders left, expected %d and %d", name, counter.fills, book.size(),
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

    /** Counts fills, so the replay has an observable result and can be checked. */
    private static final class FillCounter implements MatchListener {

        long fills;

        @Override
        public void onFill(long makerId, int makerAccount, long price, long quantity, long makerRemaining) {
            fills++;
        }

        @Override
        public void onSelfTradeCancel(long makerId, long remaining) {
        }
    }
}
