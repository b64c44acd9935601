package io.tradewind.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.tradewind.domain.OrderRequest;
import io.tradewind.domain.OrderType;
import io.tradewind.domain.Side;
import io.tradewind.execution.FillRecord;
import io.tradewind.execution.OrderRecord;
import io.tradewind.service.EventJournal;
import io.tradewind.service.ServiceEvent;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Fill events carry the position before and after them for a strategy instance's fills only; order events their reason. */
class OrderEventsTest {

    private final EventJournal journal = EventJournal.startingNow(10, Clock.systemUTC());
    private final Map<String, OrderRecord> ordersById = new HashMap<>();
    private final OrderEvents events = new OrderEvents(journal, "bot"::equals, (instance, time) -> null,
            id -> Optional.ofNullable(ordersById.get(id)));

    /**
     * An Orders API user sells out of a wallet funded with BTC: no "position 0 -> -0.2", which the
     * notifications announced as a new short entry.
     */
    @Test
    void aWalletsFillHasNoPositionAnInstancesHas() {
        events.filled(fill("orders-api:bob", Side.SELL, "0.2"));
        events.filled(fill("bot", Side.BUY, "0.5"));

        List<ServiceEvent> fills = journal.subscribe(0, event -> { }).events();
        Map<String, String> wallet = fills.get(0).data();
        assertFalse(wallet.containsKey("position_before") || wallet.containsKey("position_after"), wallet.toString());
        assertEquals("0", fills.get(1).data().get("position_before"));
        assertEquals("0.5", fills.get(1).data().get("position_after"));
    }

    /** The live stream (and the dashboard's events) said what an order did but not why its strategy placed it. */
    @Test
    void anOrderEventSaysWhyItsStrategyPlacedIt() {
        events.orderChanged(order("o1", "stop-loss"));
        events.orderChanged(order("o2", null));

        List<ServiceEvent> orders = journal.subscribe(0, event -> { }).events();
        assertEquals("stop-loss", orders.get(0).data().get("reason"));
        assertFalse(orders.get(1).data().containsKey("reason"), orders.get(1).data().toString());
    }

    /** A stop-loss's exit was told as "sell 1 BTC-IRR @ …" alone: the operator could not tell it from a signal's. */
    @Test
    void anInstancesFillSaysWhyItsOrderWasPlacedAWalletsHasNoReasonToGive() {
        ordersById.put("c-bot", order("c-bot", "stop-loss"));
        events.filled(fill("bot", Side.SELL, "0.5"));
        events.filled(fill("orders-api:bob", Side.SELL, "0.2"));

        List<ServiceEvent> fills = journal.subscribe(0, event -> { }).events();
        assertEquals("stop-loss", fills.get(0).data().get("reason"));
        assertFalse(fills.get(1).data().containsKey("reason"), fills.get(1).data().toString());
    }

    private static OrderRecord order(String clientOrderId, String reason) {
        return OrderRecord.fresh(new OrderRequest(clientOrderId, "main", "BTC-IRR", Side.SELL, OrderType.STOP_MARKET, null,
                BigDecimal.ONE, null, new BigDecimal("900000000"), null, null), "paper", "bot", reason, null,
                Instant.parse("2026-01-01T00:00:00Z"));
    }

    private static FillRecord fill(String owner, Side side, String quantity) {
        return new FillRecord("paper", "t-" + owner, "c-" + owner, owner, "main", "BTC-IRR", side,
                new BigDecimal("1000000000"), new BigDecimal(quantity), BigDecimal.ZERO, "IRR",
                Instant.parse("2026-01-01T00:00:00Z"));
    }
}
