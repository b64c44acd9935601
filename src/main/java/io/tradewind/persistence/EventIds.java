package io.tradewind.persistence;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Ids of the {@code exec_order_event} journal, taken from {@code exec_order_event_seq} (which
 * steps by {@value #BLOCK}) a block at a time: a sequence value {@code s} gives the ids
 * {@code s … s + 49}, as Hibernate's pooled-lo optimizer did when it wrote the journal, so the
 * ids of a store written before keep below the new ones and the journal stays in commit order.
 * A block left unused (a failed commit, a restart) is a gap, never a reuse.
 */
final class EventIds {

    static final int BLOCK = 50;

    private long next;
    private long end;
    private String nextValueSql;

    synchronized long next(Connection c) throws SQLException {
        if (next == end) {
            next = nextValue(c);
            end = next + BLOCK;
        }
        return next++;
    }

    private long nextValue(Connection c) throws SQLException {
        if (nextValueSql == null) {
            nextValueSql = "PostgreSQL".equals(c.getMetaData().getDatabaseProductName())
                    ? "SELECT nextval('exec_order_event_seq')" : "SELECT NEXT VALUE FOR exec_order_event_seq";
        }
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(nextValueSql)) {
            r.next();
            return r.getLong(1);
        }
    }
}
