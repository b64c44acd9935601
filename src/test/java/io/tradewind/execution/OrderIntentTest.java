package io.tradewind.execution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.tradewind.domain.OrderType;
import io.tradewind.domain.Side;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** A reason the store cannot keep failed only at the commit of its order, which was then not placed (a review). */
class OrderIntentTest {

    @Test
    void aReasonTheStoreCannotKeepIsRefusedWhenTheIntentIsMade() {
        assertEquals("stop-loss", intent("stop-loss").reason());
        assertEquals("x".repeat(32), intent("x".repeat(32)).reason());
        assertEquals("an order's reason is 1 to 32 characters and not blank, was 33 characters",
                assertThrows(IllegalArgumentException.class, () -> intent("x".repeat(33))).getMessage());
        assertThrows(IllegalArgumentException.class, () -> intent(" "));
    }

    private static OrderIntent intent(String reason) {
        return new OrderIntent("main", "BTC-IRR", Side.SELL, OrderType.MARKET, null, BigDecimal.ONE, null, null, null, reason);
    }
}
