package io.tradewind.cli;

import picocli.CommandLine.Command;

/** {@code data import|generate|list}: candles in the local store. */
@Command(name = "data", description = "Candles in the local store: import files, generate test data, list what is stored.",
        subcommands = {DataImportCommand.class, DataGenerateCommand.class, DataListCommand.class, DataDownloadCommand.class})
public class DataCommand {
}
