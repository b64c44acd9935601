package io.tradewind.cli;

import io.quarkus.picocli.runtime.PicocliCommandLineFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.RunLast;

/**
 * The command line Quarkus runs: picocli with Tradewind's failure handling (see
 * {@link CommandErrors}), refusing to start while two strategy classes share a name.
 */
@ApplicationScoped
class CommandLineSetup {

    @Produces
    CommandLine commandLine(PicocliCommandLineFactory factory, StoreErrors storeErrors, StrategyCatalog strategies) {
        CommandErrors errors = new CommandErrors(storeErrors, Path.of(System.getProperty("java.io.tmpdir")));
        CommandLine commandLine = factory.create();
        return commandLine
                .setExecutionExceptionHandler(errors)
                .setParameterExceptionHandler(errors)
                .setExecutionStrategy(parsed -> {
                    List<String> conflicts = strategies.conflicts();
                    if (conflicts.isEmpty()) {
                        return new RunLast().execute(parsed);
                    }
                    PrintWriter err = commandLine.getErr();
                    conflicts.forEach(conflict -> err.println("error: " + conflict));
                    err.flush();
                    return ExitCode.BAD_INPUT;
                });
    }
}
