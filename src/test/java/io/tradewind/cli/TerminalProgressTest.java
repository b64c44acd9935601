package io.tradewind.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The progress bar follows standard error: a terminal there draws it whatever standard output is. */
class TerminalProgressTest {

    @Test
    void aDescriptorOnATerminalDeviceIsATerminal(@TempDir Path dir) throws IOException {
        assertTrue(TerminalProgress.isTerminal(Files.createSymbolicLink(dir.resolve("pts"), Path.of("/dev/pts/3"))));
        assertTrue(TerminalProgress.isTerminal(Files.createSymbolicLink(dir.resolve("tty"), Path.of("/dev/tty1"))));
    }

    @Test
    void aDescriptorOnAFileOrPipeIsNot(@TempDir Path dir) throws IOException {
        Path log = Files.writeString(dir.resolve("err.log"), "");
        assertFalse(TerminalProgress.isTerminal(Files.createSymbolicLink(dir.resolve("file"), log)));
        assertFalse(TerminalProgress.isTerminal(Files.createSymbolicLink(dir.resolve("pipe"), Path.of("pipe:[12345]"))));
    }
}
