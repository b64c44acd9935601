package io.tradewind.persistence;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;

/** H2's plans of the statements a store call ran: which index answers it, and whether its rows come sorted. */
final class StorePlans {

    private StorePlans() {
    }

    /** The plan of each statement {@code action} ran that reads {@code table} (its name in lower case). */
    static List<String> of(DataSource dataSource, String table, Runnable action) throws SQLException {
        List<String> plans = new ArrayList<>();
        for (String sql : statementsRunBy(dataSource, action)) {
            if (sql.toLowerCase(Locale.ROOT).contains(table)) {
                plans.add(plan(dataSource, sql));
            }
        }
        return plans;
    }

    /** The SQL statements {@code action} ran, as H2's query statistics keep them (parameters as {@code ?}). */
    private static List<String> statementsRunBy(DataSource dataSource, Runnable action) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("SET QUERY_STATISTICS FALSE"); // forgets the statistics so far
            s.execute("SET QUERY_STATISTICS TRUE");
            try {
                action.run();
                List<String> statements = new ArrayList<>();
                try (ResultSet rows = s.executeQuery("SELECT SQL_STATEMENT FROM INFORMATION_SCHEMA.QUERY_STATISTICS")) {
                    while (rows.next()) {
                        statements.add(rows.getString(1));
                    }
                }
                return statements;
            } finally {
                s.execute("SET QUERY_STATISTICS FALSE");
            }
        }
    }

    /** H2's plan of a statement (a plan needs no values for its parameters). */
    private static String plan(DataSource dataSource, String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                ResultSet plan = s.executeQuery("EXPLAIN " + sql)) {
            plan.next();
            return plan.getString(1);
        }
    }
}
