package io.tradewind.domain;

/**
 * A value the user gave, as an error message repeats it: a long one (a pasted file, a 10,000
 * character query parameter) is cut, so that the message stays one short line.
 */
public final class InputEcho {

    private static final int ECHOED = 40;

    private InputEcho() {
    }

    public static String shortened(String value) {
        if (value == null || value.length() <= ECHOED) {
            return value;
        }
        return value.substring(0, ECHOED) + "… (" + value.length() + " characters)";
    }
}
