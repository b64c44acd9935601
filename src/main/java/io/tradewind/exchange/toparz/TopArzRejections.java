package io.tradewind.exchange.toparz;

import io.tradewind.domain.RejectionReason;
import java.util.List;
import java.util.Locale;

/**
 * Why TopArz refused an order. The seed documents an {@code error_code {code, message}} but no
 * codes, so the reason is read from the message's words; what is not recognised is
 * {@link RejectionReason#VENUE_REJECTED}, and the venue's text goes into the log line.
 */
final class TopArzRejections {

    private TopArzRejections() {
    }

    static List<RejectionReason> reasons(String message) {
        String text = message == null ? "" : message.toLowerCase(Locale.ROOT);
        if (isDuplicate(message)) {
            return List.of(RejectionReason.DUPLICATE_UID);
        }
        if (text.contains("insufficient") || text.contains("not enough") || text.contains("balance")) {
            return List.of(RejectionReason.INSUFFICIENT_BALANCE);
        }
        if (text.contains("minimum") || text.contains("too small") || text.contains("less than")) {
            return List.of(text.contains("quantity") || text.contains("volume")
                    ? RejectionReason.QUANTITY_BELOW_MINIMUM
                    : RejectionReason.NOTIONAL_BELOW_MINIMUM);
        }
        if (text.contains("maximum") || text.contains("too large") || text.contains("more than")) {
            return List.of(RejectionReason.OVER_MAXIMUM_ORDER_SIZE);
        }
        if ((text.contains("symbol") || text.contains("market")) && (text.contains("not found")
                || text.contains("invalid") || text.contains("unknown"))) {
            return List.of(RejectionReason.UNKNOWN_SYMBOL);
        }
        if (text.contains("disabled") || text.contains("not active") || text.contains("inactive")) {
            return List.of(RejectionReason.SYMBOL_NOT_ACTIVE);
        }
        return List.of(RejectionReason.VENUE_REJECTED);
    }

    /**
     * The seed: "in case of getting duplicated command id send your request with new id" — TopArz
     * refuses a client id it has seen, so the order it names already exists.
     */
    static boolean isDuplicate(String message) {
        String text = message == null ? "" : message.toLowerCase(Locale.ROOT);
        return text.contains("duplicat") || text.contains("already exist");
    }
}
