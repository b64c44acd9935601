package io.tradewind.marketdata.csv;

import io.tradewind.domain.FileProblems;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The data lines of a CSV file with their 1-based line numbers. Blank lines are skipped; the
 * first non-blank line is a header, and skipped, when it starts with a letter, quoted or not (data
 * starts with a digit or a sign, quoted or not).
 */
final class CsvLines implements AutoCloseable {

    /** What the decoder puts in place of bytes that are not UTF-8; never part of a numeric CSV file. */
    private static final char NOT_UTF_8 = '\uFFFD';

    private final Path file;
    private final BufferedReader reader;
    private long lineNumber;
    private boolean seenContent;
    private String header;

    CsvLines(Path file) {
        this.file = file;
        if (Files.exists(file) && !Files.isRegularFile(file) && !Files.isDirectory(file)) {
            // /dev/zero has no line end: its first "line" filled the heap
            throw new IllegalArgumentException(file + " is not a regular file (a pipe or a device): save the CSV to a file"
                    + " and give that");
        }
        try {
            // bad bytes become U+FFFD, found by the line that holds them; a strict decoder fails a whole
            // buffer ahead and cannot say which line is wrong
            CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE);
            this.reader = new BufferedReader(new InputStreamReader(Files.newInputStream(file), decoder));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + FileProblems.reason(e), e);
        }
    }

    /** The next data line, or {@code null} at the end of the file. */
    String next() {
        try {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lineNumber++;
                if (lineNumber == 1 && line.startsWith("\uFEFF")) {
                    line = line.substring(1);
                }
                if (line.indexOf(NOT_UTF_8) >= 0) {
                    throw new UncheckedIOException(file + " line " + lineNumber + " is not UTF-8 text; save the file"
                            + " as UTF-8 (or plain ASCII) and import it again", new CharacterCodingException());
                }
                if (line.isBlank()) {
                    continue;
                }
                boolean first = !seenContent;
                seenContent = true;
                if (first && isHeader(line)) {
                    header = line;
                    continue;
                }
                return line;
            }
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + " at line " + (lineNumber + 1) + ": "
                    + e.getMessage(), e);
        }
    }

    private static boolean isHeader(String line) {
        String start = line.strip();
        if (start.startsWith("\"")) {
            start = start.substring(1);
        }
        return !start.isEmpty() && Character.isLetter(start.charAt(0));
    }

    /** The header line skipped, or null when the file has none (or none was read yet). */
    String header() {
        return header;
    }

    /** Line number of the line last returned by {@link #next()}. */
    long lineNumber() {
        return lineNumber;
    }

    @Override
    public void close() {
        try {
            reader.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close " + file, e);
        }
    }
}
