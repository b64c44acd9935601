package io.tradewind.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tradewind.domain.Instrument;
import io.tradewind.domain.OrderType;
import io.tradewind.domain.RejectionReason;
import io.tradewind.domain.Side;
import io.tradewind.exchange.CapturedLogs;
import io.tradewind.execution.OrderIntent;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A refusal the strategy repeats every tick is counted every time but logged once a minute. */
class OrderRejectionsTest {

    /** A reduce-only instance retrying its entry each tick wrote a line a tick: 86,400 a day at one-second ticks. */
    @Test
    void theSameRefusalAgainIsCountedNotLoggedAgainAtOnce() throws Exception {
        OrderRejections rejections = new OrderRejections("mm", Instrument.of("BTC-USD", "BTC", "USD", "0.01", "0.0001", "0.0001", "0", "0"));
        List<String> logged = CapturedLogs.during(() -> {
            for (int tick = 0; tick < 100; tick++) {
                rejections.refusedByGuard(OrderIntent.limit("main", "BTC-USD", Side.BUY, "100", "0." + (tick + 1)),
                        "reduce-only: only orders that reduce the position are accepted");
            }
            rejections.refusedByGuard(OrderIntent.market("main", "BTC-USD", Side.SELL, "1"), "kill switch");
        }).stream().filter(line -> line.startsWith("strategy mm:")).toList();

        assertEquals(101, rejections.refused(), "each counted");
        assertEquals(2, logged.size(), logged.toString());
        assertEquals("strategy mm: refused buy limit of 0.1 BTC-USD: reduce-only: only orders that reduce the position are"
                + " accepted", logged.get(0));
        assertTrue(logged.get(1).startsWith("strategy mm: refused sell market of 1 BTC-USD: kill switch (after 99 more"
                + " refusals like the previous line, not logged)"), logged.get(1));
    }

    /** A backtest whose strategy sent an order off the grid on every candle printed 650 warnings. */
    @Test
    void theSameRejectionAgainIsCountedUnderItsReasonNotLoggedAgainAtOnce() throws Exception {
        OrderRejections rejections = new OrderRejections("mm", Instrument.of("BTC-USD", "BTC", "USD", "0.01", "0.0001", "0.0001", "0", "0"));
        List<String> logged = CapturedLogs.during(() -> {
            for (int candle = 0; candle < 50; candle++) {
                rejections.invalid(Side.BUY, OrderType.LIMIT, BigDecimal.ONE, null, BigDecimal.ZERO,
                        List.of(RejectionReason.QUANTITY_NOT_POSITIVE));
            }
            rejections.invalid(null, OrderType.MARKET, null, null, BigDecimal.ONE, List.of(RejectionReason.SIDE_MISSING));
        }).stream().filter(line -> line.startsWith("strategy mm:")).toList();

        assertEquals(Map.of("quantity_not_positive", 50L, "side_missing", 1L), rejections.rejectedByReason(), "each counted");
        assertEquals(List.of("strategy mm: order (not sent) rejected (buy limit, price 1, quantity 0): quantity_not_positive",
                "strategy mm: order (not sent) rejected (no side market, quantity 1): side_missing (after 49 more"
                        + " rejections like the previous line, not logged)"), logged);
    }
}
