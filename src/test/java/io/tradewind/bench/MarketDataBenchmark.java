package io.tradewind.bench;

import io.tradewind.marketdata.CandleChunk;
import io.tradewind.marketdata.CandleCursor;
import io.tradewind.marketdata.CandleScales;
import io.tradewind.marketdata.InMemoryCandleStore;
import io.tradewind.marketdata.RandomWalkCandles;
import io.tradewind.marketdata.Resolution;
import io.tradewind.marketdata.SeriesKey;
import io.tradewind.marketdata.csv.CsvCandleImporter;
import io.tradewind.marketdata.csv.ImportResult;
import io.tradewind.strategy.ta4j.Ta4jAdapters;
import java.io.BufferedWriter;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;
import org.ta4j.core.BarSeries;

/**
 * Throughput of the market data path, run by hand (not a unit test):
 *
 * <pre>
 * ./mvnw -B -ntp -o test-compile
 * ./mvnw -B -ntp -o dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -Xmx512m -cp target/classes:target/test-classes:$(cat target/cp.txt) \
 *     io.tradewind.bench.MarketDataBenchmark 10000000 [csvRows]
 * </pre>
 *
 * Generates N one-minute candles into the in-memory store, reads them all back three times,
 * streams them into a bounded ta4j series (1,000 bars kept) and, given csvRows, writes an OHLCV
 * file of that many rows and imports it.
 */
public final class MarketDataBenchmark {

    private static final SeriesKey KEY = new SeriesKey("sim", "BTC-USD", Resolution.M1);
    private static final Instant START = Instant.parse("2000-01-03T00:00:00Z");

    private MarketDataBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        long n = args.length > 0 ? Long.parseLong(args[0]) : 1_000_000;
        long csvRows = args.length > 1 ? Long.parseLong(args[1]) : 0;

        InMemoryCandleStore store = new InMemoryCandleStore();
        long t0 = System.nanoTime();
        store.write(KEY, new RandomWalkCandles(1, n, Resolution.M1, START, new BigDecimal("30000.00")));
        report("generate + write", n, t0);
        System.out.printf(Locale.ROOT, "store payload: %.1f bytes/candle, heap used after GC: %d MB%n",
                store.payloadBytes() / (double) n, usedHeapMb());

        Instant end = START.plusSeconds(60 * n);
        for (int round = 1; round <= 3; round++) {
            long start = System.nanoTime();
            long checksum = 0;
            long count = 0;
            try (CandleCursor cursor = store.read(KEY, START, end)) {
                for (CandleChunk chunk = cursor.next(); chunk != null; chunk = cursor.next()) {
                    for (int i = 0; i < chunk.size(); i++) {
                        checksum += chunk.close(i);
                    }
                    count += chunk.size();
                }
            }
            report("read back #" + round + " (checksum " + checksum + ")", count, start);
        }

        for (int round = 1; round <= 2; round++) {
            long start = System.nanoTime();
            BarSeries series;
            try (CandleCursor cursor = store.read(KEY, START, end)) {
                series = Ta4jAdapters.load("bench", cursor, Resolution.M1, 1_000);
            }
            report("ta4j bounded BarSeries #" + round + " (" + series.getBarCount() + " kept)",
                    series.getEndIndex() + 1L, start);
        }

        if (csvRows > 0) {
            Path file = Files.createTempFile("ohlcv", ".csv");
            try {
                writeCsv(file, csvRows);
                long start = System.nanoTime();
                ImportResult result = new CsvCandleImporter(new InMemoryCandleStore())
                        .importOhlcv(file, new SeriesKey("csv", "BTC-USD", Resolution.M1));
                report("CSV import (validate + write, " + Files.size(file) / 1_000_000 + " MB)", result.rows(), start);
            } finally {
                Files.delete(file);
            }
        }
    }

    private static void writeCsv(Path file, long rows) throws IOException {
        RandomWalkCandles walk = new RandomWalkCandles(2, rows, Resolution.M1, START, new BigDecimal("30000.00"));
        CandleScales s = walk.scales();
        try (BufferedWriter out = Files.newBufferedWriter(file)) {
            out.write("time,open,high,low,close,volume\n");
            for (CandleChunk c = walk.next(); c != null; c = walk.next()) {
                for (int i = 0; i < c.size(); i++) {
                    out.write(c.openTime(i) + "," + s.price(c.open(i)) + "," + s.price(c.high(i)) + ","
                            + s.price(c.low(i)) + "," + s.price(c.close(i)) + "," + s.volume(c.volume(i)) + "\n");
                }
            }
        }
    }

    private static void report(String what, long count, long startNanos) {
        double seconds = (System.nanoTime() - startNanos) / 1e9;
        System.out.printf(Locale.ROOT, "%-45s %,12d candles in %6.2f s = %,12.0f candles/s%n", what, count, seconds,
                count / seconds);
    }

    private static long usedHeapMb() {
        System.gc();
        Runtime rt = Runtime.getRuntime();
        return (rt.totalMemory() - rt.freeMemory()) / (1024 * 1024);
    }
}
