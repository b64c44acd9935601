package io.tradewind.execution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.tradewind.domain.OrderStatus;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class OrderEventTest {

    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

    @Test
    void a_deferred_detail_is_written_when_read_and_equals_the_same_text_given_at_once() {
        AtomicInteger written = new AtomicInteger();
        OrderEvent deferred = OrderEvent.deferred("c1", OrderEventType.FILL, OrderStatus.ACTIVE, OrderStatus.FILLED,
                () -> {
                    written.incrementAndGet();
                    return "trade t1: 0.5 @ 1000";
                }, T0);
        assertEquals(0, written.get());

        OrderEvent plain = new OrderEvent("c1", OrderEventType.FILL, OrderStatus.ACTIVE, OrderStatus.FILLED,
                "trade t1: 0.5 @ 1000", T0);
        assertEquals("trade t1: 0.5 @ 1000", deferred.detail());
        assertEquals(plain, deferred);
        assertEquals(deferred, plain);
        assertEquals(plain.hashCode(), deferred.hashCode());
        assertEquals(plain.toString(), deferred.toString());
        assertNotEquals(new OrderEvent("c1", OrderEventType.FILL, OrderStatus.ACTIVE, OrderStatus.FILLED, "other", T0),
                deferred);
    }
}
