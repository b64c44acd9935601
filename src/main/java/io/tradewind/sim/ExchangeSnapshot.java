package io.tradewind.sim;

import io.tradewind.domain.Instrument;
import io.tradewind.domain.OrderStatus;
import io.tradewind.domain.OrderType;
import io.tradewind.domain.Side;
import io.tradewind.domain.TimeInForce;
import java.util.List;

/**
 * Everything a {@link SimulatedExchange} is between two calls, in plain values: what
 * {@link SimulatedExchange#restore} needs to build an exchange that behaves exactly as this one
 * would from here on (same matches, same ids, same events). Amounts are the exchange's scaled
 * longs. Lists are in id order, except {@link #orders}, which is in priority order: per market,
 * the bids then the asks as they queue in the book, then the stops in the order they wait.
 *
 * @param clock         the exchange clock, epoch milliseconds
 * @param orderSequence the last order sequence number handed out (arrival order, expiry ties)
 * @param tradeSequence the last trade id handed out
 */
public record ExchangeSnapshot(
        long clock,
        long orderSequence,
        long tradeSequence,
        List<AssetState> assets,
        List<MarketState> markets,
        List<AccountState> accounts,
        List<OrderState> orders) {

    public ExchangeSnapshot {
        assets = List.copyOf(assets);
        markets = List.copyOf(markets);
        accounts = List.copyOf(accounts);
        orders = List.copyOf(orders);
    }

    /** An asset with its precision, whether balances pinned it, and the exchange's totals of it. */
    public record AssetState(String name, int scale, boolean held, long deposited, long feesCollected) {
    }

    /**
     * A listed instrument, the price of its last trade (0 before the first) and the open time of
     * the newest candle that moved it ({@link Market#NO_CANDLE} if none did).
     */
    public record MarketState(Instrument instrument, long lastPrice, long lastCandleWalked) {
    }

    /** An account and its balance in each asset, by asset id. */
    public record AccountState(String name, boolean fundedOnDemand, List<BalanceState> balances) {

        public AccountState {
            balances = List.copyOf(balances);
        }
    }

    public record BalanceState(long available, long held) {
    }

    /**
     * An open order as the exchange keeps it.
     *
     * @param account       the account's id (its index in {@link #accounts})
     * @param market        the market's id (its index in {@link #markets})
     * @param type          the type it executes as (a triggered stop-limit is a limit)
     * @param requestedType the type it was placed as
     * @param holdMode      how its hold shrinks as it fills (name of the exchange's hold mode)
     * @param resting       whether it rests in its book (otherwise it is a queued stop)
     */
    public record OrderState(
            long id,
            String uid,
            int account,
            int market,
            Side side,
            OrderType type,
            OrderType requestedType,
            TimeInForce timeInForce,
            long price,
            long stopPrice,
            long quantity,
            long filled,
            long quoteBudget,
            long expireAt,
            long sequence,
            OrderStatus status,
            long rejectionMask,
            long held,
            String holdMode,
            boolean resting) {
    }
}
