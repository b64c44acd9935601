package io.tradewind.cli;

import io.tradewind.execution.StoreException;
import io.tradewind.marketdata.CandleStore;
import io.tradewind.marketdata.Gap;
import io.tradewind.marketdata.GapReport;
import io.tradewind.marketdata.SeriesListing;
import io.tradewind.marketdata.StoredSeries;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code data list}: every stored series with its range and its gaps. */
@Command(name = "list", description = {"List the stored candle series: venue, symbol, resolution, count, first and last"
        + " open time, and the gaps between them (buckets without a candle: how many, in how many runs, the longest)."})
class DataListCommand implements Callable<Integer> {

    static final List<String> COLUMNS = List.of("venue", "symbol", "resolution", "candles", "first", "last",
            "missing", "gaps", "longest_gaps");

    @Spec
    CommandSpec spec;

    @Option(names = "--json", description = "Print JSON instead of a table.")
    boolean json;

    @Option(names = "--gaps", defaultValue = "3", paramLabel = "N",
            description = "How many of the longest gaps to show per series (default: ${DEFAULT-VALUE}).")
    int longestGaps;

    final CandleStore store;
    final StoreErrors errors;
    final JsonOutput output;
    final StoreLocation location;

    DataListCommand(CandleStore store, StoreErrors errors, JsonOutput output, StoreLocation location) {
        this.store = store;
        this.errors = errors;
        this.output = output;
        this.location = location;
    }

    @Override
    public Integer call() {
        if (longestGaps < 0) {
            throw new ParameterException(spec.commandLine(), "--gaps must not be negative, was " + longestGaps);
        }
        PrintWriter out = spec.commandLine().getOut();
        try {
            // opening a store that does not exist would create it, and ./data with it
            List<SeriesListing> listings = location.exists() ? SeriesListing.of(store, longestGaps) : List.of();
            if (json) {
                out.println(output.write(listings.stream().map(l -> row(l, l.gaps().largest().stream()
                        .map(DataListCommand::gap).toList())).toList()));
            } else {
                out.print(ExecutionViews.table(listings.stream().map(l -> grouped(row(l, l.gaps().largest().stream()
                        .map(g -> String.format(Locale.ROOT, "%,d from %s", g.missingBars(), g.from()))
                        .collect(Collectors.joining(", "))))).toList(), COLUMNS));
            }
            out.flush();
            if (listings.isEmpty()) {
                // as the other lists: the output stays what a script expects; whoever reads it learns why it is empty
                spec.commandLine().getErr().println("note: no candles stored in " + errors.where()
                        + "; add some with 'data import' or 'data generate'");
            }
            return 0;
        } catch (StoreException e) {
            return errors.report(e, spec.commandLine().getErr());
        }
    }

    /** The table's counts with their thousands grouped, as the other commands print them (the JSON keeps numbers). */
    private static Map<String, Object> grouped(Map<String, Object> row) {
        row.replaceAll((column, value) -> value instanceof Long count ? String.format(Locale.ROOT, "%,d", count) : value);
        return row;
    }

    /** One series; {@code longest} is the longest gaps as JSON objects or as text for the table. */
    private static Map<String, Object> row(SeriesListing listing, Object longest) {
        StoredSeries s = listing.stored();
        GapReport gaps = listing.gaps();
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("venue", s.key().venue());
        row.put("symbol", s.key().symbol());
        row.put("resolution", s.key().resolution().label());
        row.put("candles", s.count());
        row.put("first", s.first().toString());
        row.put("last", s.last().toString());
        row.put("missing", gaps.missingBars());
        row.put("gaps", gaps.gapCount());
        row.put("longest_gaps", longest);
        return row;
    }

    private static Map<String, Object> gap(Gap g) {
        Map<String, Object> gap = new LinkedHashMap<>();
        gap.put("from", g.from().toString());
        gap.put("to", g.to().toString());
        gap.put("missing", g.missingBars());
        return gap;
    }
}
