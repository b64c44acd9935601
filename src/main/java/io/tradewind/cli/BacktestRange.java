package io.tradewind.cli;

import io.tradewind.backtest.BacktestSpec;
import io.tradewind.marketdata.CandleStore;
import io.tradewind.marketdata.SeriesKey;
import io.tradewind.marketdata.StoredSeries;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Whether a spec's range holds any stored candle, checked before the backtest runs: a range
 * before the data, inside a gap or from a time to itself has nothing to replay.
 */
final class BacktestRange {

    private BacktestRange() {
    }

    /** Why the spec's range has no candles, or {@code null} when it has some. */
    static String problem(CandleStore store, BacktestSpec spec) {
        SeriesKey key = new SeriesKey(spec.venue(), spec.instrument().symbol(), spec.resolution());
        Optional<StoredSeries> described = store.describe(key);
        if (described.isEmpty()) {
            Optional<SeriesKey> otherCase = store.list().stream().map(StoredSeries::key)
                    .filter(stored -> stored.resolution() == key.resolution() && stored.sameMarketButForCase(key)).findFirst();
            if (otherCase.isPresent()) {
                // 'data import' refuses the other spelling: its advice would have led nowhere
                return "no " + key + " candles are stored, but " + otherCase.get() + ", the same market in other letter"
                        + " case: give venue=" + otherCase.get().venue() + " and symbol=" + otherCase.get().symbol()
                        + " in the spec";
            }
            return "no " + key + " candles are stored: import them with 'data import' or name a data.file in the spec";
        }
        StoredSeries stored = described.get();
        // the same defaults as the runner: the whole stored series
        Instant from = spec.from() != null ? spec.from() : stored.first();
        Instant to = spec.to() != null ? spec.to() : stored.last().plus(spec.resolution().duration());
        if (!from.isBefore(to)) {
            if (spec.to() == null) {
                // the user gave only from: the end is the stored series', and from lies past it
                return "no " + key + " candles from " + from + " on (stored: " + stored.first() + " to " + stored.last()
                        + "); choose a from inside the stored range";
            }
            // (both given and in the wrong order is refused with the spec)
            return "no " + key + " candles before " + to + " (stored: " + stored.first() + " to " + stored.last()
                    + "); choose a to inside the stored range";
        }
        if (store.firstOpenTime(key, from, to).isEmpty()) {
            return "no " + key + " candles from " + from + " to " + to + " (stored: " + stored.first() + " to "
                    + stored.last() + withinTheStoredRange(store, key, stored, from, to)
                    + "; 'data list' shows the gaps); choose from and to around stored candles";
        }
        return null;
    }

    /**
     * The parts of the spec's range before the first stored candle and after the last, in words (none
     * when the data covers it): a run over 2024-02-28 to 2024-03-10 on data of 1 to 5 March measured
     * four days, and said nothing of the other seven.
     */
    static List<String> uncovered(CandleStore store, BacktestSpec spec) {
        SeriesKey key = new SeriesKey(spec.venue(), spec.instrument().symbol(), spec.resolution());
        Optional<StoredSeries> described = store.describe(key);
        if (described.isEmpty()) {
            return List.of();
        }
        StoredSeries stored = described.get();
        Instant end = stored.last().plus(spec.resolution().duration());
        List<String> notes = new ArrayList<>();
        if (spec.from() != null && spec.from().isBefore(stored.first())) {
            notes.add("no " + key + " candles are stored from " + spec.from() + " to " + stored.first()
                    + ": the run starts at the first stored candle, " + stored.first());
        }
        if (spec.to() != null && spec.to().isAfter(end)) {
            notes.add("no " + key + " candles are stored from " + end + " to " + spec.to()
                    + ": the run ends after the last stored candle, at " + end);
        }
        return notes;
    }

    /** A range inside the stored one has no candle only inside a gap: say so, and where the data goes on. */
    private static String withinTheStoredRange(CandleStore store, SeriesKey key, StoredSeries stored, Instant from,
            Instant to) {
        if (from.isBefore(stored.first()) || to.isAfter(stored.last())) {
            return "";
        }
        return store.firstOpenTime(key, to, stored.last().plusSeconds(key.resolution().seconds()))
                .map(next -> "; the range lies inside a gap, and the next stored candle opens at " + next).orElse("");
    }
}
