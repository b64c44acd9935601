package io.tradewind.persistence;

import io.tradewind.domain.DeepestCause;
import io.tradewind.domain.FileProblems;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.sql.SQLException;
import org.flywaydb.core.api.FlywayException;

/** What finally went wrong under a store failure, in one line an operator can act on. */
final class RootCause {

    /**
     * Where the credentials come from (application.properties maps them from the environment), which
     * neither the server's nor the driver's words say.
     */
    private static final String PASSWORD_HINT = "(the password is the environment variable TRADEWIND_DB_PASSWORD, the user"
            + " TRADEWIND_DB_USER; for the systemd service, in /etc/tradewind/env)";

    /** PostgreSQL's SQL state for "permission denied" (on a schema, a table). */
    private static final String INSUFFICIENT_PRIVILEGE = "42501";

    private RootCause() {
    }

    /**
     * The deepest cause's message, or its type when it has none (an I/O channel closed under the
     * database says nothing else, and "null" would tell the operator nothing). Only its first
     * line: migration tools append blocks of SQL state and error codes. A file the process may
     * not touch says so, not only the file's name; a full disk says whose (and is kept for
     * readiness, see {@link StoreDiskFull}).
     */
    static String of(Throwable e) {
        String line = line(e);
        if (StoreDiskFull.ranOut(e)) {
            return StoreDiskFull.failed(line, e);
        }
        return isPasswordProblem(e) ? line + " " + PASSWORD_HINT : line;
    }

    private static String line(Throwable e) {
        Throwable root = DeepestCause.of(e);
        if (root instanceof AccessDeniedException denied) {
            return FileProblems.reason(denied) + " for user " + System.getProperty("user.name")
                    + ": give that user the data directory (chown) or choose another (TRADEWIND_DATA_DIR)";
        }
        if (root instanceof FileSystemException file) {
            return FileProblems.reason(file);
        }
        String message = root.getMessage() != null ? root.getMessage().strip() : root.getClass().getSimpleName();
        int end = message.indexOf('\n');
        return end < 0 ? message : message.substring(0, end).strip();
    }

    /**
     * PostgreSQL refused the password (SQL state 28P01), or asked for one and none was configured:
     * the driver then says "The server requested SCRAM-based authentication, but no password was
     * provided." (or password-based), with the SQL state 08004 of other refusals too, so by its words.
     */
    private static boolean isPasswordProblem(Throwable e) {
        return DeepestCause.inChain(e, cause -> cause instanceof SQLException sql && ("28P01".equals(sql.getSQLState())
                || String.valueOf(sql.getMessage()).contains("but no password was provided")));
    }

    /**
     * A failure no retry mends: the process may not use the files, or ran out of memory, the database refused the
     * credentials (SQL state class 28) or asked for a password none was configured for (read once,
     * at start), or has no such database (3D000), or the user may not do it (42501: a user who does
     * not own the database may not create the tables, and each try of Flyway's took 10 s of its own
     * retries, so that 30 s of pauses came to more than two minutes), or the URL is not one any
     * driver takes. A server
     * that is not up yet may be soon, and is tried again.
     */
    static boolean isPermanent(Throwable e) {
        if (isPasswordProblem(e) || isMigrationsProblem(e)) {
            return true;
        }
        for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof AccessDeniedException || cause instanceof OutOfMemoryError) {
                return true;
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("28") || sql.getSQLState().equals("3D000")
                            || sql.getSQLState().equals(INSUFFICIENT_PRIVILEGE))) {
                return true;
            }
            if (cause.getMessage() != null && cause.getMessage().contains("does not support the provided URL")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Flyway's refusal of the migrations themselves (two of one version, one changed after it was
     * applied), with no database error under it: waiting cannot mend it, and each retry said "the
     * store was not ready" for as long as the patience lasted.
     */
    private static boolean isMigrationsProblem(Throwable e) {
        boolean flyway = false;
        for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof SQLException) {
                return false;
            }
            flyway |= cause instanceof FlywayException;
        }
        return flyway;
    }
}
