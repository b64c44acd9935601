package io.tradewind.kernel;

import io.tradewind.domain.InputEcho;
import io.tradewind.execution.OrderIntent;
import java.lang.System.Logger.Level;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Why a strategy placed an order ({@code context.because("stop-loss")}), as the order keeps it: the
 * store, the service's API and a backtest's report show it. Reasons are short words for tables and
 * log lines, so {@link #cleaned} holds them to a plain alphabet and a length.
 */
public final class OrderReasons {

    static final String ALPHABET = "ASCII letters, digits, spaces and - _ . : / + %";

    private OrderReasons() {
    }

    /**
     * The reason as it is kept: as given when it is 1 to {@value OrderIntent#LONGEST_REASON} characters of
     * {@link #ALPHABET} without a space at either end; otherwise cut to that length, with {@code _}
     * for each other character and without the spaces at its ends (null, or blank, for none), and a
     * warning the first time. Never an exception: a label
     * refused live would leave the order it explains unplaced, a stop-loss among them.
     */
    static String cleaned(String reason) {
        if (reason == null || reason.isBlank()) {
            Warned.once(reason, "is blank: the order is placed without a reason");
            return null;
        }
        StringBuilder kept = new StringBuilder(Math.min(reason.length(), OrderIntent.LONGEST_REASON));
        for (int i = 0; i < reason.length() && kept.length() < OrderIntent.LONGEST_REASON; i++) {
            char c = reason.charAt(i);
            kept.append(c < 0x80 && (Character.isLetterOrDigit(c) || " -_.:/+%".indexOf(c) >= 0) ? c : '_');
        }
        // a cut can end on a space, and a space on either end only pads a table's column
        String clean = kept.toString().strip();
        if (clean.isEmpty()) {
            // spaces past the cut: blank within what is kept
            Warned.once(reason, "is blank within its first " + OrderIntent.LONGEST_REASON + " characters: the order is placed without a reason");
            return null;
        }
        if (!clean.equals(reason)) {
            Warned.once(reason, "is kept as \"" + clean + "\": a reason is 1 to " + OrderIntent.LONGEST_REASON + " characters of " + ALPHABET);
        }
        return clean;
    }

    /** Each odd reason is warned about once (a strategy gives the same one on every candle), the first hundred of them. */
    static final class Warned {

        private static final System.Logger LOG = System.getLogger(OrderReasons.class.getName());
        private static final int MOST = 100;
        private static final Set<String> WARNED = ConcurrentHashMap.newKeySet();

        private Warned() {
        }

        static void once(String reason, String what) {
            String key = String.valueOf(reason);
            if (WARNED.size() < MOST && WARNED.add(key)) {
                LOG.log(Level.WARNING, "context.because({0}) {1}", shown(reason), what);
            }
        }

        private static String shown(String reason) {
            if (reason == null) {
                return "null";
            }
            String cut = InputEcho.shortened(reason);
            StringBuilder quoted = new StringBuilder("\"");
            cut.codePoints().forEach(c -> {
                if (Character.isISOControl(c)) {
                    quoted.append(String.format("\\u%04x", c));
                } else {
                    quoted.appendCodePoint(c);
                }
            });
            return quoted.append('"').toString();
        }
    }
}
