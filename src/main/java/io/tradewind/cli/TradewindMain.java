package io.tradewind.cli;

import io.quarkus.runtime.ApplicationLifecycleManager;
import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.QuarkusApplication;
import io.quarkus.runtime.annotations.QuarkusMain;
import io.tradewind.runtime.WorkingDirectoryConfigSourceProvider;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
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

    /** Held, so that the level set on it is not lost with a logger the logging system keeps only weakly. */
    private static java.util.logging.Logger hibernateLog;

    private static final String H2_BIND_ADDRESS = "h2.bindAddress";
    /** Read once, when Quarkus's HTTP layer loads; see {@link #explainMalformedUrls()}. */
    private static final String DISABLE_URI_VALIDATION = "vertx.disableURIValidation";

    private static final String DATA_DIR_PROPERTY = "tradewind.data-dir";
    private static final String DATA_DIR_VARIABLE = "TRADEWIND_DATA_DIR";

    private final CommandLine commandLine;

    @Inject
    TradewindMain(CommandLine commandLine) {
        this.commandLine = commandLine;
    }

    /**
     * What is wrong with a data directory given empty ({@code -Dtradewind.data-dir=}, a script's unset
     * {@code $DIR}), or null: the configuration reads an empty value as none, and the command ran on
     * {@code ./data} without a word, where an {@code orders list} showed an empty table.
     */
    static String emptyDataDir(String property, String environment) {
        String given = property != null ? "-D" + DATA_DIR_PROPERTY + "=" + property
                : environment != null ? DATA_DIR_VARIABLE + "=" + environment : null;
        if (given == null || !(property != null ? property : environment).isBlank()) {
            return null;
        }
        return given.strip() + " is empty: give the data directory, or leave "
                + (property != null ? "the -D option" : DATA_DIR_VARIABLE) + " out for ./data";
    }

    public static void main(String... args) {
        String configFile = ConfigFileArgument.of(args);
        if (configFile != null && configFile.isBlank()) {
            System.err.println("error: --config is empty; give the configuration file, such as deploy/demo.properties");
            System.exit(ExitCode.BAD_INPUT);
        }
        if (configFile != null && !Files.isRegularFile(Path.of(configFile))) {
            System.err.println("error: --config " + configFile + (Files.isDirectory(Path.of(configFile))
                    ? ": is a directory; give the configuration file, such as deploy/demo.properties" : ": no such file"));
            System.exit(ExitCode.BAD_INPUT);
        }
        String emptyDataDir = emptyDataDir(System.getProperty(DATA_DIR_PROPERTY), System.getenv(DATA_DIR_VARIABLE));
        if (emptyDataDir != null) {
            System.err.println("error: " + emptyDataDir);
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
        Path readConfig = configFile != null ? Path.of(configFile) : Path.of(WorkingDirectoryConfigSourceProvider.FILE_NAME);
        if (Files.isRegularFile(readConfig) && !Files.isReadable(readConfig)) {
            // the configuration would fail to load with no word at all
            System.err.println("error: " + readConfig + ": cannot read it (permission denied for user "
                    + System.getProperty("user.name") + "); let that user read it, e.g. chgrp tradewind and chmod 640");
            System.exit(ExitCode.BAD_INPUT);
        }
        String unreadable = Files.isReadable(readConfig) ? syntaxProblem(readConfig) : null;
        if (unreadable != null) {
            System.err.println("error: " + unreadable);
            System.exit(ExitCode.BAD_INPUT);
        }
        String loneKey = Files.isReadable(readConfig) ? loneKeyOf(readConfig) : null;
        if (loneKey != null) {
            // the service must not run on a setting it silently read as empty; a tool (a kill switch) must still run
            boolean serve = Arrays.stream(args).filter(arg -> !arg.startsWith("-")).findFirst().orElse("").equals("serve");
            System.err.println((serve ? "error: " : "warning: ") + loneKey);
            if (serve) {
                System.exit(ExitCode.BAD_INPUT);
            }
        }
        if (configFile != null) {
            System.setProperty(WorkingDirectoryConfigSourceProvider.CONFIG_FILE_PROPERTY, configFile);
        }
        Map<String, String> switchedOff = new HashMap<>(StoreNeeds.of(args).properties());
        switchedOff.putAll(ServerNeeds.properties(args));
        switchedOff.keySet().removeIf(key -> System.getProperty(key) != null);
        switchedOff.forEach(System::setProperty);
        StopSignals signals = StopSignals.takenFor(args) ? StopSignals.install(args) : null;
        try {
            serveTheStoreFileOnLoopbackOnly();
            explainMalformedUrls();
            quietHibernateBeforeLogging();
            Quarkus.run(TradewindMain.class, TradewindMain::exit, args);
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

    private static String loneKeyOf(Path config) {
        try {
            return ConfigFileSyntax.loneKey(config);
        } catch (IOException e) {
            return null; // a file that cannot be read is said by syntaxProblem
        }
    }

    private static String syntaxProblem(Path config) {
        try {
            return ConfigFileSyntax.problem(config);
        } catch (IOException e) {
            return config + ": cannot read it: " + e.getMessage();
        }
    }

    /**
     * H2's {@code AUTO_SERVER} mode serves the store file to a second process (a command-line tool,
     * the H2 Shell) over TCP, and its server admits other machines on every interface: a copy of
     * the lock file's key was then enough to reach the store, which has no password, from the
     * network. H2 binds its server to {@code h2.bindAddress}, read once when H2 loads: loopback,
     * unless the operator set it. The store's processes all run on this machine.
     */
    private static void serveTheStoreFileOnLoopbackOnly() {
        if (System.getProperty(H2_BIND_ADDRESS) == null) {
            System.setProperty(H2_BIND_ADDRESS, "127.0.0.1");
        }
    }

    /**
     * Quarkus answers a URL that {@link java.net.URI} cannot parse with an empty 400 before any route
     * sees it; without that check the service's own ({@code service.api.MalformedUrl}) refuses the
     * same URLs, and those whose escapes are no UTF-8, saying what is wrong. Unless the operator set it.
     */
    private static void explainMalformedUrls() {
        if (System.getProperty(DISABLE_URI_VALIDATION) == null) {
            System.setProperty(DISABLE_URI_VALIDATION, "true");
        }
    }

    /**
     * Hibernate reports its version and database at INFO while Quarkus boots, before the
     * configured levels apply (the root is WARN); when the boot then fails, on a misspelt property
     * say, those 15 lines came out above the one that matters. A category set in the configuration
     * ({@code quarkus.log.category."org.hibernate".level}) still overrides this.
     */
    private static void quietHibernateBeforeLogging() {
        hibernateLog = java.util.logging.Logger.getLogger("org.hibernate");
        hibernateLog.setLevel(Level.WARNING);
    }

    /** Where Quarkus ends the process: a start-up the user must fix is one line each and bad input (2), see {@link StartFailure}. */
    private static void exit(int code, Throwable failure) {
        List<String> problems = StartFailure.explain(failure);
        if (problems.isEmpty()) {
            if (failure != null) {
                System.err.println(new CommandErrors(Path.of(System.getProperty("java.io.tmpdir"))).startFailed(failure));
                System.err.flush();
            }
            ApplicationLifecycleManager.getDefaultExitCodeHandler().accept(code, failure);
            return;
        }
        problems.forEach(System.err::println);
        System.err.flush();
        ApplicationLifecycleManager.getDefaultExitCodeHandler().accept(ExitCode.BAD_INPUT, null);
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
