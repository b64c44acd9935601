package io.tradewind.service.ordersapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tradewind.domain.OrderRequest;
import io.tradewind.domain.OrderStatus;
import io.tradewind.domain.Side;
import io.tradewind.domain.TimeInForce;
import io.tradewind.execution.OrderRecord;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ListQueryTest {

    @Test
    void offset_and_limit_default_to_0_and_10() {
        ListQuery query = ListQuery.parse(null, null, null, null, null, null, null, null);

        assertEquals(0, query.offset());
        assertEquals(10, query.limit());
    }

    @Test
    void a_limit_over_100_and_an_unknown_status_are_one_detail_each() {
        List<ErrorDetail> details = assertThrows(UnprocessableOrder.class,
                () -> ListQuery.parse("-1", "101", null, null, null, "open", "yesterday", null)).details();

        assertEquals(List.of(List.of("query", "offset"), List.of("query", "limit"), List.of("query", "status"),
                List.of("query", "created_at_from")), details.stream().map(ErrorDetail::loc).toList());
        assertEquals(100, details.get(1).ctx().get("limit_value"));
        assertEquals("value_error.number.not_le", details.get(1).type());
    }

    @Test
    void the_filters_match_owner_side_and_creation_time() {
        OrderRecord order = OrderRecord.fresh(OrderRequest.limit("u1", "alice", "BTC-IRR", Side.BUY, "1000", "1",
                TimeInForce.GOOD_TILL_CANCELED), "paper", "orders-api:alice", null, "alice", Instant.parse("2025-12-30T10:00:00Z"));
        ListQuery query = ListQuery.parse("0", "10", "alice", "BTC-IRR", "buy", "new", "2025-12-30T10:00:00Z",
                "2025-12-30T11:00:00Z");

        assertEquals(OrderStatus.NEW, query.status());
        assertTrue(query.matches(order, "alice"));
        assertFalse(query.matches(order, "bob"));
        assertFalse(ListQuery.parse(null, null, null, null, "sell", null, null, null).matches(order, "alice"));
        assertFalse(ListQuery.parse(null, null, null, null, null, null, "2025-12-30T10:00:01Z", null).matches(order, "alice"));
        assertFalse(ListQuery.parse(null, null, null, null, null, null, null, "2025-12-30T09:59:59Z").matches(order, "alice"));
    }

    /** created_at_from=2030-01-01&created_at_to=2020-01-01 answered an empty page, where the charts' from after to is an error. */
    @Test
    void a_range_that_ends_before_it_starts_is_refused() {
        List<ErrorDetail> details = assertThrows(UnprocessableOrder.class,
                () -> ListQuery.parse(null, null, null, null, null, null, "2030-01-01", "2020-01-01")).details();

        assertEquals(1, details.size());
        assertEquals(List.of("query", "created_at_to"), details.get(0).loc());
        assertEquals("created_at_to 2020-01-01T23:59:59.999999Z is before created_at_from 2030-01-01T00:00:00Z: swap them",
                details.get(0).msg());
        // the same day at both ends is that day
        ListQuery.parse(null, null, null, null, null, null, "2030-01-01", "2030-01-01");
    }

    /** ?status= listed every order and ?limit=%20 the default ten, where GET /api/orders?status= is a 400 (an audit). */
    @Test
    void a_blank_parameter_is_refused_not_read_as_absent() {
        List<ErrorDetail> details = assertThrows(UnprocessableOrder.class,
                () -> ListQuery.parse("", " ", "", " ", "", "", " ", "")).details();

        assertEquals(List.of("offset", "limit", "user_id", "symbol", "side", "status", "created_at_from", "created_at_to"),
                details.stream().map(detail -> detail.loc().get(1)).toList());
        assertEquals("ensure this value is not blank: give a value, or leave status out", details.get(5).msg());
    }

    /** A date alone is ISO 8601 too (it was refused): its whole UTC day; an offset such as Tehran's is read. */
    @Test
    void a_date_is_its_whole_day_and_an_offset_or_none_is_read() {
        ListQuery day = ListQuery.parse(null, null, null, null, null, null, "2025-12-30", "2025-12-30");
        assertEquals(Instant.parse("2025-12-30T00:00:00Z"), day.createdFrom());
        assertEquals(Instant.parse("2025-12-30T23:59:59.999999Z"), day.createdTo());

        ListQuery tehran = ListQuery.parse(null, null, null, null, null, null, "2025-12-30T13:30:00+03:30",
                "2025-12-30T10:00:00");
        assertEquals(Instant.parse("2025-12-30T10:00:00Z"), tehran.createdFrom());
        assertEquals(Instant.parse("2025-12-30T10:00:00Z"), tehran.createdTo(), "no offset: UTC");
        assertEquals(Instant.parse("2025-12-30T10:00:00Z"), ListQuery.parse(null, null, null, null, null, null,
                "2025-12-30T13:30:00 03:30", null).createdFrom(), "a '+' sent unencoded in the query arrives as a space");
        assertThrows(UnprocessableOrder.class, () -> ListQuery.parse(null, null, null, null, null, null, "2025-13-30", null));
    }
}
