package io.tradewind.execution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class StoreBatchTest {

    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

    private static HoldRecord hold(String clientOrderId, String amount) {
        return new HoldRecord(clientOrderId, "sim", "main", "IRR", new BigDecimal(amount), T0);
    }

    @Test
    void a_batch_hands_out_its_changes_read_only() {
        StoreBatch batch = new StoreBatch().hold(hold("c1", "10")).event(
                new OrderEvent("c1", OrderEventType.SUBMITTED, null, null, null, T0));

        assertThrows(UnsupportedOperationException.class, () -> batch.holds().add(hold("c2", "5")));
        assertThrows(UnsupportedOperationException.class, () -> batch.events().remove(0));
        assertThrows(UnsupportedOperationException.class, () -> batch.orders().clear());
        assertTrue(batch.fills().isEmpty());
    }

    @Test
    void a_hold_changed_twice_is_written_once_in_its_last_state_and_a_release_then_a_hold_keeps_the_hold() {
        StoreBatch batch = new StoreBatch().hold(hold("c1", "10")).hold(hold("c2", "7")).hold(hold("c1", "4"));
        assertEquals(List.of(hold("c1", "4"), hold("c2", "7")), batch.holds());

        batch.releaseHold("c1");
        assertEquals(List.of(hold("c2", "7")), batch.holds());
        assertEquals(List.of("c1"), batch.releasedHolds());

        batch.hold(hold("c1", "3"));
        assertEquals(List.of(hold("c2", "7"), hold("c1", "3")), batch.holds());
        assertEquals(List.of(), batch.releasedHolds());
    }

    @Test
    void many_changes_of_one_kind_are_all_kept_in_order() {
        StoreBatch batch = new StoreBatch();
        for (int i = 0; i < 100; i++) {
            batch.hold(hold("c" + i, Integer.toString(i + 1)));
        }
        for (int i = 0; i < 100; i += 2) {
            batch.releaseHold("c" + i);
        }
        assertEquals(50, batch.holds().size());
        for (int i = 0; i < 50; i++) {
            assertEquals("c" + (2 * i + 1), batch.holds().get(i).clientOrderId());
        }
        assertThrows(IndexOutOfBoundsException.class, () -> batch.holds().get(50));
    }

    /** Holds set and released at random on a few orders (one change, then several, then none again) match a plain model. */
    @Test
    void holds_and_releases_in_any_order_match_a_list_model() {
        for (long seed = 1; seed <= 20; seed++) {
            Random random = new Random(seed);
            StoreBatch batch = new StoreBatch();
            List<HoldRecord> holds = new ArrayList<>();
            List<String> released = new ArrayList<>();
            for (int step = 0; step < 60; step++) {
                String id = "c" + random.nextInt(4);
                if (random.nextInt(3) > 0) {
                    HoldRecord hold = hold(id, Integer.toString(1 + random.nextInt(9)));
                    batch.hold(hold);
                    released.remove(id);
                    int at = indexOf(holds, id);
                    if (at < 0) {
                        holds.add(hold);
                    } else {
                        holds.set(at, hold);
                    }
                } else {
                    batch.releaseHold(id);
                    int at = indexOf(holds, id);
                    if (at >= 0) {
                        holds.remove(at);
                    }
                    if (!released.contains(id)) {
                        released.add(id);
                    }
                }
                assertEquals(holds, batch.holds(), "seed " + seed + " step " + step);
                assertEquals(released, batch.releasedHolds(), "seed " + seed + " step " + step);
            }
        }
    }

    private static int indexOf(List<HoldRecord> holds, String clientOrderId) {
        for (int i = 0; i < holds.size(); i++) {
            if (holds.get(i).clientOrderId().equals(clientOrderId)) {
                return i;
            }
        }
        return -1;
    }
}
