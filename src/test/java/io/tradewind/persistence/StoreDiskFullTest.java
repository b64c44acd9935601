package io.tradewind.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import org.eclipse.microprofile.config.ConfigProvider;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A full disk: ticks failed with "paper venue store: cannot save paper venue paper: No space left on
 * device", which named no directory, and readiness said the store UP, as reads still answered.
 */
class StoreDiskFullTest {

    private static final String FULL = "No space left on device";

    @AfterEach
    void spaceAgain() {
        StoreDiskFull.wrote();
    }

    @Test
    void aWriteThatFindsTheDiskFullNamesTheDataDirectoryAndIsKeptUntilAWriteSucceeds() throws SQLException {
        // as H2 reports it: its own exception over the system's
        SQLException h2 = new SQLException("General error: Writing to nio:tradewind.mv.db failed",
                new IllegalStateException("Writing to nio:tradewind.mv.db failed", new IOException(FULL)));
        String expected = FULL + ": the disk holding the data directory " + dataDirectory() + " is full: free space on it";

        assertEquals("paper venue store: cannot save paper venue paper: " + expected,
                new PreparedTables(null, () -> { }, "paper venue store").failure("save paper venue paper", h2).getMessage());
        assertEquals(Optional.of(expected), StoreDiskFull.lastFailure());

        JdbcDataSource memory = new JdbcDataSource();
        memory.setURL("jdbc:h2:mem:store-space;DB_CLOSE_DELAY=-1");
        try (JdbcSession read = JdbcSession.forReading(memory, Connection.TRANSACTION_READ_COMMITTED)) {
            read.commit();
        }
        assertEquals(Optional.of(expected), StoreDiskFull.lastFailure(), "a read says nothing of the disk's space");
        try (JdbcSession write = JdbcSession.forWriting(memory, Connection.TRANSACTION_READ_COMMITTED)) {
            write.commit();
        }
        assertEquals(Optional.empty(), StoreDiskFull.lastFailure());
    }

    @Test
    void postgresqlsFullDiskIsTheServers() {
        SQLException full = new SQLException("ERROR: could not extend file \"base/16384/16385\": " + FULL, "53100");

        assertEquals("ERROR: could not extend file \"base/16384/16385\": " + FULL
                + ": the database server's disk is full: free space on it", RootCause.of(new RuntimeException(full)));
        assertTrue(StoreDiskFull.lastFailure().isPresent());
    }

    @Test
    void otherFailuresAreNotKept() {
        assertEquals("Connection refused",
                RootCause.of(new RuntimeException(new SQLException("Connection refused", "08001"))));
        assertEquals(Optional.empty(), StoreDiskFull.lastFailure());
    }

    private static String dataDirectory() {
        return Path.of(ConfigProvider.getConfig().getValue("tradewind.data-dir", String.class)).toAbsolutePath().normalize()
                .toString();
    }
}
