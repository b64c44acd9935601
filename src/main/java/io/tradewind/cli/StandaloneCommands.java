package io.tradewind.cli;

import java.lang.reflect.Array;
import java.lang.reflect.Constructor;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import picocli.CommandLine;

/**
 * The command lines {@link TradewindMain} answers with picocli alone, without starting Quarkus:
 * {@code --help}, {@code -h}, {@code --version} or {@code -V} anywhere, and {@code sim} (the
 * simulated exchange on its own, which reads no configuration and uses neither the store nor a
 * bean). Starting the application builds Hibernate's mapping, the HTTP stack, metrics and the
 * connectors' clients whatever the command; that is two to three seconds on a small machine (README
 * "Start-up time"), where picocli alone answers in about half a second. These command lines do not
 * look at the strategy plugins either, so a clash of two strategy names is reported by the commands
 * that use strategies, not by help or {@code sim}.
 */
final class StandaloneCommands {

    private static final Set<String> HELP = Set.of("-h", "--help", "-V", "--version");

    private StandaloneCommands() {
    }

    /** Whether this command line runs without the application. */
    static boolean handles(String... args) {
        return Arrays.stream(args).anyMatch(HELP::contains)
                || Arrays.stream(args).filter(arg -> !arg.startsWith("-")).findFirst().map("sim"::equals).orElse(false);
    }

    /** Runs the command line with the same failure handling as the application's and returns its exit code. */
    static int run(String... args) {
        CommandErrors errors = new CommandErrors(Path.of(System.getProperty("java.io.tmpdir")));
        CommandLine commandLine = commandLine()
                .setExecutionExceptionHandler(errors)
                .setParameterExceptionHandler(errors);
        try {
            return commandLine.execute(args);
        } finally {
            commandLine.getOut().flush();
            commandLine.getErr().flush();
        }
    }

    /** The command tree as picocli builds it here, without the application's beans. */
    static CommandLine commandLine() {
        return WholeNumberOptions.registerOn(new CommandLine(TradewindCommand.class, new ShownOnlyFactory()));
    }

    /**
     * Makes the command objects picocli reads the options and help from. A command whose constructor
     * takes the application's beans gets nulls and zeros in their place: here it is only shown
     * (help), never run, since every command that runs here ({@code sim}'s) has a constructor
     * without arguments.
     */
    private static final class ShownOnlyFactory implements CommandLine.IFactory {

        @Override
        public <K> K create(Class<K> type) throws Exception {
            Constructor<?>[] constructors = type.getDeclaredConstructors();
            if (constructors.length != 1 || constructors[0].getParameterCount() == 0) {
                return CommandLine.defaultFactory().create(type);
            }
            Constructor<?> constructor = constructors[0];
            Object[] placeholders = Arrays.stream(constructor.getParameterTypes())
                    .map(parameter -> parameter.isPrimitive() ? Array.get(Array.newInstance(parameter, 1), 0) : null)
                    .toArray();
            constructor.setAccessible(true);
            return type.cast(constructor.newInstance(placeholders));
        }
    }
}
