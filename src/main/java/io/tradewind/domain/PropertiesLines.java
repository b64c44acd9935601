package io.tradewind.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * Where a key stands in the lines of a properties file, as {@link java.util.Properties} reads them:
 * a line ending in an odd number of backslashes goes on on the next, and a key ends at the first
 * {@code =}, {@code :} or white space. {@code Properties} forgets lines, so a message that names
 * one finds it here.
 */
public final class PropertiesLines {

    private static final String KEY_ENDS = "=: \t\f";

    private PropertiesLines() {
    }

    /** Whether the line goes on on the next: it ends in an odd number of backslashes and is not a comment. */
    public static boolean continues(String line) {
        int backslashes = 0;
        for (int i = line.length() - 1; i >= 0 && line.charAt(i) == '\\'; i--) {
            backslashes++;
        }
        String start = line.stripLeading();
        return backslashes % 2 == 1 && !start.startsWith("#") && !start.startsWith("!");
    }

    /**
     * The numbers, from 1, of the lines that give {@code key}, leaving out lines that continue the one
     * before (a key written with escapes is not found).
     */
    public static List<Integer> linesGiving(String key, List<String> lines) {
        List<Integer> found = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (i > 0 && continues(lines.get(i - 1))) {
                continue;
            }
            String line = lines.get(i).stripLeading();
            if (line.startsWith(key) && (line.length() == key.length() || KEY_ENDS.indexOf(line.charAt(key.length())) >= 0)) {
                found.add(i + 1);
            }
        }
        return found;
    }

    /**
     * Whether white space alone ends {@code key} on a line that gives it, with more after it: the
     * properties format reads {@code just a line} as key {@code just} with value {@code a line}.
     */
    public static boolean spaceEndsTheKey(String line, String key) {
        String rest = line.stripLeading().substring(key.length()).stripLeading();
        return !rest.isEmpty() && rest.charAt(0) != '=' && rest.charAt(0) != ':';
    }
}
