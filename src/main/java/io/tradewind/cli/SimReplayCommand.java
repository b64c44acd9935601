package io.tradewind.cli;

import io.tradewind.sim.replay.ReplayException;
import io.tradewind.sim.replay.ReplayRunner;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code sim replay FILE}: order commands in, exchange events out, both as JSON lines. */
@Command(name = "replay",
        description = {"Run order commands (JSON lines) through the simulated exchange and print its events as JSON lines.",
                "Exit code 2 on a line that cannot be run, with the line number and the problem on standard error."})
public class SimReplayCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FILE", description = "Scenario file, or - for standard input.")
    String file;

    @Option(names = "--book", defaultValue = "fast",
            description = "Order book implementation: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    BookKind book;

    @Override
    public Integer call() throws IOException {
        if (file.isBlank()) {
            System.err.println("error: the scenario's path is empty; give a scenario file (JSON lines) or - for standard input");
            return ExitCode.BAD_INPUT;
        }
        if (!"-".equals(file) && Files.isDirectory(Path.of(file))) {
            System.err.println("error: " + file + " is a directory; give a scenario file (JSON lines) or - for standard input");
            return ExitCode.BAD_INPUT;
        }
        Writer out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
        try (Reader in = open()) {
            if (new ReplayRunner(book.factory(), out).run(in) == 0) {
                // an empty file ran "successfully" without a word
                System.err.println("error: " + file + " holds no command (only blank lines or comments); a scenario is one JSON"
                        + " command a line, as in backtests/examples/settlement.jsonl (README, sim replay scenario format)");
                return ExitCode.BAD_INPUT;
            }
            return 0;
        } catch (NoSuchFileException e) {
            System.err.println("error: " + file + ": no such file");
            return ExitCode.BAD_INPUT;
        } catch (ReplayException e) {
            System.err.println("error: " + file + ": " + e.getMessage());
            return ExitCode.BAD_INPUT;
        } finally {
            out.flush();
        }
    }

    /**
     * The scenario, decoded leniently: the runner names the line that holds bytes that are not UTF-8.
     * An editor's byte order mark is skipped, as a backtest spec's and a CSV's are: it failed line 1
     * as "Unexpected character ('\uFEFF' (code 65279 / 0xfeff))".
     */
    private Reader open() throws IOException {
        InputStream in = "-".equals(file) ? System.in : Files.newInputStream(Path.of(file));
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE)));
        reader.mark(1);
        if (reader.read() != '\uFEFF') {
            reader.reset();
        }
        return reader;
    }
}
