package io.tradewind.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Commands change orders only through the execution service ({@code orders cancel} uses
 * {@code ExecutionService.requestCancel}); none writes a store batch behind its back. The one
 * exception is the store benchmark, which times the store's write path with orders of its own.
 */
class CommandsWriteNoOrdersTest {

    private static final Path CLI = Path.of("src/main/java/io/tradewind/cli");

    @Test
    void noCommandCommitsAStoreBatch() throws IOException {
        try (Stream<Path> files = Files.list(CLI)) {
            List<String> writers = files.filter(f -> !f.getFileName().toString().equals("StoreBenchmark.java"))
                    .filter(CommandsWriteNoOrdersTest::writesBatches).map(f -> f.getFileName().toString()).toList();
            assertEquals(List.of(), writers);
        }
    }

    private static boolean writesBatches(Path file) {
        try {
            return Files.readString(file).contains("StoreBatch");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
