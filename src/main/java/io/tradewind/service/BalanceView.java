package io.tradewind.service;

import java.math.BigDecimal;

/** One asset of one venue account: {@code total = held + available}. */
public record BalanceView(String venue, String account, String asset, BigDecimal total, BigDecimal held,
        BigDecimal available) {
}
