package io.tradewind.persistence;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** {@code -Dtradewind.data-dir=target/…} without {@code ./}: H2 refuses such a path unless the URL carries a {@code ./}. */
class RelativeDataDirectoryTest {

    @Test
    void aDataDirectoryRelativeWithoutDotSlashOpensTheStoreUnderTheWorkingDirectory() throws SQLException, IOException {
        Path relative = Path.of("target", "relative-data-dir-test", "data");
        delete(relative.getParent());
        try (Connection store = DriverManager.getConnection(ApplicationStoreUrl.in(relative), "", "")) {
            assertTrue(store.isValid(1));
        }
        assertTrue(Files.exists(relative.resolve("tradewind.mv.db")), "the file is where the data directory says");
        delete(relative.getParent());
    }

    private static void delete(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }
}
