package io.tradewind.notify;

import java.util.Locale;

/** What an operator can be told about, each switched on, off or silent on its own. */
public enum NotificationType {
    /** A fill that opened or grew a position. */
    ENTRY,
    /** A fill that shrank or closed a position. */
    EXIT,
    /** Every fill, entry or exit. */
    FILL,
    /** An order cancelled or expired. */
    CANCEL,
    /** An order rejected, by the venue or by a check before it. */
    REJECTION,
    /** A tick that failed. */
    ERROR,
    /** An instance paused: by the operator, after repeated failures, at the end of its replay. */
    PAUSE,
    /** The kill switch switched on or off. */
    KILL_SWITCH,
    /** Once a day: each instance's state, position, PnL and orders. */
    DAILY_SUMMARY;

    /**
     * Whether repeats within the merge window are merged into a count: only alerts that come again
     * and again (a tick failing every second, a script's rejected orders, their cancels). A fill,
     * a pause or a switch of the kill switch is news of its own: merged, the second of two kill
     * switch offs with an on between them went out only at the window's end, the chat's last word
     * meanwhile being "kill switch ON" while entries went through; and a second fill alike waited
     * for the window's end too.
     */
    public boolean merges() {
        return this == CANCEL || this == REJECTION || this == ERROR;
    }

    /** The name in configuration and payloads: {@code kill_switch}. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The type named {@code name} ({@code kill_switch} or {@code kill-switch}).
     *
     * @throws IllegalArgumentException no such type; the message lists them
     */
    public static NotificationType fromWire(String name) {
        String normalised = name.trim().toLowerCase(Locale.ROOT).replace('-', '_');
        for (NotificationType type : values()) {
            if (type.wireName().equals(normalised)) {
                return type;
            }
        }
        throw new IllegalArgumentException("unknown notification type '" + name + "' (types: " + names() + ")");
    }

    public static String names() {
        StringBuilder names = new StringBuilder();
        for (NotificationType type : values()) {
            names.append(names.length() == 0 ? "" : ", ").append(type.wireName());
        }
        return names.toString();
    }
}
