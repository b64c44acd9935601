package io.tradewind.service.api;

import io.tradewind.domain.FileProblems;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * How a command finds the service that owns a data directory: {@code service.json} in it, written
 * by the serving process once it holds the data directory's service lock (its HTTP server listens
 * by then) and deleted when it stops. A file whose
 * process is gone (after {@code kill -9}) is stale and ignored.
 *
 * @param baseUrl where the API answers, e.g. {@code http://127.0.0.1:8080}
 * @param pid     the serving process
 */
@RegisterForReflection // read and written by Jackson outside a REST endpoint: a native image must keep its accessors
public record ServiceFile(String baseUrl, long pid) {

    static final String NAME = "service.json";
    /** Whether this process holds a data directory's service lock (it is the serving process). */
    private static volatile boolean servingHere;
    /** The lock a serving process holds on its data directory while it runs (taken by the command line's StoreLocation). */
    public static final String SERVICE_LOCK = "service.lock";
    private static final ObjectMapper JSON = new ObjectMapper();

    public static Path in(Path dataDir) {
        return dataDir.resolve(NAME);
    }

    /**
     * The service serving this data directory, if its file is there, its process is alive and the
     * data directory's service lock is held: after a {@code kill -9} or a reboot the file's pid can
     * belong to another process by then, but the lock went with the service.
     */
    public static Optional<ServiceFile> running(Path dataDir) {
        Path file = in(dataDir);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(JSON.readValue(file.toFile(), ServiceFile.class))
                    .filter(service -> service.alive() && serviceLockHeld(dataDir));
        } catch (IOException unreadable) {
            // half-written by a process killed while writing it: that process is gone
            return Optional.empty();
        }
    }

    /**
     * Whether a process holds the data directory's service lock; the check takes it for an instant.
     * Never from the serving process itself: closing any channel of a file drops every lock the
     * process holds on it (POSIX record locks), so probing there would free the service's own lock.
     */
    private static boolean serviceLockHeld(Path dataDir) {
        if (servingHere) {
            return true;
        }
        Path lock = dataDir.resolve(SERVICE_LOCK);
        if (!Files.isRegularFile(lock)) {
            return false;
        }
        try (FileChannel channel = FileChannel.open(lock, StandardOpenOption.WRITE)) {
            FileLock free = channel.tryLock();
            if (free == null) {
                return true;
            }
            free.release();
            return false;
        } catch (OverlappingFileLockException servedByThisProcess) {
            return true;
        } catch (IOException unreadable) {
            // not ours to judge: trust the file and its live process, as before there was a lock to look at
            return true;
        }
    }

    /** Said by the serving process when it takes its service lock and when it lets it go. */
    public static void servingHere(boolean serving) {
        servingHere = serving;
    }

    boolean alive() {
        return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }

    /** Writes the file atomically, so a reader never sees half of it. */
    void write(Path dataDir) {
        try {
            Files.createDirectories(dataDir);
            Path partial = Files.createTempFile(dataDir, NAME, ".tmp");
            JSON.writeValue(partial.toFile(), this);
            Files.move(partial, in(dataDir), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + in(dataDir) + ": " + FileProblems.reason(e), e);
        }
    }

    /** Deletes the file if it still names this process (a newer service may have replaced it). */
    void deleteIfOurs(Path dataDir) {
        try {
            Path file = in(dataDir);
            if (Files.isRegularFile(file) && JSON.readValue(file.toFile(), ServiceFile.class).pid() == pid) {
                Files.delete(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + in(dataDir) + ": " + FileProblems.reason(e), e);
        }
    }
}
