package io.tradewind.cli;

import picocli.CommandLine.Command;

/** {@code data import|generate|list|show|delete|download|record}: market data in the local store. */
@Command(name = "data", description = "Market data in the local store: import files, generate test data, list what is stored,"
        + " show its candles, delete a series, download candles from a venue, record its depth and trades.",
        subcommands = {DataImportCommand.class, DataGenerateCommand.class, DataListCommand.class, DataShowCommand.class, DataDeleteCommand.class,
                DataDownloadCommand.class, DataRecordCommand.class})
public class DataCommand {
}
