package io.tradewind.live;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.tradewind.domain.OrderRequest;
import io.tradewind.domain.OrderStatus;
import io.tradewind.domain.RejectionReason;
import io.tradewind.domain.Side;
import io.tradewind.domain.TimeInForce;
import io.tradewind.exchange.CapturedLogs;
import io.tradewind.execution.OrderRecord;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Every order at a venue is logged once per state change, whoever placed it. */
class OrderLogTest {

    private static final Instant NOW = Instant.parse("2026-01-05T10:00:00Z");

    private final OrderLog log = new OrderLog(Set.of("demo")::contains);

    /** An Orders API user's orders, and their cancels by the operator, were in no log line. */
    @Test
    void anOrdersApiUsersOrderIsLoggedLikeAnInstancesOnceAStateChange() throws Exception {
        OrderRecord desk = OrderRecord.fresh(limit("d1"), "paper", "orders-api:desk", null, null, NOW)
                .withStatus(OrderStatus.ACTIVE, List.of(), NOW);
        List<String> logged = CapturedLogs.during(() -> {
            log.orderChanged(desk);
            log.orderChanged(desk);
            log.orderChanged(desk.withStatus(OrderStatus.CANCELLED, List.of(), NOW));
            log.orderChanged(desk.withStatus(OrderStatus.CANCELLED, List.of(), NOW)); // a venue's repeated report of an ended order
            log.orderChanged(OrderRecord.fresh(limit("m1"), "paper", "demo", null, null, NOW));
        });

        assertEquals(List.of("orders-api:desk: order d1 active (buy limit 1 BTC-USD @ 100, filled 0)",
                "orders-api:desk: order d1 cancelled (buy limit 1 BTC-USD @ 100, filled 0)",
                "instance demo: order m1 new (buy limit 1 BTC-USD @ 100, filled 0)"), logged);
    }

    /**
     * A strategy refused on every tick wrote a line a tick. A venue's rejection (no venue order id, as
     * every connector's) must still be logged: only a run of the same reasons is one line a minute.
     */
    @Test
    void aRunOfRejectionsForTheSameReasonsIsOneLineAndOtherReasonsTheirOwn() throws Exception {
        List<String> logged = CapturedLogs.during(() -> {
            for (int i = 0; i < 3; i++) {
                log.orderChanged(OrderRecord.fresh(limit("r" + i), "paper", "demo", null, null, NOW)
                        .withStatus(OrderStatus.REJECTED, List.of(RejectionReason.OVER_MAXIMUM_ORDER_SIZE), NOW));
            }
            log.orderChanged(OrderRecord.fresh(limit("v1"), "nobitex", "demo", null, null, NOW)
                    .withStatus(OrderStatus.REJECTED, List.of(RejectionReason.INSUFFICIENT_BALANCE), NOW));
        });

        assertEquals(List.of("instance demo: order r0 rejected (buy limit 1 BTC-USD @ 100, filled 0): [OVER_MAXIMUM_ORDER_SIZE]",
                "instance demo: order v1 rejected (buy limit 1 BTC-USD @ 100, filled 0): [INSUFFICIENT_BALANCE] (after 2 more"
                        + " rejections like the previous line, not logged)"), logged);
    }

    private static OrderRequest limit(String uid) {
        return OrderRequest.limit(uid, "main", "BTC-USD", Side.BUY, "100", "1", TimeInForce.GOOD_TILL_CANCELED);
    }
}
