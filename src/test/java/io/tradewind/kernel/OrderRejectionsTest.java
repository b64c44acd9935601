package io.tradewind.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tradewind.domain.Side;
import io.tradewind.exchange.CapturedLogs;
import io.tradewind.execution.OrderIntent;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A refusal the strategy repeats every tick is counted every time but logged once a minute. */
class OrderRejectionsTest {

    /** A reduce-only instance retrying its entry each tick wrote a line a tick: 86,400 a day at one-second ticks. */
    @Test
    void theSameRefusalAgainIsCountedNotLoggedAgainAtOnce() throws Exception {
        OrderRejections rejections = new OrderRejections("mm");
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
        assertTrue(logged.get(1).startsWith("strategy mm: refused sell market of 1 BTC-USD: kill switch (and 99 refusals"
                + " not logged"), logged.get(1));
    }
}
