package io.tradewind.domain;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.tradewind.marketdata.PriceLevel;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** A venue's answer with an absurd amount is refused where it becomes a price level or a balance. */
class SaneAmountsTest {

    @Test
    void anAmountPastTwentyWholeDigitsIsRefusedWithoutWritingItOut() {
        assertEquals("price 1E+999999999 has more than 20 digits before the decimal point",
                assertThrows(IllegalArgumentException.class,
                        () -> new PriceLevel(new BigDecimal("1e999999999"), BigDecimal.ONE)).getMessage());
        assertEquals("USDT held " + "9".repeat(40) + "… (400 characters) has more than 20 digits before the decimal point",
                assertThrows(IllegalArgumentException.class,
                        () -> new Balance("USDT", BigDecimal.ONE, new BigDecimal("9".repeat(400)))).getMessage());
    }

    @Test
    void rialMagnitudesPass() {
        assertDoesNotThrow(() -> new PriceLevel(new BigDecimal("99999999999999999999.123456789"), new BigDecimal("0.00000001")));
        assertDoesNotThrow(() -> new Balance("IRR", new BigDecimal("92233720368547.75807"), BigDecimal.ZERO));
    }
}
