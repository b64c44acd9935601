package io.tradewind.cli;

import io.quarkus.runtime.ApplicationLifecycleManager;
import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.QuarkusApplication;
import io.quarkus.runtime.annotations.QuarkusMain;
import io.tradewind.runtime.WorkingDirectoryConfigSourceProvider;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import picocli.CommandLine;

/**
 * The entry point of {@code java -jar quarkus-run.jar}: answers help, version and {@code sim}
 * without starting Quarkus (see {@link StandaloneCommands}); for other commands switches off the
 * parts of the store the command does not need (see {@link StoreNeeds}), and the HTTP server and scheduler for every
 * command but {@code serve} (see {@link ServerNeeds}), before Quarkus reads its configuration, then
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
        String configFile = ServeConfigFile.of(args);
        if (configFile != null && !Files.isRegularFile(Path.of(configFile))) {
            System.err.println("error: --config " + configFile + ": no such file");
            System.exit(ExitCode.BAD_INPUT);
        }
        if (StandaloneCommands.handles(args)) {
            int code = StandaloneCommands.run(args);
            if (code != ExitCode.OK) {
                // where Quarkus sends its own exit code (System.exit, or the code a @QuarkusMainTest reads); not
                // on success, which returns from main: that handler's class starts the log manager, 0.3 s here
                ApplicationLifecycleManager.getDefaultExitCodeHandler().accept(code, null);
            }
            return;
        }
        if (configFile != null) {
            System.setProperty(WorkingDirectoryConfigSourceProvider.CONFIG_FILE_PROPERTY, configFile);
        }
        Map<String, String> switchedOff = new HashMap<>(StoreNeeds.of(args).properties());
        switchedOff.putAll(ServerNeeds.properties(args));
        switchedOff.keySet().removeIf(key -> System.getProperty(key) != null);
        switchedOff.forEach(System::setProperty);
        StopSignals signals = ServerNeeds.serves(args) ? StopSignals.install() : null;
        try {
            Quarkus.run(TradewindMain.class, args);
        } finally {
            if (signals != null) {
                signals.close();
            }
            // @QuarkusMainTest runs main many times in one JVM: the next command decides afresh
            switchedOff.keySet().forEach(System::clearProperty);
            if (configFile != null) {
                System.clearProperty(WorkingDirectoryConfigSourceProvider.CONFIG_FILE_PROPERTY);
            }
        }
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
