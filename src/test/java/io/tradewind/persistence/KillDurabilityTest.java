package io.tradewind.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every committed record survives {@code kill -9}: a separate JVM commits orders through the JDBC
 * URL the application is configured with (read from the packaged application.properties, only
 * the data directory swapped for a temporary one) and is killed with {@code destroyForcibly()};
 * reopening the database must show every order whose commit had returned.
 */
class KillDurabilityTest {

    @TempDir
    Path dataDir;

    @Test
    void five_commits_survive_a_kill_100_ms_later() throws Exception {
        Set<String> committed = runAndKill(5, "done", 100).committed();

        assertEquals(5, committed.size());
        assertEquals(committed, storedOrders());
    }

    @Test
    void commits_survive_a_kill_in_the_middle_of_a_stream_of_writes() throws Exception {
        Set<String> committed = runAndKill(100_000, "committed kill-200", 0).committed();

        Set<String> lost = new HashSet<>(committed);
        lost.removeAll(storedOrders());
        assertTrue(lost.isEmpty(), () -> "lost " + lost.size() + " of " + committed.size() + " committed orders");
        assertTrue(committed.size() >= 200);
    }

    /**
     * The service compacts its file as it runs ({@link StoreHousekeeping}): three writers in turn, each
     * killed in the middle of its stream while the file is compacted without pause, on a store that
     * lets a chunk's space be reused 20 ms after its last live page went (45 s by default), so that
     * reuse happens within the test. The file opens each time, with every commit of every writer.
     */
    @Test
    @Timeout(180)
    void commits_survive_kills_while_the_file_is_compacted() throws Exception {
        Set<String> committed = new HashSet<>();
        for (String writer : new String[] {"first-", "second-", "third-"}) {
            WriterRun run = runAndKill(applicationJdbcUrl() + ";RETENTION_TIME=20", 100_000, "committed " + writer + "1500",
                    0, writer, "compacting");
            committed.addAll(run.committed());
            // a failed round halts the writer, printing "compaction failed" before the line waited for
            assertTrue(run.otherLines().contains("compaction marked pages"), () -> writer + " " + run.otherLines());

            Set<String> lost = new HashSet<>(committed);
            lost.removeAll(storedOrders());
            assertTrue(lost.isEmpty(), () -> "lost " + lost.size() + " of " + committed.size() + " committed orders");
        }
    }

    /** The ids a writer reported committed, and the lines it printed besides. */
    private record WriterRun(Set<String> committed, List<String> otherLines) {
    }

    private WriterRun runAndKill(int count, String waitFor, long delayMillis) throws Exception {
        return runAndKill(applicationJdbcUrl(), count, waitFor, delayMillis);
    }

    /** Starts the writer, waits for a line, waits some more, kills it; returns the ids it reported. */
    private WriterRun runAndKill(String url, int count, String waitFor, long delayMillis, String... options)
            throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-ea", "-cp", System.getProperty("java.class.path"),
                DurabilityWriter.class.getName(), url, Integer.toString(count)));
        command.addAll(List.of(options));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        Set<String> committed = new HashSet<>();
        List<String> otherLines = new ArrayList<>();
        String last = null;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null && !line.equals(waitFor)) {
                if (line.startsWith("committed ")) {
                    committed.add(line.substring("committed ".length()));
                } else {
                    otherLines.add(line);
                }
                last = line;
            }
            String stoppedAt = last;
            assertTrue(line != null, () -> "the writer stopped before '" + waitFor + "'; its last line: " + stoppedAt);
            if (line.startsWith("committed ")) {
                committed.add(line.substring("committed ".length()));
            }
            Thread.sleep(delayMillis);
            process.destroyForcibly();
            assertTrue(process.waitFor(30, TimeUnit.SECONDS), "writer did not die");
        } finally {
            process.destroyForcibly();
        }
        assertTrue(!committed.isEmpty(), "the writer reported no commit");
        return new WriterRun(committed, otherLines);
    }

    private Set<String> storedOrders() throws Exception {
        Set<String> ids = new HashSet<>();
        try (Connection connection = DriverManager.getConnection(applicationJdbcUrl(), "sa", "");
                ResultSet rows = connection.createStatement().executeQuery("SELECT client_order_id FROM exec_order")) {
            while (rows.next()) {
                ids.add(rows.getString(1));
            }
        }
        return ids;
    }

    private String applicationJdbcUrl() {
        return ApplicationStoreUrl.in(dataDir);
    }
}
