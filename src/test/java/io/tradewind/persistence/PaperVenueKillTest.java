package io.tradewind.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tradewind.sim.gateway.DurablePaperGateway;
import io.tradewind.sim.gateway.InMemoryPaperVenueStore;
import io.tradewind.sim.gateway.PaperInvariants;
import io.tradewind.sim.gateway.PaperVenueState;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A paper venue survives {@code kill -9}: a separate JVM runs the seeded calls of
 * {@link PaperScenario} on the durable venue over the application's store URL and is killed at a
 * random point; reopened, the venue is exactly the venue after some number of calls, at least
 * every call whose answer the test saw: compared in full (exchange, client orders, trades,
 * unpushed news) with a replay of the same calls in memory. Then the writer starts again from
 * there and is killed again.
 */
class PaperVenueKillTest {

    private static final long SEED = 9;
    /**
     * Calls the writer may have made after the last answer the test read before killing it: the
     * one in flight, and any it answered while the kill was on its way.
     */
    private static final int IN_FLIGHT = 200;

    @TempDir
    Path dataDir;

    @Test
    void aKilledVenueResumesAfterEveryAnsweredCallAndNothingElse() throws Exception {
        String url = ApplicationStoreUrl.in(dataDir);
        SplittableRandom random = new SplittableRandom(SEED);
        InMemoryPaperVenueStore replayStore = new InMemoryPaperVenueStore();
        DurablePaperGateway replay = PaperScenario.open(replayStore);
        int done = 0;
        for (int round = 0; round < 2; round++) {
            int answered = runAndKill(url, done, 10 + random.nextInt(60));
            PaperVenueState reopened = new JdbcPaperVenueStore(dataSource(url), () -> { }).load(PaperScenario.VENUE).orElseThrow();
            for (; done < answered; done++) {
                PaperScenario.call(replay, SEED, done);
            }
            while (!reopened.equals(replayStore.load(PaperScenario.VENUE).orElseThrow())) {
                assertTrue(done < answered + IN_FLIGHT, "round " + round + ": the reopened venue is none of the venues after "
                        + answered + " answered calls or a few more");
                PaperScenario.call(replay, SEED, done++);
            }
            assertNull(PaperInvariants.violation(reopened.exchange()), "value conserved, holds equal open orders");
        }
    }

    /** Runs the writer from call {@code from}, kills it after it answered {@code calls} more; returns how many it answered in all. */
    private static int runAndKill(String url, int from, int calls) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                PaperVenueKillWriter.class.getName(), url, Long.toString(SEED), Integer.toString(from))
                .redirectErrorStream(true).start();
        int answered = from;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                if (line.startsWith("answered ")) {
                    answered = Integer.parseInt(line.substring("answered ".length())) + 1;
                }
                if (answered >= from + calls) {
                    break;
                }
            }
            assertTrue(answered >= from + calls, "the writer stopped by itself at call " + answered + ": " + line);
            process.destroyForcibly();
            assertTrue(process.waitFor(30, TimeUnit.SECONDS), "writer did not die");
        } finally {
            process.destroyForcibly();
        }
        return answered;
    }

    private static DataSource dataSource(String url) {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL(url);
        h2.setUser("sa");
        return h2;
    }
}
