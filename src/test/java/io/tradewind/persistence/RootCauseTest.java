package io.tradewind.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.AccessDeniedException;
import java.sql.SQLException;
import org.flywaydb.core.api.FlywayException;
import org.junit.jupiter.api.Test;

class RootCauseTest {

    private static final String PASSWORD_HINT = "(the password is the environment variable TRADEWIND_DB_PASSWORD, the user"
            + " TRADEWIND_DB_USER; for the systemd service, in /etc/tradewind/env)";

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

    /** Two migrations of one version in a build, or one changed since it was applied: said at once, not waited for. */
    @Test
    void flywaysRefusalOfTheMigrationsIsNotRetriedItsDatabaseErrorsAre() {
        assertTrue(RootCause.isPermanent(new FlywayException("Found more than one migration with version 13")));
        assertFalse(RootCause.isPermanent(new FlywayException("Unable to obtain connection from database",
                new SQLException("Connection refused", "08001"))));
    }

    /** A user who does not own the database: each of Flyway's tries took 10 s, the 30 s of pauses over two minutes. */
    @Test
    void aUserWhoMayNotCreateTheTablesIsNotRetried() {
        RuntimeException denied = new RuntimeException("Failed to execute script", new SQLException(
                "ERROR: permission denied for schema public\n  Position: 14", "42501"));

        assertTrue(RootCause.isPermanent(denied));
        assertEquals("ERROR: permission denied for schema public", RootCause.of(denied));
    }

    /**
     * PostgreSQL with no password configured: retried for 30 s, then only the driver's words, which
     * do not say where the password comes from.
     */
    @Test
    void aMissingOrRefusedPasswordNamesTheSettingAndIsNotRetried() {
        RuntimeException none = new RuntimeException("Unable to obtain connection", new SQLException(
                "The server requested SCRAM-based authentication, but no password was provided.", "08004"));
        assertEquals("The server requested SCRAM-based authentication, but no password was provided. " + PASSWORD_HINT,
                RootCause.of(none));
        assertTrue(RootCause.isPermanent(none), "the password is read once, at start");

        RuntimeException refused = new RuntimeException(new SQLException(
                "FATAL: password authentication failed for user \"tradewind\"", "28P01"));
        assertEquals("FATAL: password authentication failed for user \"tradewind\" " + PASSWORD_HINT, RootCause.of(refused));

        assertEquals("Connection refused", RootCause.of(new RuntimeException(new SQLException("Connection refused", "08001"))),
                "no hint where the password is not the problem");
    }

    @Test
    void aMigrationToolsBlockOfCodesIsCutToItsFirstLine() {
        RuntimeException failure = new RuntimeException(new IllegalStateException("connection refused\n"
                + "---------------\nSQL State  : 08001\nError Code : 0"));

        assertEquals("connection refused", RootCause.of(failure));
        assertFalse(RootCause.isPermanent(failure), "a server that is not up yet may be soon");
    }
}
