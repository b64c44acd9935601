package io.tradewind.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Messages about an instrument print decimals as a person wrote them, never with an exponent. */
class InstrumentMessagesTest {

    @Test
    void smallQuantitiesPrintWithoutExponent() {
        // BigDecimal.toString() would say 1E-7
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Instrument("BTC-USD", "BTC",
                "USD", new BigDecimal("0.01"), new BigDecimal("0.0000001"), new BigDecimal("0.000001"), null,
                new BigDecimal("0.0000001"), BigDecimal.ZERO, BigDecimal.ZERO, InstrumentStatus.ACTIVE, List.of(), null, 0));
        assertEquals("BTC-USD: max_quantity 0.0000001 is below min_quantity 0.000001", e.getMessage());
    }
}
