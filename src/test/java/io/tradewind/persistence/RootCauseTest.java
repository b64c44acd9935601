package io.tradewind.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.AccessDeniedException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class RootCauseTest {

    @Test
    void aFileThisUserMayNotTouchSaysPermissionDeniedNotOnlyThePath() {
        RuntimeException failure = new RuntimeException("Unable to obtain connection",
                new IllegalStateException("Error while creating file \"/data\"", new AccessDeniedException("/data")));

        assertEquals("permission denied (/data) for user " + System.getProperty("user.name") + ": give that user the data"
                + " directory (chown) or choose another (TRADEWIND_DATA_DIR)", RootCause.of(failure));
        assertTrue(RootCause.isPermanent(failure), "no retry mends it");
    }

    @Test
    void refusedCredentialsAMissingDatabaseAndAnUnknownUrlAreNotRetried() {
        assertTrue(RootCause.isPermanent(new RuntimeException(new SQLException("password authentication failed", "28P01"))));
        assertTrue(RootCause.isPermanent(new RuntimeException(new SQLException("database \"tw\" does not exist", "3D000"))));
        assertTrue(RootCause.isPermanent(new RuntimeException(new IllegalStateException(
                "Driver does not support the provided URL: jdbc:postgres://db/tw"))));
        assertFalse(RootCause.isPermanent(new RuntimeException(new SQLException("Connection refused", "08001"))));
        assertTrue(RootCause.isPermanent(new RuntimeException(new OutOfMemoryError("Java heap space"))), "retries fill the log");
    }

    @Test
    void aMigrationToolsBlockOfCodesIsCutToItsFirstLine() {
        RuntimeException failure = new RuntimeException(new IllegalStateException("connection refused\n"
                + "---------------\nSQL State  : 08001\nError Code : 0"));

        assertEquals("connection refused", RootCause.of(failure));
        assertFalse(RootCause.isPermanent(failure), "a server that is not up yet may be soon");
    }
}
