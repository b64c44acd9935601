package io.tradewind.cli;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One service per store: a second {@code serve} on the same data directory is refused while the first runs. */
class ServingLockTest {

    @TempDir
    Path dataDir;

    @Test
    void a_second_service_on_the_same_store_gets_no_lock_until_the_first_lets_go() {
        StoreLocation first = location(dataDir);
        StoreLocation second = location(dataDir);

        try (StoreLocation.StoreLock serving = first.lockForServing()) {
            assertNotNull(serving);
            assertNull(second.lockForServing(), "the store is served already");
        }
        try (StoreLocation.StoreLock again = second.lockForServing()) {
            assertNotNull(again, "the first service stopped: the store is free");
        }
    }

    @Test
    void services_on_different_stores_do_not_meet() {
        try (StoreLocation.StoreLock a = location(dataDir.resolve("a")).lockForServing();
                StoreLocation.StoreLock b = location(dataDir.resolve("b")).lockForServing()) {
            assertNotNull(a);
            assertNotNull(b);
        }
    }

    private static StoreLocation location(Path dir) {
        return new StoreLocation(dir.toString(), "jdbc:h2:file:" + dir + "/tradewind");
    }
}
