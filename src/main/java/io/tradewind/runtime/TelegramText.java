package io.tradewind.runtime;

import java.util.ArrayList;
import java.util.List;

/**
 * A text cut into messages the Bot API takes: {@code sendMessage} refuses a text of more than 4,096
 * characters (400, "message is too long"), which is never retried, so a daily summary or a
 * {@code /status} of a service with a score of instances, or an error with a long message, was lost
 * whole. Cut at a line break where there is one, else after "; " or a space, never inside a
 * surrogate pair.
 */
final class TelegramText {

    /** The Bot API's limit (it counts characters; a Java char is at most one). */
    static final int LIMIT = 4096;

    private TelegramText() {
    }

    static List<String> messages(String text) {
        List<String> messages = new ArrayList<>();
        String rest = text;
        while (rest.length() > LIMIT) {
            int cut = cut(rest);
            messages.add(rest.substring(0, cut).stripTrailing());
            rest = rest.substring(cut).stripLeading();
        }
        messages.add(rest);
        return messages;
    }

    private static int cut(String text) {
        int newline = text.lastIndexOf('\n', LIMIT);
        if (newline > LIMIT / 2) {
            return newline + 1;
        }
        int clause = text.lastIndexOf("; ", LIMIT - 2);
        if (clause > LIMIT / 2) {
            return clause + 2;
        }
        int space = text.lastIndexOf(' ', LIMIT - 1);
        if (space > LIMIT / 2) {
            return space + 1;
        }
        return Character.isHighSurrogate(text.charAt(LIMIT - 1)) ? LIMIT - 1 : LIMIT;
    }
}
