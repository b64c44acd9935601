package io.tradewind.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A writing command waits for another process's write with a message, and goes on when it ends. */
class StoreStoreLockTest {

    @TempDir
    Path dataDir;

    @Test
    void aSecondWriterWaitsWithAMessageUntilTheFirstFinishes() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process holder = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                WriterLockHolder.class.getName(), dataDir.toString()).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
            assertEquals("locked", out.readLine());

            StringWriter err = new StringWriter();
            StoreLocation location = new StoreLocation(dataDir.toString(), "jdbc:h2:mem:unused");
            CompletableFuture<StoreLocation.StoreLock> second = CompletableFuture.supplyAsync(
                    () -> location.lockForWriting(new PrintWriter(err, true)));
            Thread.sleep(500);
            assertFalse(second.isDone(), "took the lock another process holds");
            assertEquals("waiting: another command is writing to the store in " + dataDir
                    + "; this one goes on when that one finishes (Ctrl+C to give up).", err.toString().strip());

            holder.getOutputStream().close();
            second.get(30, TimeUnit.SECONDS).close();
        } finally {
            holder.destroyForcibly();
            holder.waitFor(30, TimeUnit.SECONDS);
        }
    }

    @Test
    void aStoreFileThatIsNotThereIsNotCreatedByAsking() {
        StoreLocation location = new StoreLocation(dataDir.resolve("data").toString(),
                "jdbc:h2:file:" + dataDir.resolve("data") + "/tradewind;WRITE_DELAY=0;AUTO_SERVER=TRUE");

        assertFalse(location.exists());
        assertFalse(Files.exists(dataDir.resolve("data")));
        assertTrue(new StoreLocation("./data", "jdbc:h2:mem:tradewind-test").exists());
    }
}
