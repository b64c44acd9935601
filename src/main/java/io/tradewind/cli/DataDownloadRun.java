package io.tradewind.cli;

import io.tradewind.backtest.ProgressListener;
import io.tradewind.domain.Decimals;
import io.tradewind.domain.Instrument;
import io.tradewind.exchange.CandlePage;
import io.tradewind.exchange.Venue;
import io.tradewind.exchange.VenueCallException;
import io.tradewind.execution.VenueException;
import io.tradewind.marketdata.Candle;
import io.tradewind.marketdata.CandleChunk;
import io.tradewind.marketdata.CandleCursor;
import io.tradewind.marketdata.CandleScales;
import io.tradewind.marketdata.CandleStore;
import io.tradewind.marketdata.SeriesKey;
import io.tradewind.marketdata.StoredSeries;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Pages a venue's candle history of one series into the candle store, page by page, each page one
 * store write (so what was fetched stays stored when a later page fails). Resumable: it starts
 * after the last stored candle when that is inside the range. Deduplicated: only candles inside
 * the range and after the previous one are kept, and the store replaces candles of the same open
 * time. The connector's rate limits pace the calls.
 */
final class DataDownloadRun {

    private final Venue venue;
    private final CandleStore store;
    private final SeriesKey key;
    private final Instrument instrument;
    private final ProgressListener progress;
    private long written;
    private int pages;

    /**
     * @param key        the series under the venue id and canonical symbol, which is also the symbol asked of the venue
     * @param instrument the venue's market, whose grid sets the series' decimals; {@code null} when the venue lists none
     */
    DataDownloadRun(Venue venue, CandleStore store, SeriesKey key, Instrument instrument, ProgressListener progress) {
        this.venue = venue;
        this.store = store;
        this.key = key;
        this.instrument = instrument;
        this.progress = progress;
    }

    /** Where a download of {@code from .. to} starts: after the last stored candle when that lies in the range. */
    Instant start(Instant from) {
        Optional<StoredSeries> stored = store.describe(key);
        if (stored.isEmpty()) {
            return from;
        }
        Instant afterLast = stored.get().last().plus(key.resolution().duration());
        return afterLast.isAfter(from) ? afterLast : from;
    }

    /**
     * Downloads {@code from} (aligned) up to {@code to} (exclusive).
     *
     * @throws VenueException               a page could not be fetched; {@link #written()} says how much is stored
     * @throws IllegalArgumentException     the venue sent candles the series cannot hold (unaligned, more decimals)
     */
    void run(Instant from, Instant to) throws VenueException {
        long total = buckets(from, to);
        Instant cursor = start(from);
        progress.progress(buckets(from, cursor), total);
        while (cursor.isBefore(to)) {
            CandlePage page = venue.candles(key.symbol(), key.resolution(), cursor, to);
            pages++;
            List<Candle> fresh = inRange(page.candles(), cursor, to);
            requireAligned(fresh);
            if (!fresh.isEmpty()) {
                written += store.write(key, new OneChunk(chunk(fresh)));
            }
            if (page.done()) {
                break;
            }
            if (!page.nextFrom().isAfter(cursor)) {
                throw new VenueCallException(VenueCallException.Kind.MALFORMED_ANSWER, key.venue() + " candles: the next"
                        + " page would start at " + page.nextFrom() + ", not after " + cursor, false);
            }
            cursor = page.nextFrom();
            progress.progress(buckets(from, cursor), total);
        }
        progress.progress(total, total);
    }

    /** Candles written (inserted or replaced) so far. */
    long written() {
        return written;
    }

    /** Pages fetched so far. */
    int pages() {
        return pages;
    }

    private long buckets(Instant from, Instant to) {
        return Math.max(0, (to.getEpochSecond() - from.getEpochSecond()) / key.resolution().seconds());
    }

    private void requireAligned(List<Candle> candles) {
        for (Candle candle : candles) {
            key.resolution().requireAligned(key.venue(), candle.openTime());
        }
    }

    private static List<Candle> inRange(List<Candle> candles, Instant from, Instant to) {
        List<Candle> kept = new ArrayList<>(candles.size());
        Instant previous = null;
        for (Candle candle : candles) {
            Instant open = candle.openTime();
            if (!open.isBefore(from) && open.isBefore(to) && (previous == null || open.isAfter(previous))) {
                kept.add(candle);
                previous = open;
            }
        }
        return kept;
    }

    private CandleChunk chunk(List<Candle> candles) {
        CandleChunk chunk = new CandleChunk(scales(candles), candles.size());
        candles.forEach(chunk::add);
        return chunk;
    }

    /**
     * The series' decimals: those stored, else the instrument's grid or what the first page needs,
     * whichever is more. Quote volume keeps the price's decimals (it is informational and rounded).
     */
    private CandleScales scales(List<Candle> candles) {
        int price = instrument == null ? 0 : instrument.priceScale();
        int volume = instrument == null ? 0 : instrument.quantityScale();
        for (Candle c : candles) {
            price = Math.max(price, Math.max(Math.max(scale(c.open()), scale(c.high())), Math.max(scale(c.low()), scale(c.close()))));
            volume = Math.max(volume, scale(c.volume()));
        }
        Optional<StoredSeries> stored = store.describe(key);
        if (stored.isEmpty()) {
            return new CandleScales(price, volume, price);
        }
        CandleScales have = stored.get().scales();
        if (price > have.priceScale() || volume > have.volumeScale()) {
            throw new IllegalArgumentException(key + " is stored with " + have.priceScale() + " price and "
                    + have.volumeScale() + " volume decimals, but " + key.venue() + " sent candles with " + price + " and "
                    + volume + "; download them under another symbol or remove the series first");
        }
        return have;
    }

    private static int scale(BigDecimal value) {
        return Math.max(0, Decimals.significantScale(value));
    }

    /** A cursor over one prepared chunk: one page of candles in one store write. */
    private static final class OneChunk implements CandleCursor {
        private final CandleScales scales;
        private CandleChunk chunk;

        OneChunk(CandleChunk chunk) {
            this.chunk = chunk;
            this.scales = chunk.scales();
        }

        @Override
        public CandleScales scales() {
            return scales;
        }

        @Override
        public CandleChunk next() {
            CandleChunk next = chunk;
            chunk = null;
            return next;
        }
    }
}
