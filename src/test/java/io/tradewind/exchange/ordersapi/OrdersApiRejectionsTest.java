package io.tradewind.exchange.ordersapi;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.tradewind.domain.RejectionReason;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A {@code 422}'s {@code detail} (the seed's examples and the checklist's other checks) as rejection reasons. */
class OrdersApiRejectionsTest {

    @Test
    void theSeedsValidationAnswersHaveTheirReasonsAndTheirWordsVerbatim() {
        String minimum = OrdersApiFixtures.text("error-quantity-below-minimum.json");
        String inactive = OrdersApiFixtures.text("error-symbol-not-active.json");

        assertEquals(List.of(RejectionReason.QUANTITY_BELOW_MINIMUM),
                OrdersApiRejections.reasons(OrdersApiJson.details(minimum)));
        assertEquals("body.quantity: value is less than minimum (limit_value 0.0001)", OrdersApiJson.message(minimum));
        assertEquals(List.of(RejectionReason.SYMBOL_NOT_ACTIVE),
                OrdersApiRejections.reasons(OrdersApiJson.details(inactive)));
        assertEquals("body.symbol: symbol is not active", OrdersApiJson.message(inactive));
    }

    @Test
    void theChecklistsOtherChecksAreRecognisedByFieldAndWords() {
        assertEquals(RejectionReason.INSUFFICIENT_BALANCE, OrdersApiRejections.reason("", "value_error",
                "insufficient balance"));
        assertEquals(RejectionReason.OUTSIDE_TRADING_SESSION, OrdersApiRejections.reason("", "value_error",
                "outside trading session"));
        assertEquals(RejectionReason.PRICE_NOT_MULTIPLE_OF_TICK_SIZE, OrdersApiRejections.reason("price", "value_error",
                "price must be a multiple of tick_size"));
        assertEquals(RejectionReason.QUANTITY_NOT_MULTIPLE_OF_STEP_SIZE, OrdersApiRejections.reason("quantity",
                "value_error", "not a multiple of step"));
        assertEquals(RejectionReason.PRICE_MISSING, OrdersApiRejections.reason("price", "value_error.missing",
                "field required"));
        assertEquals(RejectionReason.STOP_PRICE_MISSING, OrdersApiRejections.reason("stop_price", "value_error.missing",
                "field required"));
        assertEquals(RejectionReason.OVER_MAXIMUM_ORDER_SIZE, OrdersApiRejections.reason("quantity",
                "value_error.number.not_le", "value is greater than maximum"));
        assertEquals(RejectionReason.OUTSIDE_PRICE_BAND, OrdersApiRejections.reason("price", "value_error",
                "price outside the allowed band"));
        assertEquals(RejectionReason.TOO_MANY_OPEN_ORDERS, OrdersApiRejections.reason("", "value_error",
                "too many open orders"));
        assertEquals(RejectionReason.UNKNOWN_SYMBOL, OrdersApiRejections.reason("symbol", "value_error",
                "unknown"));
        assertEquals(RejectionReason.VENUE_REJECTED, OrdersApiRejections.reason("", "value_error", "computer says no"));
    }

    @Test
    void aRefusalWithoutDetailsIsVenueRejectedAndItsTextIsKept() {
        assertEquals(List.of(RejectionReason.VENUE_REJECTED), OrdersApiRejections.reasons(OrdersApiJson.details(
                "{\"detail\":\"order cannot be cancelled\"}")));
        assertEquals("order cannot be cancelled", OrdersApiJson.message("{\"detail\":\"order cannot be cancelled\"}"));
        assertEquals("<html>bad gateway</html>", OrdersApiJson.message("<html>bad gateway</html>"));
        assertEquals("", OrdersApiJson.message(""));
    }
}
