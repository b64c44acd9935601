package io.tradewind.service.ordersapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.tradewind.domain.OrderRequest;
import io.tradewind.domain.OrderType;
import io.tradewind.domain.Side;
import io.tradewind.domain.TimeInForce;
import io.tradewind.execution.OrderRecord;
import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** A create sent again asks for the order its key placed, or the client is told the terms differ. */
class OrderTermsTest {

    private static final ApiUser ALICE = new ApiUser("alice", "alice", false, "paper", "alice");
    private static final String BODY = "{\"symbol\": \"BTC-IRR\", \"side\": \"buy\", \"type\": \"limit\", \"price\": \"1000000000\","
            + " \"quantity\": \"0.5\", \"expire_at\": \"2030-01-01T00:00:00.1234567Z\"}";

    /** As the store gives it back: times to the microsecond. */
    private static OrderRecord placed(String price, String quantity) {
        OrderRequest request = new OrderRequest("kq3X_9-bZ0aQ7rT2uVw", "alice", "BTC-IRR", Side.BUY, OrderType.LIMIT,
                new BigDecimal(price), new BigDecimal(quantity), null, null, TimeInForce.GOOD_TILL_CANCELED,
                Instant.parse("2030-01-01T00:00:00.123456Z"));
        return OrderRecord.fresh(request, "paper", "orders-api:alice", null, "alice", Instant.parse("2026-12-06T10:00:00Z"));
    }

    @Test
    void the_same_request_asks_for_the_order_though_the_store_kept_its_expiry_to_the_microsecond() {
        assertNull(OrderTerms.difference(placed("1000000000", "0.5"), false, ALICE, CreateOrderBody.parse(BODY)));
        assertNull(OrderTerms.difference(placed("1000000000.000", "0.50"), false, ALICE,
                CreateOrderBody.parse(BODY.replace("\"0.5\"", "0.5"))), "amounts compare as numbers, given as strings or not");
    }

    @Test
    void another_amount_is_named_with_both_values() {
        assertEquals("quantity is 0.5 (here 0.6)", OrderTerms.difference(placed("1000000000", "0.5"), false, ALICE,
                CreateOrderBody.parse(BODY.replace("\"0.5\"", "\"0.6\""))));
        assertEquals("side is buy (here sell)", OrderTerms.difference(placed("1000000000", "0.5"), false, ALICE,
                CreateOrderBody.parse(BODY.replace("\"buy\"", "\"sell\""))));
    }

    /** The venue took the order at 0.4999 (its step): the request sent again still says 0.5. */
    @Test
    void an_order_a_venue_accepted_on_other_amounts_is_compared_without_them() {
        assertNull(OrderTerms.difference(placed("1000000000", "0.4999"), true, ALICE, CreateOrderBody.parse(BODY)));
        assertEquals("side is buy (here sell)", OrderTerms.difference(placed("1000000000", "0.4999"), true, ALICE,
                CreateOrderBody.parse(BODY.replace("\"buy\"", "\"sell\""))));
    }

    /** Answered as a replay, the retry's client held a resting order it believed filled or killed at once. */
    @Test
    void another_time_in_force_is_another_order_but_a_market_orders_spellings_of_its_own_are_not() {
        assertEquals("time_in_force is good-till-canceled (here fill-or-kill)", OrderTerms.difference(
                placed("1000000000", "0.5"), false, ALICE,
                CreateOrderBody.parse(BODY.replace("}", ", \"time_in_force\": \"fill-or-kill\"}"))));
        assertNull(OrderTerms.difference(placed("1000000000", "0.5"), false, ALICE,
                CreateOrderBody.parse(BODY.replace("}", ", \"time_in_force\": \"good-till-canceled\"}"))),
                "the default, spelt out");

        OrderRecord market = OrderRecord.fresh(new OrderRequest("kq3X_9-bZ0aQ7rT2uVw", "alice", "BTC-IRR", Side.SELL,
                OrderType.MARKET, null, new BigDecimal("0.2"), null, null, null, null), "paper", "orders-api:alice", null,
                "alice", Instant.parse("2026-12-06T10:00:00Z"));
        String marketBody = "{\"symbol\": \"BTC-IRR\", \"side\": \"sell\", \"type\": \"market\", \"quantity\": \"0.2\"";
        assertNull(OrderTerms.difference(market, false, ALICE, CreateOrderBody.parse(marketBody
                + ", \"time_in_force\": \"immediate-or-cancel\"}")), "what it runs with, which its answer showed");
        assertEquals("time_in_force is immediate-or-cancel (here fill-or-kill)", OrderTerms.difference(market, false, ALICE,
                CreateOrderBody.parse(marketBody + ", \"time_in_force\": \"all-or-none\"}")));
    }
}
