package io.tradewind.kernel;

/**
 * Hears of each order a strategy placed for a reason ({@code context.because("stop-loss")}): a
 * backtest keeps them for its report's fills and trades. Reasons are short words for tables and
 * log lines, so {@link #checked} holds them to a plain alphabet and a length.
 */
@FunctionalInterface
public interface OrderReasons {

    OrderReasons NONE = (clientOrderId, reason) -> { };

    int LONGEST = 32;
    String ALPHABET = "ASCII letters, digits, spaces and - _ . : / + %";

    void placed(String clientOrderId, String reason);

    /**
     * The reason as given, if it is one.
     *
     * @throws IllegalArgumentException a null, blank or longer reason, or one with other characters, saying which
     */
    static String checked(String reason) {
        if (reason == null || reason.isBlank() || reason.length() > LONGEST) {
            throw new IllegalArgumentException("context.because(" + shown(reason) + "): a reason is 1 to " + LONGEST
                    + " characters, not blank (" + ALPHABET + "), e.g. \"stop-loss\"");
        }
        for (int i = 0; i < reason.length(); i++) {
            char c = reason.charAt(i);
            boolean plain = c < 0x80 && (Character.isLetterOrDigit(c) || " -_.:/+%".indexOf(c) >= 0);
            if (!plain) {
                throw new IllegalArgumentException("context.because(" + shown(reason) + "): character " + (i + 1) + " is "
                        + String.format("U+%04X", (int) c) + "; a reason has only " + ALPHABET);
            }
        }
        return reason;
    }

    private static String shown(String reason) {
        if (reason == null) {
            return "null";
        }
        String cut = reason.length() > 40 ? reason.substring(0, 40) + "…" : reason;
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
