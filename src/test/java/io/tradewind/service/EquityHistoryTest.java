package io.tradewind.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Random;
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

    /** What a chart drawn before lacks: the minute of since on, a total carrying forward what an instance had before it. */
    @Test
    void since_answers_the_points_from_its_minute_on_and_totals_carry_earlier_figures() {
        history.record("a", "USD", T, new BigDecimal("1.5"));
        history.record("b", "USD", T.plusSeconds(60), new BigDecimal("-0.25"));
        history.record("a", "USD", T.plusSeconds(120), new BigDecimal("2"));

        Instant since = T.plusSeconds(90);
        assertEquals(List.of(new EquityHistory.Point(T.plusSeconds(60), new BigDecimal("-0.25"))),
                history.curves(since).get("b").points());
        assertEquals(List.of(new EquityHistory.Point(T.plusSeconds(120), new BigDecimal("2"))), history.curves(since).get("a").points());
        assertEquals(List.of(new EquityHistory.Point(T.plusSeconds(60), new BigDecimal("1.25")),
                new EquityHistory.Point(T.plusSeconds(120), new BigDecimal("1.75"))), history.totals(since).get("USD"));
        assertEquals(history.totals(), history.totals(null));
        assertTrue(history.curves(T.plusSeconds(180)).get("a").points().isEmpty());
    }

    /** The totals walk each curve once: the same sums as looking up each instance's last figure at every minute. */
    @Test
    void totals_equal_each_instances_last_figure_at_every_minute_summed_seeded() {
        Random random = new Random(20261208);
        List<String> ids = List.of("a", "b", "c");
        for (int minute = 0; minute < 500; minute++) {
            for (String id : ids) {
                if (random.nextInt(3) == 0) {
                    history.record(id, "USD", T.plusSeconds(60L * minute), BigDecimal.valueOf(random.nextInt(20_000) - 10_000, 2));
                }
            }
        }
        Map<String, EquityHistory.Curve> curves = history.curves();
        for (EquityHistory.Point total : history.totals().get("USD")) {
            BigDecimal expected = BigDecimal.ZERO;
            for (EquityHistory.Curve curve : curves.values()) {
                expected = expected.add(curve.points().stream().filter(p -> !p.time().isAfter(total.time()))
                        .reduce((first, second) -> second).map(EquityHistory.Point::equity).orElse(BigDecimal.ZERO));
            }
            assertEquals(expected, total.equity(), total.time().toString());
        }
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
