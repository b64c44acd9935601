package io.tradewind.cli;

import io.tradewind.exchange.Venue;
import io.tradewind.exchange.VenueCallException;
import io.tradewind.exchange.VenueCapability;
import io.tradewind.exchange.VenueRegistry;
import io.tradewind.execution.StoreException;
import io.tradewind.execution.VenueException;
import io.tradewind.marketdata.RecordedMarketDataStore;
import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code data record}: polls a venue's depth and public trades of one market into the store until
 * {@code --for} is over or Ctrl-C. A poll that fails for a passing reason (venue down, timeout,
 * rate limit) is reported and the recording goes on; any other failure ends it.
 */
@Command(name = "record", description = {
        "Record a venue's depth snapshots and public trades of one market into the local store (backtests do not"
                + " replay them yet: they trade against a book made from candles): one poll every --interval until --for"
                + " is over, or until Ctrl-C.",
        "A snapshot is stored once per venue time stamp; trades once per trade id. Without --depth or --trades, both."})
class DataRecordCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--venue", required = true, paramLabel = "VENUE", description = "The venue id, e.g. nobitex.")
    String venue;

    @Option(names = "--symbol", required = true, paramLabel = "SYMBOL", description = "The market, e.g. BTCIRT or BTC-IRT.")
    String symbol;

    @Option(names = "--depth", description = "Record depth snapshots.")
    boolean depth;

    @Option(names = "--trades", description = "Record public trades.")
    boolean trades;

    @Option(names = "--interval", defaultValue = "1s", paramLabel = "DURATION",
            description = "Time between polls: 500ms, 1s, 1m (default: ${DEFAULT-VALUE}).")
    String interval;

    @Option(names = "--for", paramLabel = "DURATION", description = "How long to record: 30s, 10m, 1h, 1d (default: until Ctrl-C).")
    String duration;

    @Option(names = "--base-url", paramLabel = "URL", description = "Call the venue at this URL instead of the configured one.")
    String baseUrl;

    final VenueRegistry registry;
    final RecordedMarketDataStore store;
    final StoreErrors errors;
    final StoreLocation location;
    final CommandStop stop;

    DataRecordCommand(VenueRegistry registry, RecordedMarketDataStore store, StoreErrors errors, StoreLocation location,
            CommandStop stop) {
        this.registry = registry;
        this.store = store;
        this.errors = errors;
        this.location = location;
        this.stop = stop;
    }

    @Override
    public Integer call() {
        String id = ExchangeVenues.id(venue, registry, spec);
        Duration every = duration(interval, "--interval");
        Duration length = duration == null ? null : duration(duration, "--for");
        boolean both = !depth && !trades;
        Venue connector = ExchangeVenues.open(registry, id, baseUrl, spec);
        PrintWriter err = spec.commandLine().getErr();
        for (VenueCapability needed : new VenueCapability[] {VenueCapability.DEPTH, VenueCapability.RECENT_TRADES}) {
            boolean wanted = both || (needed == VenueCapability.DEPTH ? depth : trades);
            if (wanted && !connector.can(needed)) {
                err.println("error: " + id + " cannot serve " + (needed == VenueCapability.DEPTH ? "its order book"
                        : "recent trades") + (both ? "; record only what it can with --depth or --trades" : ""));
                return ExitCode.VENUE_CANNOT;
            }
        }
        try {
            String market = ExchangeVenues.symbol(connector, id, symbol, spec);
            DataRecordLoop loop = new DataRecordLoop(connector, store, id, market, both || depth, both || trades);
            try (StoreLocation.StoreLock lock = location.lockForWriting(err)) {
                return record(loop, id, id + ":" + market, every, length);
            }
        } catch (VenueException e) {
            ExchangeFailures.Report report = ExchangeFailures.of(id, e);
            err.println("error: " + report.message());
            return report.exitCode();
        } catch (IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            return ExitCode.BAD_INPUT;
        } catch (StoreException e) {
            return errors.report(e, err);
        }
    }

    private int record(DataRecordLoop loop, String id, String series, Duration every, Duration length) throws VenueException {
        PrintWriter err = spec.commandLine().getErr();
        long started = System.nanoTime();
        long deadline = length == null ? Long.MAX_VALUE : started + length.toNanos();
        long failed = 0;
        CommandStop.Run recording = stop.begin();
        try {
            err.println("recording " + series + " every " + every.toMillis() + " ms"
                    + (length == null ? " until Ctrl-C" : " for " + length.toSeconds() + " s"));
            err.flush();
            while (!recording.stopRequested()) {
                long pollStarted = System.nanoTime();
                try {
                    loop.poll();
                } catch (VenueCallException e) {
                    if (!passing(e)) {
                        throw e;
                    }
                    failed++;
                    err.println("warning: " + Instant.now() + ": " + ExchangeFailures.of(id, e).message()
                            + "; recording goes on");
                    err.flush();
                }
                long now = System.nanoTime();
                if (now >= deadline) {
                    break;
                }
                long wait = Math.min(pollStarted + every.toNanos() - now, deadline - now);
                if (wait > 0 && recording.awaitStop(wait / 1_000_000)) {
                    break;
                }
            }
            PrintWriter out = spec.commandLine().getOut();
            out.println(String.format(Locale.ROOT, "recorded %,d depth snapshots and %,d new trades of %s in %,d polls"
                    + " over %.1f s%s%s", loop.snapshots(), loop.newTrades(), series, loop.polls(),
                    (System.nanoTime() - started) / 1e9, failed == 0 ? "" : String.format(Locale.ROOT, " (%,d polls failed)", failed),
                    recording.stopRequested() ? "; stopped on request" : ""));
            out.flush();
            return ExitCode.OK;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return ExitCode.OK;
        } finally {
            stop.end(recording);
        }
    }

    /** A failure that the next poll may not have: the venue down or slow, or asking us to slow down. */
    private static boolean passing(VenueCallException e) {
        return switch (e.kind()) {
            case UNAVAILABLE, TIMEOUT, RATE_LIMITED, MALFORMED_ANSWER -> true;
            default -> false;
        };
    }

    private Duration duration(String text, String option) {
        String value = text.trim().toLowerCase(Locale.ROOT);
        try {
            Duration parsed;
            if (value.endsWith("ms")) {
                parsed = Duration.ofMillis(Long.parseLong(value.substring(0, value.length() - 2)));
            } else {
                long amount = Long.parseLong(value.substring(0, value.length() - 1));
                parsed = switch (value.charAt(value.length() - 1)) {
                    case 's' -> Duration.ofSeconds(amount);
                    case 'm' -> Duration.ofMinutes(amount);
                    case 'h' -> Duration.ofHours(amount);
                    case 'd' -> Duration.ofDays(amount);
                    default -> throw new NumberFormatException("unit");
                };
            }
            if (parsed.isZero() || parsed.isNegative()) {
                throw new NumberFormatException("not positive");
            }
            return parsed;
        } catch (NumberFormatException | StringIndexOutOfBoundsException e) {
            throw new ParameterException(spec.commandLine(), option + ": '" + text
                    + "' is not a positive duration such as 500ms, 1s, 10m, 1h or 1d");
        }
    }
}
