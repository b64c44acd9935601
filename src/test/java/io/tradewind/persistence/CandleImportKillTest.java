package io.tradewind.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tradewind.marketdata.CandleChunk;
import io.tradewind.marketdata.CandleCursor;
import io.tradewind.marketdata.CandleStore;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A candle write is all or nothing across {@code kill -9}: a separate JVM stores a series, is
 * killed in the middle of a long write over it, and the reopened H2 file (opened with the
 * application's {@code WRITE_DELAY=0}) holds exactly the series from before that write.
 */
class CandleImportKillTest {

    @TempDir
    Path dataDir;

    @Test
    void aKillDuringAWriteLeavesTheOldSeries() throws Exception {
        String url = "jdbc:h2:file:" + dataDir.resolve("tradewind") + ";WRITE_DELAY=0";
        List<String> lines = runAndKill(url);
        assertTrue(lines.contains("committed") && lines.contains("writing"), lines.toString());

        CandleStore store = JdbcCandleStoreTest.storeOn(JdbcCandleStoreTest.h2(url));
        assertEquals(CandleKillWriter.BASE_CANDLES, store.describe(CandleKillWriter.KEY).orElseThrow().count());
        assertEquals(checksum(CandleKillWriter.walk(1, CandleKillWriter.BASE_CANDLES)),
                checksum(store.read(CandleKillWriter.KEY, Instant.EPOCH, Instant.parse("2100-01-01T00:00:00Z"))));
    }

    /** Runs the writer until it says it is in the middle of its write, then kills it; returns its lines. */
    private static List<String> runAndKill(String url) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                CandleKillWriter.class.getName(), url).redirectErrorStream(true).start();
        List<String> lines = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                lines.add(line);
                if (line.equals("writing")) {
                    break;
                }
            }
            process.destroyForcibly();
            assertTrue(process.waitFor(30, TimeUnit.SECONDS), "writer did not die");
        } finally {
            process.destroyForcibly();
        }
        return lines;
    }

    /** Every value of every candle, folded so that any difference shows. */
    private static long checksum(CandleCursor cursor) {
        long sum = 0;
        try (cursor) {
            for (CandleChunk c = cursor.next(); c != null; c = cursor.next()) {
                for (int i = 0; i < c.size(); i++) {
                    sum = 31 * sum + c.openTime(i);
                    sum = 31 * sum + c.open(i) + 3 * c.high(i) + 5 * c.low(i) + 7 * c.close(i);
                    sum = 31 * sum + c.volume(i) + 11 * c.quoteVolume(i);
                }
            }
        }
        return sum;
    }
}
