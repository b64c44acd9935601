package io.tradewind.sim;

/**
 * One trade as reported to an {@link ExchangeListener}; a reused flyweight. Fees are in the quote
 * asset's units: the buyer's on top of the notional, the seller's out of it.
 */
public final class SimTrade {

    long sequence;
    Market market;
    long price;
    long quantity;
    long notional;
    SimOrder maker;
    SimOrder taker;
    long makerFee;
    long takerFee;

    /** 1, 2, 3, ... per exchange: the trade id. */
    public long sequence() {
        return sequence;
    }

    public Market market() {
        return market;
    }

    public long price() {
        return price;
    }

    public long quantity() {
        return quantity;
    }

    public long notional() {
        return notional;
    }

    public SimOrder maker() {
        return maker;
    }

    public SimOrder taker() {
        return taker;
    }

    public long makerFee() {
        return makerFee;
    }

    public long takerFee() {
        return takerFee;
    }
}
