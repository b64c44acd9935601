package io.tradewind.service.ordersapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tradewind.domain.OrderType;
import io.tradewind.domain.Side;
import io.tradewind.domain.TimeInForce;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class CreateOrderBodyTest {

    @Test
    void the_seeds_bodies_read_exactly() {
        CreateOrderBody stop = CreateOrderBody.parse(SeedExamples.text("stop_loss_example"));

        assertEquals("BTC-IRR", stop.symbol());
        assertEquals(Side.SELL, stop.side());
        assertEquals(OrderType.STOP_LIMIT, stop.type());
        assertEquals(new BigDecimal("940000000"), stop.price());
        assertEquals(new BigDecimal("950000000"), stop.stopPrice());
        assertEquals(new BigDecimal("0.5"), stop.quantity());
        assertEquals(TimeInForce.GOOD_TILL_CANCELED, stop.timeInForce());
        CreateOrderBody market = CreateOrderBody.parse(SeedExamples.text("create_market_sell"));
        assertNull(market.price());
        assertNull(market.timeInForce());
    }

    @Test
    void a_decimal_given_as_a_json_number_keeps_every_digit() {
        CreateOrderBody body = CreateOrderBody.parse("""
                {"symbol": "BTC-IRR", "side": "buy", "type": "limit", "price": 123456789012, "quantity": 0.12345678}""");

        assertEquals(new BigDecimal("0.12345678"), body.quantity());
        assertEquals(new BigDecimal("123456789012"), body.price());
    }

    @Test
    void every_field_problem_is_its_own_detail() {
        List<ErrorDetail> details = assertThrows(UnprocessableOrder.class, () -> CreateOrderBody.parse("""
                {"side": "up", "type": "limit", "quantity": "-1", "price": "abc", "expire_at": "tomorrow"}""")).details();

        assertEquals(List.of(List.of("body", "symbol"), List.of("body", "side"), List.of("body", "price"),
                List.of("body", "quantity"), List.of("body", "expire_at")), details.stream().map(ErrorDetail::loc).toList());
        assertEquals(List.of("value_error.missing", "type_error.enum", "type_error.decimal", "value_error.number.not_gt",
                "value_error.datetime"), details.stream().map(ErrorDetail::type).toList());
        assertEquals(List.of("buy", "sell"), details.get(1).ctx().get("enum_values"));
    }

    /** An empty time_in_force placed a good-till-canceled order, an empty expire_at one that never expires (an audit). */
    @Test
    void a_blank_value_is_refused_not_read_as_absent() {
        List<ErrorDetail> details = assertThrows(UnprocessableOrder.class, () -> CreateOrderBody.parse("""
                {"symbol": " ", "side": "buy", "type": "limit", "price": "700", "quantity": "0.01", "time_in_force": "",
                 "expire_at": " ", "user_id": "", "wallet_id": "", "user_national_code": ""}""")).details();

        assertEquals(List.of("symbol", "time_in_force", "expire_at", "user_id", "wallet_id", "user_national_code"),
                details.stream().map(detail -> detail.loc().get(1)).toList());
        assertEquals(Set.of("value_error.any_str.min_length"), details.stream().map(ErrorDetail::type).collect(Collectors.toSet()));
        assertEquals("ensure this value is not blank: give a value, or leave time_in_force out", details.get(1).msg());
    }

    /** A market order's price was checked against the tick, stored and echoed, yet never used. */
    @Test
    void a_price_or_stop_price_the_type_does_not_take_is_refused() {
        List<ErrorDetail> market = assertThrows(UnprocessableOrder.class, () -> CreateOrderBody.parse("""
                {"symbol": "BTC-IRR", "side": "sell", "type": "market", "quantity": "0.1", "price": "1000",
                 "stop_price": "900"}""")).details();
        assertEquals(List.of(List.of("body", "price"), List.of("body", "stop_price")),
                market.stream().map(ErrorDetail::loc).toList());
        assertEquals(List.of("value_error.extra", "value_error.extra"), market.stream().map(ErrorDetail::type).toList());
        assertTrue(market.get(0).msg().startsWith("a market order takes no price"), market.get(0).msg());

        List<ErrorDetail> limit = assertThrows(UnprocessableOrder.class, () -> CreateOrderBody.parse("""
                {"symbol": "BTC-IRR", "side": "buy", "type": "limit", "price": "1000", "quantity": "0.1",
                 "stop_price": "950"}""")).details();
        assertEquals(List.of(List.of("body", "stop_price")), limit.stream().map(ErrorDetail::loc).toList());

        List<ErrorDetail> badAndExtra = assertThrows(UnprocessableOrder.class, () -> CreateOrderBody.parse("""
                {"symbol": "BTC-IRR", "side": "buy", "type": "market", "price": "abc", "quantity": "0.1"}""")).details();
        assertEquals(List.of("type_error.decimal"), badAndExtra.stream().map(ErrorDetail::type).toList(), "one detail a field");
        assertEquals(new BigDecimal("950000000"), CreateOrderBody.parse("""
                {"symbol": "BTC-IRR", "side": "sell", "type": "stop-market", "quantity": "0.1", "stop_price": "950000000"}""")
                .stopPrice());
    }

    /** An expiry past epoch milliseconds crashed the paper venue (a 500) and left the order new for good. */
    @Test
    void an_expiry_no_store_keeps_is_refused() {
        ErrorDetail far = assertThrows(UnprocessableOrder.class, () -> CreateOrderBody.parse("""
                {"symbol": "BTC-IRR", "side": "buy", "type": "limit", "price": "1000", "quantity": "0.1",
                 "expire_at": "+999999999-12-31T23:59:59Z"}""")).details().get(0);
        assertEquals(List.of("body", "expire_at"), far.loc());
        assertEquals("ensure this value is before the year 10000", far.msg());
        assertEquals(Instant.parse("9999-12-31T23:59:59Z"), CreateOrderBody.parse("""
                {"symbol": "BTC-IRR", "side": "buy", "type": "limit", "price": "1000", "quantity": "0.1",
                 "expire_at": "9999-12-31T23:59:59Z"}""").expireAt());
    }

    /** Each was accepted: a misspelt field dropped, the last of two symbols taken, Arabic digits read, a NUL trimmed off. */
    @Test
    void unknown_or_repeated_fields_other_scripts_digits_and_control_characters_are_refused() {
        List<ErrorDetail> misspelt = assertThrows(UnprocessableOrder.class, () -> CreateOrderBody.parse("""
                {"symbol": "BTC-IRR", "side": "buy", "type": "limit", "price": "1000", "quantity": "0.5",
                 "timeInForce": "immediate-or-cancel"}""")).details();
        assertEquals(List.of(List.of("body", "timeInForce")), misspelt.stream().map(ErrorDetail::loc).toList());
        assertEquals("value_error.extra", misspelt.get(0).type());

        ErrorDetail twice = assertThrows(UnprocessableOrder.class, () -> CreateOrderBody.parse("""
                {"symbol": "BTC-IRR", "side": "buy", "type": "market", "quantity": "0.5", "symbol": "ETH-IRR"}"""))
                .details().get(0);
        assertEquals("the body gives the field 'symbol' twice; give it once", twice.msg());

        for (String digits : List.of("١٠٠", "１００", "100\\u0000")) {
            ErrorDetail price = assertThrows(UnprocessableOrder.class, () -> CreateOrderBody.parse("""
                    {"symbol": "BTC-IRR", "side": "buy", "type": "limit", "price": "%s", "quantity": "0.5"}"""
                    .formatted(digits))).details().get(0);
            assertEquals("type_error.decimal", price.type(), digits);
        }
        ErrorDetail nul = assertThrows(UnprocessableOrder.class, () -> CreateOrderBody.parse("""
                {"symbol": "BTC-IRR\\u0000", "side": "buy", "type": "market", "quantity": "0.5"}""")).details().get(0);
        assertEquals(List.of("body", "symbol"), nul.loc());
        assertEquals("value_error.str.control", nul.type());
        assertEquals(new BigDecimal("0.5"), CreateOrderBody.parse("""
                {"symbol": "BTC-IRR", "side": "buy", "type": "market", "quantity": " 0.5 "}""").quantity());
    }

    @Test
    void a_missing_quantity_and_a_body_that_is_not_an_object_are_422() {
        assertEquals("value_error.missing", assertThrows(UnprocessableOrder.class, () -> CreateOrderBody.parse("""
                {"symbol": "BTC-IRR", "side": "buy", "type": "market"}""")).details().get(0).type());
        assertEquals("value_error.jsondecode", assertThrows(UnprocessableOrder.class,
                () -> CreateOrderBody.parse("{")).details().get(0).type());
        assertEquals(List.of("body"), assertThrows(UnprocessableOrder.class,
                () -> CreateOrderBody.parse("[]")).details().get(0).loc());
    }

    @Test
    void amounts_and_a_symbol_the_store_cannot_keep_are_422_at_once() {
        long started = System.nanoTime();
        List<ErrorDetail> details = assertThrows(UnprocessableOrder.class, () -> CreateOrderBody.parse("""
                {"symbol": "%s", "side": "buy", "type": "stop-limit", "price": "1e100000000",
                 "quantity": "0.0001000000000000000000001", "stop_price": 99999999999999999999000}"""
                .formatted("X".repeat(10_000)))).details();

        assertEquals(List.of(List.of("body", "symbol"), List.of("body", "price"), List.of("body", "quantity"),
                List.of("body", "stop_price")), details.stream().map(ErrorDetail::loc).toList());
        assertEquals(List.of("value_error.any_str.max_length", "value_error.decimal.max_whole_digits",
                "value_error.decimal.max_places", "value_error.decimal.max_whole_digits"),
                details.stream().map(ErrorDetail::type).toList());
        assertEquals("ensure that there are no more than 20 digits before the decimal point", details.get(1).msg());
        assertEquals("ensure that there are no more than 18 decimal places", details.get(2).msg());
        assertTrue(System.nanoTime() - started < 5_000_000_000L, "1e100000000 was judged without being written out");
    }

    /** A million digits took 12 s of a core to read before the digit count refused them (audit, 2026-12-06). */
    @Test
    void an_amount_longer_than_any_the_store_keeps_is_refused_before_it_is_read() {
        List<ErrorDetail> details = assertThrows(UnprocessableOrder.class, () -> CreateOrderBody.parse("""
                {"symbol": "BTC-IRR", "side": "buy", "type": "limit", "price": "1000000000", "quantity": "%s"}"""
                .formatted("1".repeat(2_000_000)))).details();

        assertEquals(List.of("body", "quantity"), details.get(0).loc());
        assertEquals("value_error.decimal.max_digits", details.get(0).type());
        assertEquals("ensure that there are no more than 64 characters in the number (it has 2000000)", details.get(0).msg());
    }

    @Test
    void the_largest_amounts_the_store_keeps_pass() {
        CreateOrderBody body = CreateOrderBody.parse("""
                {"symbol": "BTC-IRR", "side": "buy", "type": "limit", "price": "99999999999999999999.5",
                 "quantity": "0.000000000000000001000"}""");
        assertEquals(new BigDecimal("0.000000000000000001000"), body.quantity());
    }
}
