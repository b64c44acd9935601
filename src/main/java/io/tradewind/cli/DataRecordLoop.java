package io.tradewind.cli;

import io.tradewind.exchange.PublicTrade;
import io.tradewind.exchange.Venue;
import io.tradewind.execution.VenueException;
import io.tradewind.marketdata.RecordedMarketDataStore;
import io.tradewind.marketdata.RecordedTrade;
import java.util.List;

/** One poll of {@code data record}: the venue's depth and latest trades of one market into the store, counted. */
final class DataRecordLoop {

    private final Venue venue;
    private final RecordedMarketDataStore store;
    private final String venueId;
    private final String symbol;
    private final boolean depth;
    private final boolean trades;
    private long polls;
    private long snapshots;
    private long newTrades;

    DataRecordLoop(Venue venue, RecordedMarketDataStore store, String venueId, String symbol, boolean depth, boolean trades) {
        this.venue = venue;
        this.store = store;
        this.venueId = venueId;
        this.symbol = symbol;
        this.depth = depth;
        this.trades = trades;
    }

    /** Asks the venue once and stores what is new: a snapshot of a time not stored yet, trades of ids not stored yet. */
    void poll() throws VenueException {
        polls++;
        if (depth && store.recordDepth(venueId, venue.depth(symbol))) {
            snapshots++;
        }
        if (trades) {
            List<RecordedTrade> recent = venue.recentTrades(symbol).stream().map(PublicTrade::recorded).toList();
            newTrades += store.recordTrades(venueId, symbol, recent);
        }
    }

    long polls() {
        return polls;
    }

    long snapshots() {
        return snapshots;
    }

    long newTrades() {
        return newTrades;
    }
}
