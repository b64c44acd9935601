package io.tradewind.cli;

import io.tradewind.domain.Instrument;
import io.tradewind.exchange.Venue;
import io.tradewind.exchange.VenueCapability;
import io.tradewind.exchange.VenueRegistry;
import io.tradewind.execution.StoreException;
import io.tradewind.execution.VenueException;
import io.tradewind.marketdata.CandleStore;
import io.tradewind.marketdata.Resolution;
import io.tradewind.marketdata.SeriesKey;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code data download}: a venue's candle history into the local store, resumable (see {@link DataDownloadRun}). */
@Command(name = "download", description = {
        "Download a venue's candle history into the local store, page by page, under the series VENUE:SYMBOL:RES"
                + " (the canonical symbol, e.g. nobitex:BTC-IRT:1h).",
        "Run again to resume: it starts after the last stored candle. Candles already stored are replaced, never doubled."
                + " A failed page keeps what came before it (exit code 7: run the same command again)."})
class DataDownloadCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--venue", required = true, paramLabel = "VENUE", description = "The venue id, e.g. nobitex.")
    String venue;

    @Option(names = "--symbol", required = true, paramLabel = "SYMBOL", description = "The market, e.g. BTCIRT or BTC-IRT.")
    String symbol;

    @Option(names = "--resolution", defaultValue = "1m", paramLabel = "RES",
            description = "1m 3m 5m 15m 30m 1h 2h 4h 6h 12h 1d 1w (default: ${DEFAULT-VALUE}).")
    String resolution;

    @Option(names = "--from", required = true, paramLabel = "TIME",
            description = "First open time: 2024-01-01T00:00:00Z, 2024-01-01 or epoch seconds; rounded down to its bucket.")
    String from;

    @Option(names = "--to", paramLabel = "TIME", description = "End of the range, exclusive (default: now).")
    String to;

    @Option(names = "--base-url", paramLabel = "URL", description = "Call the venue at this URL instead of the configured one.")
    String baseUrl;

    final VenueRegistry registry;
    final CandleStore store;
    final StoreErrors errors;
    final StoreLocation location;

    DataDownloadCommand(VenueRegistry registry, CandleStore store, StoreErrors errors, StoreLocation location) {
        this.registry = registry;
        this.store = store;
        this.errors = errors;
        this.location = location;
    }

    @Override
    public Integer call() {
        String id = ExchangeVenues.id(venue, registry, spec);
        if (symbol.isBlank()) {
            // said before the venue is asked for its markets, as data import says it
            throw new ParameterException(spec.commandLine(), "--symbol is empty: give the market, e.g. BTCIRT or BTC-IRT");
        }
        Resolution res = resolution();
        Instant start = res.bucketStart(ExchangeTimes.parse(from, "--from", spec));
        Instant now = Instant.now();
        Instant end = to == null ? now : ExchangeTimes.parse(to, "--to", spec);
        end = end.isAfter(now) ? now : end;
        if (!start.isBefore(end)) {
            throw new ParameterException(spec.commandLine(), "--from " + start + " is not before --to " + end);
        }
        Venue connector = ExchangeVenues.open(registry, id, baseUrl, spec);
        PrintWriter err = spec.commandLine().getErr();
        if (!connector.can(VenueCapability.CANDLES)) {
            err.println("error: " + id + " cannot serve candle history, so 'data download' cannot fetch it;"
                    + " record its trades with 'data record --trades' instead");
            return ExitCode.VENUE_CANNOT;
        }
        DataDownloadRun run = null;
        try {
            Optional<Instrument> instrument = ExchangeVenues.instrument(connector, id, symbol, spec);
            SeriesKey key = new SeriesKey(id, instrument.map(Instrument::symbol).orElse(symbol.trim()), res);
            try (StoreLocation.StoreLock lock = location.lockForWriting(err)) {
                TerminalProgress progress = new TerminalProgress(System.err);
                run = new DataDownloadRun(connector, store, key, instrument.orElse(null), progress);
                Instant resumeAt = run.start(start);
                long started = System.nanoTime();
                try {
                    run.run(start, end);
                } finally {
                    progress.finish();
                }
                report(key, run, start, resumeAt, end, (System.nanoTime() - started) / 1e9);
                return ExitCode.OK;
            }
        } catch (VenueException e) {
            ExchangeFailures.Report report = ExchangeFailures.of(id, e);
            err.println("error: " + report.message() + (run == null ? ""
                    : String.format(Locale.ROOT, "; %,d candles were stored before it; run the same command again to resume",
                            run.written())));
            return report.exitCode();
        } catch (IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            return ExitCode.BAD_INPUT;
        } catch (StoreException e) {
            return errors.report(e, err);
        }
    }

    private void report(SeriesKey key, DataDownloadRun run, Instant start, Instant resumeAt, Instant end, double seconds) {
        PrintWriter out = spec.commandLine().getOut();
        String resumed = resumeAt.isAfter(start) ? " (resumed at " + resumeAt + ", after the last stored candle)" : "";
        out.println(String.format(Locale.ROOT, "downloaded %,d candles of %s from %s to %s in %,d page%s, %.1f s%s",
                run.written(), key, start, end, run.pages(), run.pages() == 1 ? "" : "s", seconds, resumed));
        store.describe(key).ifPresent(stored -> out.println(SeriesOptions.holds(stored)));
        out.flush();
    }

    private Resolution resolution() {
        try {
            return Resolution.parse(resolution);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--resolution: " + e.getMessage());
        }
    }
}
