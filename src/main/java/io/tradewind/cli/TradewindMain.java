package io.tradewind.cli;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.QuarkusApplication;
import io.quarkus.runtime.annotations.QuarkusMain;
import jakarta.inject.Inject;
import picocli.CommandLine;

/**
 * The entry point of {@code java -jar quarkus-run.jar}: switches off the parts of the store the
 * command does not need (see {@link StoreNeeds}) before Quarkus reads its configuration, then
 * runs the command line. A property given on the command line ({@code -Dquarkus...active=true})
 * wins over that choice.
 */
@QuarkusMain
public class TradewindMain implements QuarkusApplication {

    private final CommandLine commandLine;

    @Inject
    TradewindMain(CommandLine commandLine) {
        this.commandLine = commandLine;
    }

    public static void main(String... args) {
        StoreNeeds.of(args).properties().forEach((key, value) -> {
            if (System.getProperty(key) == null) {
                System.setProperty(key, value);
            }
        });
        Quarkus.run(TradewindMain.class, args);
    }

    @Override
    public int run(String... args) {
        try {
            return commandLine.execute(args);
        } finally {
            commandLine.getOut().flush();
            commandLine.getErr().flush();
        }
    }
}
