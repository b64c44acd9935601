package io.tradewind.domain;

import java.math.BigDecimal;

/** One asset of one account: {@code total = available + held}, where held backs open orders. */
public record Balance(String asset, BigDecimal available, BigDecimal held) {

    /** @throws IllegalArgumentException an amount past what the store keeps (see {@link Decimals#requireSane}) */
    public Balance {
        Decimals.requireSane(available, asset + " available");
        Decimals.requireSane(held, asset + " held");
    }

    public BigDecimal total() {
        return available.add(held);
    }
}
