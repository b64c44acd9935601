package io.tradewind.service.ordersapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tradewind.domain.Instrument;
import io.tradewind.domain.InstrumentStatus;
import io.tradewind.domain.OrderType;
import io.tradewind.domain.RejectionReason;
import io.tradewind.execution.RiskRefusal;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import io.tradewind.domain.TradingSession;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RejectionDetailsTest {

    private static final Instrument BTC_IRR = new Instrument("BTC-IRR", "BTC", "IRR", new BigDecimal("1000"),
            new BigDecimal("0.0001"), new BigDecimal("0.0001"), null, new BigDecimal("50"), new BigDecimal("0.001"),
            new BigDecimal("0.001"), InstrumentStatus.ACTIVE, List.of(), new BigDecimal("0.1"), 0);

    @Test
    void below_the_minimum_is_the_seeds_detail_exactly() throws Exception {
        List<ErrorDetail> details = RejectionDetails.of(List.of(RejectionReason.QUANTITY_BELOW_MINIMUM,
                RejectionReason.QUANTITY_NOT_MULTIPLE_OF_STEP_SIZE), OrderType.LIMIT, BTC_IRR, null, List.of());

        ObjectMapper json = new ObjectMapper();
        JsonNode answer = json.readTree(json.writeValueAsString(Map.of("detail", details)));
        assertEquals(SeedExamples.get("below_minimum_422"), answer);
    }

    @Test
    void an_inactive_symbol_is_the_seeds_detail_exactly() throws Exception {
        ObjectMapper json = new ObjectMapper();
        JsonNode answer = json.readTree(json.writeValueAsString(Map.of("detail", RejectionDetails.of(
                List.of(RejectionReason.SYMBOL_NOT_ACTIVE), OrderType.LIMIT, BTC_IRR, null, List.of()))));
        assertEquals(SeedExamples.get("inactive_symbol_422"), answer);
    }

    @Test
    void each_check_names_its_field_and_its_limit() {
        List<ErrorDetail> details = RejectionDetails.of(List.of(RejectionReason.OUTSIDE_TRADING_SESSION,
                RejectionReason.PRICE_NOT_MULTIPLE_OF_TICK_SIZE, RejectionReason.STOP_PRICE_MISSING,
                RejectionReason.OVER_MAXIMUM_ORDER_SIZE, RejectionReason.OUTSIDE_PRICE_BAND), OrderType.STOP_LIMIT, BTC_IRR,
                new BigDecimal("1000000000"), List.of());

        assertEquals(List.of("symbol", "price", "stop_price", "quantity", "price"),
                details.stream().map(d -> d.loc().get(1)).toList());
        assertEquals("1000", details.get(1).ctx().get("multiple_of").toString());
        assertEquals("value_error.missing", details.get(2).type());
        assertEquals("50", details.get(3).ctx().get("limit_value").toString());
        assertEquals("900000000", details.get(4).ctx().get("limit_min").toString());
        assertEquals("1100000000", details.get(4).ctx().get("limit_max").toString());

        ErrorDetail offGrid = RejectionDetails.of(List.of(RejectionReason.OUTSIDE_PRICE_BAND), OrderType.LIMIT, BTC_IRR,
                new BigDecimal("1000000333"), List.of()).get(0);
        assertEquals("900001000", offGrid.ctx().get("limit_min").toString(), "900000299.7 up to the tick: a price one can place");
        assertEquals("1100000000", offGrid.ctx().get("limit_max").toString(), "1100000366.3 down to the tick");
    }

    /** "outside the trading session" did not say when the symbol trades. */
    @Test
    void outside_the_session_says_when_the_symbol_trades() {
        Instrument sessions = new Instrument("BTC-IRR", "BTC", "IRR", new BigDecimal("1000"), new BigDecimal("0.0001"),
                new BigDecimal("0.0001"), null, null, new BigDecimal("0.001"), new BigDecimal("0.001"), InstrumentStatus.ACTIVE,
                List.of(new TradingSession(Set.of(DayOfWeek.SUNDAY, DayOfWeek.SATURDAY), LocalTime.of(9, 0), LocalTime.of(12, 30),
                        ZoneId.of("Asia/Tehran"))), null, 0);

        assertEquals("outside the trading session; the symbol trades SATURDAY,SUNDAY 09:00 12:30 Asia/Tehran",
                RejectionDetails.of(List.of(RejectionReason.OUTSIDE_TRADING_SESSION), OrderType.LIMIT, sessions, null, List.of())
                        .get(0).msg());
    }

    /** "symbol is not listed" alone sent the user looking: the local check's words name the symbols there are. */
    @Test
    void an_unlisted_symbol_says_which_are_listed() {
        List<ErrorDetail> details = RejectionDetails.of(List.of(RejectionReason.UNKNOWN_SYMBOL), OrderType.LIMIT, null, null,
                List.of(new RiskRefusal(RejectionReason.UNKNOWN_SYMBOL, "instrument", "venue paper",
                        "symbol NOPE-USD is not configured; known: BTC-USD")));

        assertEquals("symbol is not listed: symbol NOPE-USD is not configured; known: BTC-USD", details.get(0).msg());
    }

    @Test
    void limits_are_json_numbers_in_plain_digits_never_with_an_exponent() throws Exception {
        Instrument fine = new Instrument("ETH-IRR", "ETH", "IRR", new BigDecimal("1E+3"), new BigDecimal("1E-8"),
                new BigDecimal("1E-8"), null, null, new BigDecimal("0.001"), new BigDecimal("0.001"), InstrumentStatus.ACTIVE,
                List.of(), null, 0);
        List<ErrorDetail> details = RejectionDetails.of(List.of(RejectionReason.QUANTITY_NOT_MULTIPLE_OF_STEP_SIZE,
                RejectionReason.PRICE_NOT_MULTIPLE_OF_TICK_SIZE), OrderType.LIMIT, fine, null, List.of());

        String written = new ObjectMapper().writeValueAsString(Map.of("detail", details));

        assertTrue(written.contains("{\"multiple_of\":0.00000001}"), written);
        assertTrue(written.contains("{\"multiple_of\":1000}"), written);
        assertEquals(new BigDecimal("0.00000001"), new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).readTree(written).at("/detail/0/ctx/multiple_of").decimalValue());
    }

    @Test
    void an_amount_the_venue_cannot_hold_says_what_to_lower() {
        ErrorDetail detail = RejectionDetails.of(List.of(RejectionReason.AMOUNT_OVERFLOW), OrderType.LIMIT, BTC_IRR, null,
                List.of()).get(0);

        assertEquals(List.of("body"), detail.loc());
        assertEquals("value_error.amount_overflow", detail.type());
        assertTrue(detail.msg().endsWith("lower the price or the quantity"), detail.msg());
    }

    @Test
    void insufficient_balance_says_by_how_much_and_a_market_order_without_a_price_names_its_type() {
        RiskRefusal shortBy = new RiskRefusal(RejectionReason.INSUFFICIENT_BALANCE, "balance", "account alice",
                "needs 100 IRR, available 60 (balance 60 minus held 0): short by 40");
        List<ErrorDetail> details = RejectionDetails.of(List.of(RejectionReason.INSUFFICIENT_BALANCE,
                RejectionReason.PRICE_MISSING), OrderType.MARKET, BTC_IRR, null, List.of(shortBy));

        assertEquals("insufficient balance: needs 100 IRR, available 60 (balance 60 minus held 0): short by 40",
                details.get(0).msg());
        assertEquals(List.of("body", "quantity"), details.get(0).loc());
        assertEquals(List.of("body", "type"), details.get(1).loc());
    }

    @Test
    void a_refusal_of_the_whole_order_points_at_the_body_in_the_checks_words() {
        RiskRefusal killSwitch = new RiskRefusal(RejectionReason.KILL_SWITCH, "kill_switch", "venue paper",
                "entries are stopped: only orders that reduce a position are accepted");
        List<ErrorDetail> details = RejectionDetails.of(List.of(RejectionReason.KILL_SWITCH), OrderType.LIMIT, BTC_IRR, null,
                List.of(killSwitch));

        assertEquals(List.of("body"), details.get(0).loc());
        assertEquals(killSwitch.message(), details.get(0).msg());
        assertEquals("value_error.kill_switch", details.get(0).type());
    }
}
