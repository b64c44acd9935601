package io.tradewind.live;

/**
 * One closed candle as a feed hands it to an instance, in the market's price and quantity units.
 *
 * @param nextOpen   the open of the candle after it when the feed already has that candle, else 0:
 *                   a decision's market order fills there ({@code next-open}), or at the close
 * @param nextVolume that candle's volume, or 0
 * @param history    a candle that closed before the instance started: it only warms the strategy up
 * @param late       a candle handed over after a newer one closed too (a feed catching up after an
 *                   outage): its path still moves the paper venue, but no decision is made on it
 */
public record Step(long openTimeSeconds, long open, long high, long low, long close, long volume, long nextOpen,
        long nextVolume, boolean history, boolean late) {
}
