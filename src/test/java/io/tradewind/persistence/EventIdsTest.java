package io.tradewind.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/** Journal ids on a store whose journal Hibernate's pooled-lo optimizer wrote before. */
class EventIdsTest {

    @Test
    void idsContinueAboveTheBlockHibernateTookAndStepToTheNextBlockAfterFifty() throws SQLException {
        try (Connection c = JdbcPaperVenueStoreTest.migrated("jdbc:h2:mem:event-ids;DB_CLOSE_DELAY=-1").getConnection()) {
            // Hibernate took the sequence value 1 and used the ids 1 … 50 of its block
            assertEquals(1, nextValue(c));
            EventIds ids = new EventIds();

            long first = ids.next(c);
            long last = first;
            for (int i = 1; i < EventIds.BLOCK; i++) {
                last = ids.next(c);
            }

            assertEquals(51, first);
            assertEquals(100, last);
            assertEquals(101, ids.next(c));
        }
    }

    private static long nextValue(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT NEXT VALUE FOR exec_order_event_seq")) {
            r.next();
            return r.getLong(1);
        }
    }
}
