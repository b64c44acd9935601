package io.tradewind.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class EquityHistoryTest {

    private static final Instant T = Instant.parse("2030-01-01T00:00:00Z");
    private final EquityHistory history = new EquityHistory();

    @Test
    void one_point_a_minute_the_latest_sample_of_the_minute_kept() {
        assertTrue(history.due("a", T));
        history.record("a", "USD", T.plusSeconds(5), new BigDecimal("1"));
        assertFalse(history.due("a", T.plusSeconds(50)));
        history.record("a", "USD", T.plusSeconds(50), new BigDecimal("2"));
        assertTrue(history.due("a", T.plusSeconds(61)));
        history.record("a", "USD", T.plusSeconds(61), new BigDecimal("3"));

        assertEquals(List.of(new EquityHistory.Point(T, new BigDecimal("2")), new EquityHistory.Point(T.plusSeconds(60),
                new BigDecimal("3"))), history.curves().get("a").points());
        assertEquals("USD", history.curves().get("a").quote());
    }

    @Test
    void totals_add_the_instances_of_a_quote_each_carried_forward_and_keep_quotes_apart() {
        history.record("a", "USD", T, new BigDecimal("1.5"));
        history.record("b", "USD", T.plusSeconds(60), new BigDecimal("-0.25"));
        history.record("a", "USD", T.plusSeconds(120), new BigDecimal("2"));
        history.record("r", "IRR", T, new BigDecimal("100000000000"));

        assertEquals(List.of(new EquityHistory.Point(T, new BigDecimal("1.5")),
                new EquityHistory.Point(T.plusSeconds(60), new BigDecimal("1.25")),
                new EquityHistory.Point(T.plusSeconds(120), new BigDecimal("1.75"))), history.totals().get("USD"));
        assertEquals(List.of(new EquityHistory.Point(T, new BigDecimal("100000000000"))), history.totals().get("IRR"));
    }

    @Test
    void two_days_of_minutes_are_kept() {
        for (int minute = 0; minute < EquityHistory.KEPT + 10; minute++) {
            history.record("a", "USD", T.plusSeconds(60L * minute), BigDecimal.valueOf(minute));
        }
        List<EquityHistory.Point> kept = history.curves().get("a").points();
        assertEquals(EquityHistory.KEPT, kept.size());
        assertEquals(T.plusSeconds(60L * 10), kept.get(0).time());
    }
}
