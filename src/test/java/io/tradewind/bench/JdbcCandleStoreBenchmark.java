package io.tradewind.bench;

import io.tradewind.marketdata.CandleChunk;
import io.tradewind.marketdata.CandleCursor;
import io.tradewind.marketdata.RandomWalkCandles;
import io.tradewind.marketdata.Resolution;
import io.tradewind.marketdata.SeriesKey;
import io.tradewind.persistence.JdbcCandleStore;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;

/**
 * Throughput of the H2 file candle store, run by hand (not a unit test):
 *
 * <pre>
 * ./mvnw -B -ntp -o test-compile
 * ./mvnw -B -ntp -o dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -Xmx512m -cp target/classes:target/test-classes:$(cat target/cp.txt) \
 *     io.tradewind.bench.JdbcCandleStoreBenchmark DIR 10000000
 * </pre>
 *
 * Creates an H2 file database in DIR (which must not hold one yet) with the application's URL
 * settings ({@code WRITE_DELAY=0}), writes N generated one-minute candles in one store write,
 * reads them all back three times, then the first 1,000,000 three times, overwrites all of them
 * with other candles (every stored block merged), reads them again, and prints rates, the
 * process's resident memory and the database file's size.
 */
public final class JdbcCandleStoreBenchmark {

    private static final SeriesKey KEY = new SeriesKey("sim", "BTC-USD", Resolution.M1);
    private static final Instant START = Instant.parse("2000-01-03T00:00:00Z");

    private JdbcCandleStoreBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        long n = args.length > 1 ? Long.parseLong(args[1]) : 1_000_000;
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:file:" + dir.toAbsolutePath() + "/tradewind;WRITE_DELAY=0");
        Flyway flyway = Flyway.configure().dataSource(h2).load();
        flyway.migrate();
        JdbcCandleStore store = new JdbcCandleStore(h2, () -> { });

        long t0 = System.nanoTime();
        store.write(KEY, new RandomWalkCandles(1, n, Resolution.M1, START, new BigDecimal("30000.00")));
        report("generate + write (one transaction)", n, t0);
        printMemoryAndFile(dir);

        Instant end = START.plusSeconds(60 * n);
        for (int round = 1; round <= 3; round++) {
            readAll("read back all #" + round, store, end);
        }
        Instant millionth = START.plusSeconds(60 * Math.min(n, 1_000_000));
        for (int round = 1; round <= 3; round++) {
            readAll("read back the first 1,000,000 #" + round, store, millionth);
        }
        long t1 = System.nanoTime();
        store.write(KEY, new RandomWalkCandles(2, n, Resolution.M1, START, new BigDecimal("30000.00")));
        report("overwrite all (merge into the stored blocks)", n, t1);
        readAll("read back all after the overwrite", store, end);
        printMemoryAndFile(dir);
    }

    private static void readAll(String what, JdbcCandleStore store, Instant end) {
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
        report(what + " (checksum " + checksum + ")", count, start);
    }

    private static void printMemoryAndFile(Path dir) throws IOException {
        long fileBytes;
        try (Stream<Path> files = Files.list(dir)) {
            fileBytes = files.filter(Files::isRegularFile).mapToLong(JdbcCandleStoreBenchmark::size).sum();
        }
        System.out.printf(Locale.ROOT, "resident memory %s, peak %s; database files %.1f MB%n",
                procStatus("VmRSS"), procStatus("VmHWM"), fileBytes / 1e6);
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }

    /** A line of /proc/self/status (Linux), e.g. {@code VmRSS}, or "n/a" elsewhere. */
    private static String procStatus(String field) throws IOException {
        Path status = Path.of("/proc/self/status");
        if (!Files.exists(status)) {
            return "n/a";
        }
        List<String> lines = Files.readAllLines(status);
        for (String line : lines) {
            if (line.startsWith(field + ":")) {
                return line.substring(field.length() + 1).trim();
            }
        }
        return "n/a";
    }

    private static void report(String what, long count, long startNanos) {
        double seconds = (System.nanoTime() - startNanos) / 1e9;
        System.out.printf(Locale.ROOT, "%-55s %,12d candles in %6.2f s = %,12.0f candles/s%n", what, count, seconds,
                count / seconds);
    }
}
