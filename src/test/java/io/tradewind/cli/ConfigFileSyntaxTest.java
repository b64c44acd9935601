package io.tradewind.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigFileSyntaxTest {

    /** The start stopped with exit code 1 and nothing on standard error. */
    @Test
    void aBrokenUnicodeEscapeIsNamedWithItsLine(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("app.properties"),
                "# a comment\\u00zz is still read\ntradewind.service.max-failures=5\ntradewind.service.back-off=2\\u00G0s\n");

        assertEquals(file + " line 3: Malformed \\uxxxx encoding. (a backslash-u must be followed by four hex digits,"
                + " as in \\u00e9; write \\\\ for a backslash)", ConfigFileSyntax.problem(file));
    }

    @Test
    void aFileThatReadsHasNoProblemWhateverItsEncoding(@TempDir Path dir) throws Exception {
        Path fine = Files.writeString(dir.resolve("fine.properties"), "a=\\u00e9\\\\u\nb=c \\\n  d\nc=ø\n");
        Path latin1 = Files.write(dir.resolve("latin1.properties"), new byte[] {'a', '=', (byte) 0xe9});

        assertNull(ConfigFileSyntax.problem(fine));
        assertNull(ConfigFileSyntax.problem(latin1));
    }
}
