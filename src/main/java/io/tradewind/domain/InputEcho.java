package io.tradewind.domain;

import java.util.Locale;

/**
 * A value the user gave, as an error message repeats it: a long one (a pasted file, a 10,000
 * character query parameter) is cut, so that the message stays one short line, and a control
 * character is written as its escape ({@code \u0000}), which a terminal would otherwise print raw
 * (a NUL as {@code ^@}) or act on.
 */
public final class InputEcho {

    private static final int ECHOED = 40;

    private InputEcho() {
    }

    public static String shortened(String value) {
        if (value == null) {
            return null;
        }
        String echoed = visible(value.length() <= ECHOED ? value : value.substring(0, ECHOED));
        return value.length() <= ECHOED ? echoed
                : echoed + "… (" + String.format(Locale.ROOT, "%,d", value.length()) + " characters)";
    }

    private static String visible(String text) {
        if (text.chars().noneMatch(Character::isISOControl)) {
            return text;
        }
        StringBuilder shown = new StringBuilder(text.length() + 16);
        text.chars().forEach(c -> shown.append(Character.isISOControl(c) ? String.format(Locale.ROOT, "\\u%04X", c)
                : String.valueOf((char) c)));
        return shown.toString();
    }
}
