package io.tradewind.strategy;

/**
 * The candle that just closed, as doubles for indicator math (signals are approximate, money is
 * not). One object is reused for every candle: read it during the hook, keep no reference.
 */
public interface CandleView {

    /** Open time in epoch seconds. */
    long openTimeSeconds();

    double open();

    double high();

    double low();

    double close();

    double volume();
}
