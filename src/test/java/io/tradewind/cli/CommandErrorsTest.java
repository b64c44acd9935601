package io.tradewind.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.tradewind.execution.StoreException;
import io.tradewind.marketdata.StoppableCursor;
import io.tradewind.service.api.ServiceFile;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/** The failures a command does not handle itself: one line on standard error and a documented exit code. */
class CommandErrorsTest {

    @TempDir
    Path logs;

    @Test
    void anInternalErrorIsOneLineNamingALogWithTheTrace() throws Exception {
        StringWriter err = new StringWriter();
        int code = run(new IllegalStateException("cursor closed twice"), err);

        assertEquals(ExitCode.INTERNAL_ERROR, code);
        String line = err.toString().strip();
        assertFalse(line.contains("\n"), line);
        Matcher log = Pattern.compile("the full trace is in (\\S+)\\. ").matcher(line);
        assertTrue(log.find(), line);
        String trace = Files.readString(Path.of(log.group(1)));
        assertTrue(trace.contains("java.lang.IllegalStateException: cursor closed twice"), trace);
        assertTrue(trace.contains("at io.tradewind.cli.CommandErrorsTest.anInternalErrorIsOneLineNamingALogWithTheTrace"), trace);
    }

    /** A start Quarkus gave up on for a reason nobody explains is said in one line, its trace in a file: Quarkus said nothing. */
    @Test
    void aStartThatFailedForAnUnknownReasonNamesItsCauseAndALogWithTheTrace() throws Exception {
        String line = new CommandErrors(logs).startFailed(new RuntimeException("Failed to start quarkus",
                new IllegalStateException("no event loop")));

        assertTrue(line.startsWith("error: internal error while Tradewind started: java.lang.IllegalStateException: no event"
                + " loop; the full trace is in "), line);
        Matcher log = Pattern.compile("the full trace is in (\\S+)\\. ").matcher(line);
        assertTrue(log.find(), line);
        assertTrue(Files.readString(Path.of(log.group(1))).contains("Failed to start quarkus"));
    }

    @Test
    void aStoreFailureIsExplainedWithExitCode3() {
        StringWriter err = new StringWriter();
        int code = run(new StoreException("write sim:X-Y:1m failed: No space left on device", null), err);

        assertEquals(ExitCode.STORE_UNAVAILABLE, code);
        assertEquals("error: cannot use the store in ./data: write sim:X-Y:1m failed: No space left on device",
                err.toString().strip());
    }

    /** picocli hands only exceptions to the handler: an Error ended a command with exit 1 and not a word. */
    @Test
    void anErrorIsReportedLikeAnExceptionAndRunningOutOfMemorySaysHowToGiveMore() {
        StringWriter err = new StringWriter();
        assertEquals(ExitCode.INTERNAL_ERROR, run(new AssertionError("never"), err));
        assertTrue(err.toString().startsWith("error: internal error in 'boom': java.lang.AssertionError: never; the full"
                + " trace is in "), err.toString());

        StringWriter oom = new StringWriter();
        assertEquals(ExitCode.INTERNAL_ERROR, run(new OutOfMemoryError("Java heap space"), oom));
        assertEquals("error: 'boom' ran out of memory (Java heap space): give Java a larger heap, e.g. java -Xmx4g -jar"
                + " target/quarkus-app/quarkus-run.jar ...; in a backtest, a strategy that keeps something for every candle"
                + " fills it too", oom.toString().strip());
    }

    /** picocli reported only the missing option, hiding the typo that left it missing. */
    @Test
    void aMistypedOptionIsNamedBeforeTheRequiredOptionItLeftMissing() {
        CommandSpec spec = CommandSpec.create().name("import")
                .addOption(CommandLine.Model.OptionSpec.builder("--symbol").type(String.class).required(true).build())
                .addOption(CommandLine.Model.OptionSpec.builder("--venue").type(String.class).build());
        StringWriter err = new StringWriter();
        CommandErrors errors = new CommandErrors(logs);
        int code = new CommandLine(spec).setErr(new PrintWriter(err)).setParameterExceptionHandler(errors)
                .execute("--symbl", "BTC-USD");

        assertEquals(ExitCode.BAD_INPUT, code);
        assertEquals("error: Unknown option: '--symbl' (did you mean --symbol?); Missing required option: '--symbol=PARAM'."
                + " See 'import --help'.", err.toString().strip());
    }

    /** Ctrl-C while a data command waited for another writer: main took the signal, so the wait must give up. */
    @Test
    void aStopWhileWaitingToWriteEndsTheCommandWithNothingWritten() {
        StringWriter err = new StringWriter();

        int code = run(new StoppableCursor.Stopped(), err);

        assertEquals(ExitCode.STOPPED, code);
        assertEquals("stopped on request before it wrote anything", err.toString().strip());
    }

    /** `backtst spec.properties` said only "Unmatched arguments from index 0: 'backtst', 'spec.properties'". */
    @Test
    void aMistypedCommandIsToldTheCommandItLooksLike() {
        CommandErrors errors = new CommandErrors(logs);
        CommandLine root = new CommandLine(CommandSpec.create().name("tradewind"));
        root.addSubcommand("backtest", new CommandLine(CommandSpec.wrapWithoutInspection((Callable<Integer>) () -> 0)));
        root.addSubcommand("serve", new CommandLine(CommandSpec.wrapWithoutInspection((Callable<Integer>) () -> 0)));
        StringWriter err = new StringWriter();

        int code = root.setErr(new PrintWriter(err)).setParameterExceptionHandler(errors).execute("backtst", "spec.properties");

        assertEquals(ExitCode.BAD_INPUT, code);
        assertTrue(err.toString().strip().startsWith("error: Unmatched arguments from index 0: 'backtst', 'spec.properties'"
                + " (did you mean backtest?). See 'tradewind --help'."), err.toString());
    }

    private int run(Throwable failure, StringWriter err) {
        CommandErrors errors = new CommandErrors(new StoreErrors("./data", "h2", "jdbc:h2:file:./data/tradewind"), logs);
        // built without annotations: Quarkus would make an annotated command class a bean of the application
        Callable<Integer> failing = () -> {
            if (failure instanceof Error error) {
                throw error;
            }
            throw (RuntimeException) failure;
        };
        CommandLine command = new CommandLine(CommandSpec.wrapWithoutInspection(failing).name("boom"));
        return command.setErr(new PrintWriter(err)).setExecutionExceptionHandler(errors).setParameterExceptionHandler(errors)
                .setExecutionStrategy(parsed -> errors.runReportingErrors(parsed, new CommandLine.RunLast())).execute();
    }

    @Test
    void aHeapTooSmallToOpenTheStoreIsSaidAsSuchWithExitCode1() {
        StringWriter err = new StringWriter();
        StoreException failure = new StoreException("candle store: cannot prepare the tables: Java heap space",
                new IllegalStateException(new OutOfMemoryError("Java heap space")));

        int code = new StoreErrors("./data", "h2", "jdbc:h2:file:./data/./tradewind").report(failure, new PrintWriter(err));

        assertEquals(1, code);
        assertEquals("error: ran out of memory while opening the store in ./data (candle store: cannot prepare the tables:"
                + " Java heap space): give Java a larger heap, e.g. java -Xmx512m -jar target/quarkus-app/quarkus-run.jar ...",
                err.toString().strip());
    }

    @Test
    void aStoreClosedBecauseTheProcessIsStoppingSaysSoNotH2sAdvice() {
        String message = new StoreErrors("./data", "h2", "jdbc:h2:file:./data/./tradewind").explain(new StoreException(
                "candle store: read failed: Database is already closed (to disable automatic closing at VM shutdown, add"
                        + " \";DB_CLOSE_ON_EXIT=FALSE\" to the db URL) [90121-230]"));

        assertEquals("stopped: the process was asked to stop (Ctrl-C or SIGTERM) and closed the store in ./data before this"
                + " command finished; what it had committed is kept. Run the command again to finish it", message);
    }

    @Test
    void aLockedStoreNamesNoServiceAndPlacesTheDataDirOptionBeforeJar() {
        String message = new StoreErrors("./data", "h2", "jdbc:h2:file:./data/tradewind")
                .explain(new StoreException("Database may be already in use: \"./data/tradewind.mv.db\""));

        assertEquals("the store in ./data is locked by another process: one that opened it without sharing it, or one of"
                + " many commands started on it at once (a command waits up to 30 s for its turn). Run the command again when"
                + " fewer run, stop that process, or use another store: java -Dtradewind.data-dir=DIR -jar quarkus-run.jar ..."
                + " (the -D option only works before -jar).", message);
        assertFalse(message.contains("service"), message);
    }

    /** Beside a service that does not answer (stopped with SIGSTOP), store commands said "TimeoutException" alone. */
    @Test
    void aStoreServedByAServiceThatDoesNotAnswerNamesTheService() throws Exception {
        Process other = new ProcessBuilder("sleep", "60").start();
        ServiceFile service = new ServiceFile("http://127.0.0.1:8080", other.pid());
        new ObjectMapper().writeValue(ServiceFile.in(logs).toFile(), service);
        try (FileChannel lock = FileChannel.open(logs.resolve(ServiceFile.SERVICE_LOCK), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE)) {
            lock.lock();

            String message = new StoreErrors(logs.toString(), "h2", "jdbc:h2:file:" + logs + "/tradewind")
                    .explain(new StoreException("execution store: list fills failed: TimeoutException"));

            assertEquals("the store in " + logs + " is served by the service at http://127.0.0.1:8080 (pid "
                    + service.pid() + "), which does not answer (execution store: list fills failed: TimeoutException):"
                    + " wait until it answers, or stop it (kill " + service.pid() + ") and run the command again", message);
        } finally {
            other.destroy();
            Files.delete(ServiceFile.in(logs));
        }
    }

    /**
     * A service whose own store did not answer at start (H2 after a kill, under load) was told that
     * the store is served by a service that does not answer: itself, by its own pid.
     */
    @Test
    void aServiceWhoseStoreDoesNotAnswerIsNotToldItIsAnotherService() throws Exception {
        new ObjectMapper().writeValue(ServiceFile.in(logs).toFile(),
                new ServiceFile("http://127.0.0.1:8080", ProcessHandle.current().pid()));
        try (FileChannel lock = FileChannel.open(logs.resolve(ServiceFile.SERVICE_LOCK), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE)) {
            lock.lock();

            String message = new StoreErrors(logs.toString(), "h2", "jdbc:h2:file:" + logs + "/tradewind")
                    .explain(new StoreException("candle store: cannot prepare the tables: TimeoutException"));

            assertEquals("cannot use the store in " + logs + ": candle store: cannot prepare the tables: TimeoutException",
                    message);
        } finally {
            Files.delete(ServiceFile.in(logs));
        }
    }

    /** On PostgreSQL a failure named ./data, where nothing of the store lives. */
    @Test
    void aDatabaseServerIsNamedByItsUrlWithoutItsPassword() {
        String message = new StoreErrors("./data", "postgresql", "jdbc:postgresql://bot:SECRETpw@db.example:5432/tradewind?ssl=true")
                .explain(new StoreException("candle store: cannot prepare the tables: Connection refused"));

        assertEquals("cannot use the store in the postgresql database at jdbc:postgresql://bot:****@db.example:5432/tradewind:"
                + " candle store: cannot prepare the tables: Connection refused", message);
    }
}
