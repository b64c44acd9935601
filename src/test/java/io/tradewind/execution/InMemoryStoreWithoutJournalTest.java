package io.tradewind.execution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tradewind.domain.OrderStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A backtest's store: everything a backtest reads is kept; reading the journal it did not keep is refused plainly. */
class InMemoryStoreWithoutJournalTest {

    private static final Instant T0 = Instant.parse("2024-01-01T00:00:00Z");

    @Test
    void keepsWhatABacktestReadsButNotTheJournal() {
        InMemoryExecutionStore store = InMemoryExecutionStore.withoutJournal();
        HoldRecord hold = new HoldRecord("bt1", "sim", "backtest", "USD", new BigDecimal("100"), T0);
        store.commit(new StoreBatch().hold(hold)
                .event(new OrderEvent("bt1", OrderEventType.SUBMITTED, null, OrderStatus.NEW, null, T0)));

        assertEquals(List.of(hold), store.holds("sim"));
        UnsupportedOperationException refused = assertThrows(UnsupportedOperationException.class, () -> store.events("bt1"));
        assertTrue(refused.getMessage().contains("keeps no journal") && refused.getMessage().contains("bt1"),
                refused.getMessage());
    }

    @Test
    void theDefaultStoreKeepsTheJournal() {
        InMemoryExecutionStore store = new InMemoryExecutionStore();
        OrderEvent submitted = new OrderEvent("bt1", OrderEventType.SUBMITTED, null, OrderStatus.NEW, null, T0);
        store.commit(new StoreBatch().event(submitted));

        assertEquals(List.of(submitted), store.events("bt1"));
    }
}
