package io.tradewind.exchange.negociecoins;

import io.tradewind.domain.RejectionReason;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;

/**
 * Why NegocieCoins refused an order. The seed documents no error codes, so the reason is read from
 * the Portuguese message's words (accents ignored); what is not recognised is
 * {@link RejectionReason#VENUE_REJECTED}. The message itself is kept verbatim in the log line.
 */
final class NegocieCoinsRejections {

    private NegocieCoinsRejections() {
    }

    static List<RejectionReason> reasons(String message) {
        String text = Normalizer.normalize(message == null ? "" : message, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
        if (text.contains("saldo") && (text.contains("insuficiente") || text.contains("indisponivel"))) {
            return List.of(RejectionReason.INSUFFICIENT_BALANCE);
        }
        if (text.contains("minim")) {
            return List.of(text.contains("quantidade") || text.contains("volume")
                    ? RejectionReason.QUANTITY_BELOW_MINIMUM
                    : RejectionReason.NOTIONAL_BELOW_MINIMUM);
        }
        if (text.contains("maxim")) {
            return List.of(RejectionReason.OVER_MAXIMUM_ORDER_SIZE);
        }
        if (text.contains("par") && (text.contains("invalido") || text.contains("inexistente")
                || text.contains("nao encontrado"))) {
            return List.of(RejectionReason.UNKNOWN_SYMBOL);
        }
        if (text.contains("preco") && text.contains("invalido")) {
            return List.of(RejectionReason.OUTSIDE_PRICE_BAND);
        }
        return List.of(RejectionReason.VENUE_REJECTED);
    }
}
