package io.tradewind.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tradewind.marketdata.CandleStore;
import io.tradewind.marketdata.Resolution;
import io.tradewind.marketdata.SeriesKey;
import io.tradewind.marketdata.StoredSeries;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Several commands on one store, as two processes: while another JVM is in the middle of a long
 * write to the H2 file (opened with the application's URL), this one lists and reads what is
 * committed and writes a series of its own.
 */
class StoreSharingTest {

    @TempDir
    Path dataDir;

    @Test
    void anotherProcessReadsAndWritesWhileOneIsWriting() throws Exception {
        String url = ApplicationStoreUrl.in(dataDir);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process writer = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                CandleKillWriter.class.getName(), url).redirectErrorStream(true).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(writer.getInputStream(), StandardCharsets.UTF_8))) {
            List<String> lines = new ArrayList<>();
            for (String line = out.readLine(); line != null && !line.equals("writing"); line = out.readLine()) {
                lines.add(line);
            }
            assertTrue(lines.contains("committed"), lines.toString());

            CandleStore store = JdbcCandleStoreTest.storeOn(JdbcCandleStoreTest.h2(url));
            assertEquals(List.of(CandleKillWriter.KEY), store.list().stream().map(StoredSeries::key).toList());
            assertEquals(CandleKillWriter.BASE_CANDLES, store.describe(CandleKillWriter.KEY).orElseThrow().count());
            SeriesKey own = new SeriesKey("sim", "ETH-USD", Resolution.M1);
            assertEquals(1_000, store.write(own, CandleKillWriter.walk(3, 1_000)));
            assertEquals(1_000, store.describe(own).orElseThrow().count());
        } finally {
            writer.destroyForcibly();
            assertTrue(writer.waitFor(30, TimeUnit.SECONDS), "writer did not end");
        }
    }
}
