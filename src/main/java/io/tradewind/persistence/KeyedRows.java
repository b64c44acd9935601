package io.tradewind.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Rows of one table written by primary key without reading them first: an {@code UPDATE} of every
 * row, then an {@code INSERT} of those the update did not find. Plain SQL that H2 and PostgreSQL
 * both run; statements are sent as JDBC batches.
 */
final class KeyedRows {

    private final String update;
    private final String insert;
    private final int keys;

    /**
     * @param keyColumns   the primary key's columns
     * @param otherColumns the rest; a row's values are the key columns' first, then these, in order
     */
    KeyedRows(String table, List<String> keyColumns, List<String> otherColumns) {
        this.keys = keyColumns.size();
        this.update = "UPDATE " + table + " SET " + String.join(" = ?, ", otherColumns) + " = ? WHERE "
                + String.join(" = ? AND ", keyColumns) + " = ?";
        List<String> all = new ArrayList<>(keyColumns);
        all.addAll(otherColumns);
        this.insert = insertSql(table, all);
    }

    void write(Connection c, List<Object[]> rows) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        int[] updated;
        try (PreparedStatement s = c.prepareStatement(update)) {
            for (Object[] row : rows) {
                for (int i = keys; i < row.length; i++) {
                    s.setObject(i - keys + 1, row[i]);
                }
                for (int i = 0; i < keys; i++) {
                    s.setObject(row.length - keys + i + 1, row[i]);
                }
                s.addBatch();
            }
            updated = s.executeBatch();
        }
        List<Object[]> missing = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            if (updated[i] == 0) {
                missing.add(rows.get(i));
            }
        }
        batch(c, insert, missing);
    }

    static String insertSql(String table, List<String> columns) {
        return "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES ("
                + String.join(", ", columns.stream().map(column -> "?").toList()) + ")";
    }

    /** Runs one statement per row, the row's values as its parameters, in one batch. */
    static void batch(Connection c, String sql, List<Object[]> rows) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (Object[] row : rows) {
                for (int i = 0; i < row.length; i++) {
                    s.setObject(i + 1, row[i]);
                }
                s.addBatch();
            }
            s.executeBatch();
        }
    }
}
