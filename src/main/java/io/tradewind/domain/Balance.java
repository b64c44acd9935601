package io.tradewind.domain;

import java.math.BigDecimal;

/** One asset of one account: {@code total = available + held}, where held backs open orders. */
public record Balance(String asset, BigDecimal available, BigDecimal held) {

    public BigDecimal total() {
        return available.add(held);
    }
}
