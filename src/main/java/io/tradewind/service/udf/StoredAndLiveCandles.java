package io.tradewind.service.udf;

import io.tradewind.marketdata.Candle;
import io.tradewind.marketdata.CandleChunk;
import io.tradewind.marketdata.CandleCursor;
import io.tradewind.marketdata.CandleStore;
import io.tradewind.marketdata.SeriesKey;
import io.tradewind.marketdata.StoredSeries;
import java.time.Instant;
import java.util.List;
import java.util.OptionalLong;
import java.util.function.Consumer;

/**
 * A stored series with the candles running instances played on it: a live candle fills a time
 * the store lacks and, where both have one, wins, being the newest the venue said.
 */
final class StoredAndLiveCandles implements CandleSource {

    private final CandleStore store;
    private final SeriesKey key;
    private final List<Candle> live;

    /** @param live ascending, without repeated open times */
    StoredAndLiveCandles(CandleStore store, SeriesKey key, List<Candle> live) {
        this.store = store;
        this.key = key;
        this.live = live;
    }

    @Override
    public void read(long from, long to, Consumer<Candle> sink) {
        int next = firstLiveAtOrAfter(from);
        try (CandleCursor cursor = store.read(key, Instant.ofEpochSecond(from), Instant.ofEpochSecond(to))) {
            for (CandleChunk chunk = cursor.next(); chunk != null; chunk = cursor.next()) {
                for (int i = 0; i < chunk.size(); i++) {
                    long openTime = chunk.openTime(i);
                    while (next < live.size() && openTime(next) < openTime) {
                        sink.accept(live.get(next++));
                    }
                    if (next < live.size() && openTime(next) == openTime) {
                        sink.accept(live.get(next++));
                    } else {
                        sink.accept(chunk.candle(i));
                    }
                }
            }
        }
        while (next < live.size() && openTime(next) < to) {
            sink.accept(live.get(next++));
        }
    }

    @Override
    public OptionalLong firstOpenTime() {
        OptionalLong stored = store.describe(key).map(StoredSeries::first)
                .map(first -> OptionalLong.of(first.getEpochSecond())).orElse(OptionalLong.empty());
        if (live.isEmpty()) {
            return stored;
        }
        long firstLive = openTime(0);
        return OptionalLong.of(stored.isPresent() ? Math.min(stored.getAsLong(), firstLive) : firstLive);
    }

    private int firstLiveAtOrAfter(long from) {
        int low = 0;
        int high = live.size();
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (openTime(middle) < from) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }

    private long openTime(int i) {
        return live.get(i).openTime().getEpochSecond();
    }
}
