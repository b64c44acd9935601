package io.tradewind.runtime;

import io.tradewind.exchange.PublicTrade;
import io.tradewind.live.MarketRecording;
import io.tradewind.marketdata.DepthSnapshot;
import io.tradewind.marketdata.RecordedMarketDataStore;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * An instance's recorded market into the store's recorded tables, as {@code data record} keeps it.
 * A failure to store is logged and the tick goes on: recording is for later backtests, never a
 * reason to stop trading.
 */
final class RecordedMarket implements MarketRecording.Sink {

    private static final Logger LOG = Logger.getLogger(RecordedMarket.class);

    private final RecordedMarketDataStore store;
    private final String venue;
    private final String symbol;

    RecordedMarket(RecordedMarketDataStore store, String venue, String symbol) {
        this.store = store;
        this.venue = venue;
        this.symbol = symbol;
    }

    @Override
    public void depth(DepthSnapshot snapshot) {
        try {
            store.recordDepth(venue, snapshot);
        } catch (RuntimeException e) {
            LOG.warnf("recording %s %s depth failed, trading goes on: %s", venue, symbol, e.getMessage());
        }
    }

    @Override
    public void trades(List<PublicTrade> trades) {
        try {
            store.recordTrades(venue, symbol, trades.stream().map(PublicTrade::recorded).toList());
        } catch (RuntimeException e) {
            LOG.warnf("recording %s %s trades failed, trading goes on: %s", venue, symbol, e.getMessage());
        }
    }
}
