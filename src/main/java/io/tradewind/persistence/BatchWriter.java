package io.tradewind.persistence;

import io.tradewind.execution.OrderEvent;
import io.tradewind.execution.StoreBatch;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Writes a {@link StoreBatch} to the execution tables over plain JDBC, on a connection whose
 * transaction the caller commits. Rows that may exist are updated by key and inserted if the
 * update found none ({@link KeyedRows}), so nothing is read before it is written; fills and
 * journal entries are only ever inserted (a fill already stored fails the batch on its primary key).
 */
final class BatchWriter {

    private final EventIds eventIds = new EventIds();

    void write(Connection c, StoreBatch batch) throws SQLException {
        ExecutionRows.ORDERS.write(c, values(batch.orders(), ExecutionRows::values));
        KeyedRows.batch(c, ExecutionRows.INSERT_FILL, values(batch.fills(), ExecutionRows::values));
        ExecutionRows.HOLDS.write(c, values(batch.holds(), ExecutionRows::values));
        KeyedRows.batch(c, ExecutionRows.DELETE_HOLD, values(batch.releasedHolds(), id -> new Object[] {id}));
        ExecutionRows.BALANCES.write(c, values(batch.balances(), ExecutionRows::values));
        ExecutionRows.POSITIONS.write(c, values(batch.positions(), ExecutionRows::values));
        List<Object[]> events = new ArrayList<>(batch.events().size());
        for (OrderEvent event : batch.events()) {
            events.add(ExecutionRows.values(eventIds.next(c), event));
        }
        KeyedRows.batch(c, ExecutionRows.INSERT_EVENT, events);
        ExecutionRows.CURSORS.write(c, values(batch.cursors(), ExecutionRows::values));
    }

    private static <T> List<Object[]> values(List<T> records, Function<T, Object[]> values) {
        List<Object[]> rows = new ArrayList<>(records.size());
        for (T record : records) {
            rows.add(values.apply(record));
        }
        return rows;
    }
}
