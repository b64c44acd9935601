package io.tradewind.notify;

import java.util.Locale;

/** How a notification type is delivered: sent, not sent, or sent without sound (Telegram's silent messages). */
public enum Delivery {
    ON, OFF, SILENT;

    /** @throws IllegalArgumentException not {@code on}, {@code off} or {@code silent} */
    public static Delivery fromWire(String text) {
        try {
            return valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'" + text + "' is not on, off or silent");
        }
    }
}
