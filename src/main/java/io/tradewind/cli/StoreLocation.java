package io.tradewind.cli;

import io.tradewind.domain.FileProblems;
import io.tradewind.execution.StoreException;
import io.tradewind.marketdata.StoppableCursor;
import io.tradewind.service.api.ServiceFile;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where the local store lives, for the commands that must know before they open it: a reading
 * command need not create an empty store, and a writing command waits for another writer.
 */
@ApplicationScoped
public class StoreLocation {

    private static final String H2_FILE_PREFIX = "jdbc:h2:file:";
    /** How often a command waiting for the other writer looks again (and for a stop signal). */
    private static final long LOCK_POLL_MILLIS = 200;

    private final Path dataDir;
    private final String jdbcUrl;

    StoreLocation(@ConfigProperty(name = "tradewind.data-dir") String dataDir,
            @ConfigProperty(name = "quarkus.datasource.jdbc.url") String jdbcUrl) {
        this.dataDir = Path.of(dataDir);
        this.jdbcUrl = jdbcUrl;
    }

    /**
     * False when the store is an H2 file that does not exist yet: there is nothing to read, and opening it would create it.
     *
     * @throws StoreException the data directory is a file: no store can be there, and "nothing stored" would hide it
     */
    boolean exists() {
        if (!jdbcUrl.startsWith(H2_FILE_PREFIX)) {
            return true;
        }
        requireNoFileInTheWay();
        String path = jdbcUrl.substring(H2_FILE_PREFIX.length()).split(";", 2)[0];
        return Files.exists(Path.of(path + ".mv.db"));
    }

    /**
     * Blocks until no other command writes to the store, saying so on {@code err} when it has to
     * wait; the lock is held until the returned lock is closed (or the process ends).
     */
    StoreLock lockForWriting(PrintWriter err) {
        try {
            FileChannel channel = lockFile("writer.lock");
            FileLock lock = channel.tryLock();
            if (lock == null) {
                err.println("waiting: another command is writing to the store in " + dataDir
                        + "; this one goes on when that one finishes (Ctrl+C to give up).");
                err.flush();
                lock = waitForLock(channel);
            }
            return new StoreLock(channel, lock);
        } catch (IOException e) {
            throw new StoreException("cannot lock the store in " + dataDir + " for writing: " + FileProblems.reason(e), e);
        }
    }

    /**
     * Waits for the other writer, giving up at a stop signal: a command whose signals {@code main}
     * takes (see {@link StopSignals}) is not ended by the JVM, so a blocking wait would outlast
     * Ctrl-C.
     *
     * @throws StoppableCursor.Stopped a stop signal came; nothing was written
     */
    private static FileLock waitForLock(FileChannel channel) throws IOException {
        StopSignals signals = StopSignals.current();
        while (!signals.received()) {
            FileLock lock = channel.tryLock();
            if (lock != null) {
                return lock;
            }
            try {
                Thread.sleep(LOCK_POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        channel.close();
        throw new StoppableCursor.Stopped();
    }

    /**
     * The lock a serving process holds on its data directory for as long as it runs (the system
     * drops it when the process ends, even by {@code kill -9}); null when another process holds it.
     * Two services on one store would trade the same paper account and reconcile the same orders.
     */
    StoreLock lockForServing() {
        try {
            FileChannel channel = lockFile(ServiceFile.SERVICE_LOCK);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException heldInThisProcess) {
                lock = null;
            }
            if (lock == null) {
                channel.close();
                return null;
            }
            ServiceFile.servingHere(true);
            return new StoreLock(channel, lock, () -> ServiceFile.servingHere(false));
        } catch (IOException e) {
            throw new StoreException("cannot lock the store in " + dataDir + " for serving: " + FileProblems.reason(e), e);
        }
    }

    /** @throws StoreException the data directory is a file: no store can be there, and "nothing stored" would hide it */
    private void requireNoFileInTheWay() {
        if (Files.isRegularFile(dataDir)) {
            throw new StoreException(dataDir + " is a file, not a directory; give the data directory with"
                    + " -Dtradewind.data-dir=DIR before -jar (or TRADEWIND_DATA_DIR)");
        }
    }

    private FileChannel lockFile(String name) throws IOException {
        requireNoFileInTheWay();
        Files.createDirectories(dataDir);
        return FileChannel.open(dataDir.resolve(name), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
    }

    Path dataDir() {
        return dataDir;
    }

    /** A lock on the store (for writing, or for serving), released on close, when {@code released} runs. */
    record StoreLock(FileChannel channel, FileLock lock, Runnable released) implements AutoCloseable {

        StoreLock(FileChannel channel, FileLock lock) {
            this(channel, lock, () -> { });
        }

        @Override
        public void close() {
            try (channel) {
                lock.release();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } finally {
                released.run();
            }
        }
    }
}
