package io.tradewind.live;

import io.tradewind.exchange.PublicTrade;
import io.tradewind.marketdata.DepthSnapshot;
import java.util.List;

/**
 * What an instance's venue feed records of its market besides candles, as {@code data record}
 * does (kept for replaying; no backtest reads it yet): the venue's depth at every tick, its public trades
 * at every trades poll.
 *
 * @param depth  whether to record depth snapshots
 * @param trades whether to record public trades
 */
public record MarketRecording(boolean depth, boolean trades) {

    public static final MarketRecording NONE = new MarketRecording(false, false);

    /** Where recorded market data goes; must not throw for a failure to keep it (the tick goes on). */
    public interface Sink {
        Sink NONE = new Sink() {
            @Override
            public void depth(DepthSnapshot snapshot) {
            }

            @Override
            public void trades(List<PublicTrade> trades) {
            }
        };

        void depth(DepthSnapshot snapshot);

        void trades(List<PublicTrade> trades);
    }

    /** Whether anything is recorded. */
    public boolean any() {
        return depth || trades;
    }
}
