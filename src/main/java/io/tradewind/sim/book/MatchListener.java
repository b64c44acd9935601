package io.tradewind.sim.book;

/** Receives what {@link OrderBook#match} and {@link OrderBook#simulate} do, one call per step. */
public interface MatchListener {

    /**
     * A fill of {@code quantity} at {@code price} (the maker's price).
     *
     * @param makerRemaining the maker's remaining quantity after this fill (0: filled, removed)
     */
    void onFill(long makerId, int makerAccount, long price, long quantity, long makerRemaining);

    /**
     * A maker of the taker's own account was removed by self-trade prevention. Only
     * {@link OrderBook#match} calls this.
     */
    void onSelfTradeCancel(long makerId, long remaining);
}
