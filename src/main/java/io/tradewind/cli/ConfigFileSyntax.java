package io.tradewind.cli;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;

/**
 * What the properties format cannot read in a configuration file, said before Quarkus reads it: a
 * {@code \}{@code u} escape without four hex digits after it stopped the start with exit code 1
 * and no word at all.
 */
final class ConfigFileSyntax {

    private ConfigFileSyntax() {
    }

    /** The first line {@code file} cannot be read at, as "FILE line N: problem", or null when it reads. */
    static String problem(Path file) throws IOException {
        // read byte by byte: only the escapes (ASCII) are checked here, whatever the file's encoding
        List<String> lines = Files.readAllLines(file, StandardCharsets.ISO_8859_1);
        for (int i = 0; i < lines.size(); i++) {
            try {
                new Properties().load(new StringReader(lines.get(i)));
            } catch (IllegalArgumentException e) {
                return file + " line " + (i + 1) + ": " + e.getMessage() + " (a backslash-u must be followed by four hex"
                        + " digits, as in \\u00e9; write \\\\ for a backslash)";
            }
        }
        return null;
    }
}
