package io.tradewind.cli;

import io.tradewind.domain.PropertiesLines;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;

/**
 * What the properties format cannot read in a configuration file, or reads otherwise than the
 * operator meant, said before Quarkus reads it:
 * <ul>
 *   <li>a {@code \}{@code u} escape without four hex digits after it stopped the start with exit
 *       code 1 and no word at all;
 *   <li>a line with a value and no key ({@code =foo}) stopped it with exit code 1;
 *   <li>a key given twice took its last value with one warning, and the store kept what that
 *       value made (a paper instrument's tick), refusing the next start with the file put right;
 *   <li>a byte order mark at the start became part of the first key, which was then "missing".
 * </ul>
 * and, by {@link #loneKey}, a line with a key and nothing else, read as that key with an empty
 * value: a setting with a default silently kept it, any other line was silently ignored.
 */
final class ConfigFileSyntax {

    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private ConfigFileSyntax() {
    }

    /** The first problem of {@code file}, as "FILE line N: problem" where a line tells, or null when it reads. */
    static String problem(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        if (bytes.length >= 3 && bytes[0] == UTF8_BOM[0] && bytes[1] == UTF8_BOM[1] && bytes[2] == UTF8_BOM[2]) {
            return file + " line 1: the file starts with a byte order mark (U+FEFF), which would become part of the first"
                    + " key; save it as UTF-8 without one (e.g. sed -i '1s/^\\xEF\\xBB\\xBF//' " + file + ")";
        }
        String utf16 = utf16(file, bytes);
        if (utf16 != null) {
            return utf16;
        }
        // read byte by byte: only keys and escapes (ASCII) are checked here, whatever the file's encoding
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            try {
                new Properties().load(new StringReader(lines.get(i)));
            } catch (IllegalArgumentException e) {
                return file + " line " + (i + 1) + ": " + e.getMessage() + " (a backslash-u must be followed by four hex"
                        + " digits, as in \\u00e9; write \\\\ for a backslash)";
            }
        }
        KeysAsLoaded keys = new KeysAsLoaded();
        keys.load(new StringReader(text));
        if (keys.withoutKey) {
            return file + " line " + firstLineWithoutKey(lines) + ": a value without a key; write KEY=VALUE, or start the"
                    + " line with # to keep it as a comment";
        }
        if (!keys.twice.isEmpty()) {
            String key = keys.twice.iterator().next();
            return file + " lines " + linesOf(key, lines) + ": " + key + " is given more than once, and only the last"
                    + " would count: keep one";
        }
        return null;
    }

    /**
     * A file in UTF-16, as Windows PowerShell's {@code >} and Notepad's "Unicode" write it: read a
     * byte at a time, every key held NUL bytes, so none was a setting. {@code serve} stopped on its
     * first line as "a key alone" in garbled letters, and other commands went on with the default data
     * directory, warning of each line. Said as "FILE line N: problem", or null for a file without a
     * UTF-16 byte order mark or a NUL byte.
     */
    private static String utf16(Path file, byte[] bytes) {
        boolean mark = bytes.length >= 2 && (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE
                || bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF);
        int line = 1;
        for (int i = 0; i < bytes.length && !mark; i++) {
            if (bytes[i] == 0) {
                return file + " line " + line + ": holds a NUL byte, as UTF-16 text does; save the file as UTF-8 (e.g."
                        + " iconv -f UTF-16 -t UTF-8 " + file + ")";
            }
            line += bytes[i] == '\n' ? 1 : 0;
        }
        return !mark ? null : file + " line 1: the file is UTF-16 text (it starts with a UTF-16 byte order mark, as Windows"
                + " PowerShell's > writes it), which is read as other characters; save it as UTF-8 (e.g. iconv -f UTF-16 -t"
                + " UTF-8 " + file + ")";
    }

    /**
     * The first line of {@code file} that is a key alone ({@code tradewind.paper.slippage}, its
     * {@code =0.001} forgotten), as "FILE line N: problem", or null. The properties format reads it as
     * the key with an empty value, so it is no syntax error: {@code serve} refuses it, other commands
     * only warn (a kill switch must not fail for a line of the service's settings).
     */
    static String loneKey(Path file) throws IOException {
        List<String> lines = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1).lines().toList();
        int loneKey = firstLoneKey(lines);
        if (loneKey < 0) {
            return null;
        }
        String key = lines.get(loneKey).strip();
        return file + " line " + (loneKey + 1) + ": " + key + " has no value and no '=': write " + key + "=VALUE (" + key
                + "= for an empty value), or start the line with # to keep it as a comment";
    }

    /** Keys as the properties format reads them, continuation lines and escapes included. */
    private static final class KeysAsLoaded extends Properties {

        private static final long serialVersionUID = 1L;

        final transient Set<String> twice = new LinkedHashSet<>();
        boolean withoutKey;

        @Override
        public synchronized Object put(Object key, Object value) {
            if (key.toString().isEmpty()) {
                withoutKey = true;
            } else if (containsKey(key)) {
                twice.add(key.toString());
            }
            return super.put(key, value);
        }
    }

    /**
     * The index of the first line that is a key alone, without a separator ({@code =}, {@code :} or
     * white space) or a value after it, or -1; lines that continue or are continued are left out.
     */
    private static int firstLoneKey(List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            boolean continued = i > 0 && PropertiesLines.continues(lines.get(i - 1));
            if (line.isEmpty() || line.startsWith("#") || line.startsWith("!") || continued || PropertiesLines.continues(line)) {
                continue;
            }
            if (!hasSeparator(line)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean hasSeparator(String line) {
        for (int c = 0; c < line.length(); c++) {
            char ch = line.charAt(c);
            if (ch == '\\') {
                c++;
            } else if ("=: \t\f".indexOf(ch) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static int firstLineWithoutKey(List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if ((i == 0 || !PropertiesLines.continues(lines.get(i - 1))) && (line.startsWith("=") || line.startsWith(":"))) {
                return i + 1;
            }
        }
        return 1;
    }

    /**
     * The lines that start with the key, e.g. "3 and 9", leaving out lines that continue the one
     * before (escaped keys are not found: then the file's first line).
     */
    private static String linesOf(String key, List<String> lines) {
        List<String> found = PropertiesLines.linesGiving(key, lines).stream().map(String::valueOf).toList();
        if (found.size() < 2) {
            return found.isEmpty() ? "1" : found.get(0);
        }
        return String.join(", ", found.subList(0, found.size() - 1)) + " and " + found.get(found.size() - 1);
    }
}
