package io.tradewind.cli;

import io.tradewind.domain.Decimals;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.RunLast;

/**
 * The command line {@link TradewindMain} runs: picocli with commands made by CDI and Tradewind's
 * failure handling (see {@link CommandErrors}), refusing to start while two strategy classes share a name.
 */
@ApplicationScoped
class CommandLineSetup {

    @Produces
    CommandLine commandLine(CommandLine.IFactory factory, StoreErrors storeErrors, StrategyCatalog strategies) {
        CommandErrors errors = new CommandErrors(storeErrors, Path.of(System.getProperty("java.io.tmpdir")));
        CommandLine commandLine = new CommandLine(TradewindCommand.class, factory);
        // a decimal option's refusal said Java's "cannot convert 'NaN' to BigDecimal (java.lang.NumberFormatException: …)"
        commandLine.registerConverter(BigDecimal.class, text -> {
            try {
                return Decimals.parse(text, "the value");
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        });
        return WholeNumberOptions.registerOn(commandLine)
                .setExecutionExceptionHandler(errors)
                .setParameterExceptionHandler(errors)
                .setExecutionStrategy(parsed -> {
                    List<String> conflicts = strategies.conflicts();
                    if (conflicts.isEmpty()) {
                        return errors.runReportingErrors(parsed, new RunLast());
                    }
                    PrintWriter err = commandLine.getErr();
                    conflicts.forEach(conflict -> err.println("error: " + conflict));
                    err.flush();
                    return ExitCode.BAD_INPUT;
                });
    }
}
