package io.tradewind.cli;

import io.quarkus.picocli.runtime.PicocliCommandLineFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.nio.file.Path;
import picocli.CommandLine;

/** The command line Quarkus runs: picocli with Tradewind's failure handling (see {@link CommandErrors}). */
@ApplicationScoped
class CommandLineSetup {

    @Produces
    CommandLine commandLine(PicocliCommandLineFactory factory, StoreErrors storeErrors) {
        CommandErrors errors = new CommandErrors(storeErrors, Path.of(System.getProperty("java.io.tmpdir")));
        return factory.create()
                .setExecutionExceptionHandler(errors)
                .setParameterExceptionHandler(errors);
    }
}
