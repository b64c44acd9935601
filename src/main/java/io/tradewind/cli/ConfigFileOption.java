package io.tradewind.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * {@code --config FILE} of the commands that work on the service's store or reach the running
 * service: read by {@link ConfigFileArgument} before Quarkus reads its configuration (once, at
 * boot); declared here for help and parsing. A tool must read the file the service was started
 * with: its data directory (a kill switch thrown in another store stops nothing) and its token.
 */
final class ConfigFileOption {

    @Option(names = "--config", paramLabel = "FILE",
            description = "Read FILE in place of the working directory's application.properties (the file the service"
                    + " was started with, for its data directory).")
    Path config;
}
