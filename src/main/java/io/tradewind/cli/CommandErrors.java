package io.tradewind.cli;

import io.tradewind.domain.DeepestCause;
import io.tradewind.exchange.SecretMask;
import io.tradewind.execution.StoreException;
import io.tradewind.marketdata.StoppableCursor;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * What every command does with a failure it did not handle itself, in one place: bad options get
 * one line and the command's help hint (exit 2), a store failure gets its explanation (exit 3),
 * and anything else is an internal error: one line naming a log file that holds the full trace
 * (exit 1). A user never sees a Java stack trace.
 */
final class CommandErrors implements IExecutionExceptionHandler, IParameterExceptionHandler {

    private final StoreErrors storeErrors;
    private final Path logDirectory;

    /** @param logDirectory where internal-error traces are written, e.g. the temporary directory */
    CommandErrors(StoreErrors storeErrors, Path logDirectory) {
        this.storeErrors = storeErrors;
        this.logDirectory = logDirectory;
    }

    /**
     * For command lines that use no store ({@link StandaloneCommands}): a store failure there would
     * be a bug, and is reported as an internal error.
     */
    CommandErrors(Path logDirectory) {
        this(null, logDirectory);
    }

    @Override
    public int handleParseException(ParameterException e, String[] args) {
        CommandLine command = e.getCommandLine();
        PrintWriter err = command.getErr();
        err.println("error: " + unknownOptionsFirst(e, command) + e.getMessage() + didYouMean(e) + ". See '"
                + command.getCommandSpec().qualifiedName() + " --help'.");
        err.flush();
        return ExitCode.BAD_INPUT;
    }

    /**
     * A mistyped command ({@code backtst}) read only "Unmatched arguments from index 0": picocli's
     * suggestions (an unknown option keeps its plain message).
     */
    private static String didYouMean(ParameterException e) {
        if (!(e instanceof CommandLine.UnmatchedArgumentException unmatched) || unmatched.getUnmatched().isEmpty()
                || unmatched.getUnmatched().get(0).startsWith("-") || unmatched.getSuggestions().isEmpty()) {
            return "";
        }
        return " (did you mean " + String.join(" or ", unmatched.getSuggestions()) + "?)";
    }

    /**
     * picocli reports a missing required option before an option it does not know, so a mistyped
     * {@code --symbl} read only "Missing required option: '--symbol'", hiding the typo that
     * caused it: name the unknown options first, with picocli's suggestions.
     */
    private static String unknownOptionsFirst(ParameterException e, CommandLine command) {
        if (e instanceof CommandLine.UnmatchedArgumentException) {
            return "";
        }
        List<String> unknown = command.getUnmatchedArguments().stream().filter(word -> word.startsWith("-")).toList();
        if (unknown.isEmpty()) {
            return "";
        }
        List<String> suggestions = new CommandLine.UnmatchedArgumentException(command, unknown).getSuggestions();
        return (unknown.size() == 1 ? "Unknown option: '" : "Unknown options: '") + String.join("', '", unknown) + "'"
                + (suggestions.isEmpty() ? "" : " (did you mean " + String.join(" or ", suggestions) + "?)") + "; ";
    }

    @Override
    public int handleExecutionException(Exception e, CommandLine command, ParseResult parsed) {
        PrintWriter err = command.getErr();
        if (e instanceof StoreException store && storeErrors != null) {
            int code = storeErrors.report(store, err);
            err.flush();
            return code;
        }
        if (e instanceof StoppableCursor.Stopped) {
            err.println("stopped on request before it wrote anything");
            err.flush();
            return StopSignals.current().exitCode(ExitCode.STOPPED);
        }
        if (e instanceof ServiceCallException service) {
            err.println("error: " + service.getMessage());
            err.flush();
            return service.exitCode();
        }
        return internalError(e, command);
    }

    /** Runs the parsed command; an {@link Error} it throws, which picocli passes on, is reported as {@link #internalError}. */
    int runReportingErrors(ParseResult parsed, CommandLine.IExecutionStrategy strategy) {
        try {
            return strategy.execute(parsed);
        } catch (Error e) {
            List<CommandLine> commands = parsed.asCommandLineList();
            return internalError(e, commands.get(commands.size() - 1));
        }
    }

    /**
     * A failure nobody handled, an {@link Error} too (picocli hands only exceptions to
     * {@link #handleExecutionException}): one line, the trace in a file. Running out of memory
     * says how to give the JVM more.
     */
    int internalError(Throwable e, CommandLine command) {
        PrintWriter err = command.getErr();
        if (e instanceof OutOfMemoryError) {
            // no report is written with the heap full; a strategy keeping state per candle fills it as surely as the data
            err.println("error: '" + command.getCommandSpec().qualifiedName() + "' ran out of memory (" + e.getMessage()
                    + "): give Java a larger heap, e.g. java -Xmx4g -jar target/quarkus-app/quarkus-run.jar ...;"
                    + " in a backtest, a strategy that keeps something for every candle fills it too");
        } else {
            err.println("error: internal error in '" + command.getCommandSpec().qualifiedName() + "': "
                    + SecretMask.mask(e.toString()) + "; " + traceLocation(e) + ". Please report it with that file.");
        }
        err.flush();
        return ExitCode.INTERNAL_ERROR;
    }

    /**
     * The line for a start of Quarkus that failed for a reason {@link StartFailure} does not know:
     * Quarkus itself said nothing for some (an HTTP port over 65535 ended the process with 1 and
     * no word), so the cause is said here, and its trace written to a file.
     */
    String startFailed(Throwable e) {
        return "error: internal error while Tradewind started: " + SecretMask.mask(DeepestCause.of(e).toString()) + "; "
                + traceLocation(e) + ". Please report it with that file.";
    }

    /** Writes the full trace to a new log file and says where it is, or why it could not be written. */
    private String traceLocation(Throwable e) {
        StringWriter trace = new StringWriter();
        e.printStackTrace(new PrintWriter(trace));
        try {
            Files.createDirectories(logDirectory);
            Path log = Files.createTempFile(logDirectory, "tradewind-error-", ".log");
            Files.writeString(log, SecretMask.mask(trace.toString()), StandardCharsets.UTF_8);
            return "the full trace is in " + log.toAbsolutePath();
        } catch (IOException | RuntimeException cannotWrite) {
            return "the trace could not be written to " + logDirectory + " (" + cannotWrite.getMessage() + ")";
        }
    }
}
