package io.tradewind.cli;

import io.tradewind.execution.StoreException;
import io.tradewind.marketdata.CandleStore;
import io.tradewind.marketdata.SeriesKey;
import io.tradewind.marketdata.StoredSeries;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code data delete}: one stored series with all its candles, e.g. one imported under a mistyped
 * symbol, which would otherwise stay in every {@code data list} for good.
 */
@Command(name = "delete", description = {"Delete one stored candle series (venue, symbol, resolution) with all its candles,"
        + " e.g. one imported under a mistyped symbol. All or nothing; other series are not touched."})
class DataDeleteCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    SeriesOptions series;

    final CandleStore store;
    final StoreErrors errors;
    final StoreLocation location;

    DataDeleteCommand(CandleStore store, StoreErrors errors, StoreLocation location) {
        this.store = store;
        this.errors = errors;
        this.location = location;
    }

    @Override
    public Integer call() {
        SeriesKey key = series.key(spec);
        PrintWriter err = spec.commandLine().getErr();
        try {
            if (!location.exists()) {
                // opening a store that does not exist would create it, and ./data with it
                err.println("error: no candles are stored in " + errors.where() + ", so there is no " + key + " to delete");
                return ExitCode.NOT_FOUND;
            }
            Optional<StoredSeries> deleted;
            try (StoreLocation.StoreLock lock = location.lockForWriting(err)) {
                deleted = store.delete(key);
            }
            if (deleted.isEmpty()) {
                err.println("error: no series " + key + " is stored; " + SeriesOptions.stored(store));
                return ExitCode.NOT_FOUND;
            }
            StoredSeries gone = deleted.get();
            PrintWriter out = spec.commandLine().getOut();
            out.println(String.format(Locale.ROOT, "deleted %s: %,d candles from %s to %s", gone.key(), gone.count(),
                    gone.first(), gone.last()));
            out.flush();
            return 0;
        } catch (StoreException e) {
            return errors.report(e, err);
        }
    }
}
