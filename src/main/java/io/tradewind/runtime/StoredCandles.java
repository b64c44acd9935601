package io.tradewind.runtime;

import io.tradewind.live.VenueFeed;
import io.tradewind.marketdata.CandleChunk;
import io.tradewind.marketdata.CandleScales;
import io.tradewind.marketdata.ChunkCursor;
import io.tradewind.marketdata.CandleStore;
import io.tradewind.marketdata.SeriesKey;
import io.tradewind.marketdata.StoredSeries;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Keeps the candles a venue feed fetched in the candle store, under the venue's own series key,
 * so that backtests and charts find them later. A series stored with other decimals (imported,
 * or downloaded at other scales) is left as it is: keeping candles is a by-product, never a
 * reason for a tick to fail.
 */
final class StoredCandles implements VenueFeed.FetchedCandles {

    private static final Logger LOG = Logger.getLogger(StoredCandles.class);

    private final CandleStore store;
    private final SeriesKey key;
    private boolean off;

    StoredCandles(CandleStore store, SeriesKey key) {
        this.store = store;
        this.key = key;
    }

    @Override
    public void keep(CandleScales scales, CandleChunk candles) {
        if (off) {
            return;
        }
        try {
            Optional<CandleScales> stored = store.describe(key).map(StoredSeries::scales);
            if (stored.isPresent() && !stored.get().equals(scales)) {
                off = true;
                LOG.infof("%s is stored with other decimals than the venue feed's; its fetched candles are not kept", key);
                return;
            }
            store.write(key, new ChunkCursor(candles));
        } catch (RuntimeException e) {
            off = true;
            LOG.warnf("%s: the venue feed's candles are not kept from now on: %s", key, e.getMessage());
        }
    }
}
