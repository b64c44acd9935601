package io.tradewind.strategy;

import io.tradewind.domain.Instrument;
import io.tradewind.marketdata.DepthSnapshot;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.ta4j.core.BarSeries;

/**
 * Everything a strategy sees and does: market data, its account and position, and order
 * actions. In a backtest the clock is simulated and orders go to the simulated exchange; live,
 * the same calls reach a real venue through the same execution service.
 */
public interface StrategyContext extends OrderActions {

    /** Current time: simulated in a backtest, the wall clock live. */
    Instant now();

    /**
     * True while the strategy is fed history before trading starts (the candles before a
     * backtest's {@code from}, or the history loaded when the service starts), and in
     * {@link Strategy#onStart}: indicators should learn from it, but order actions are refused,
     * returning a rejected {@link OrderHandle} that says so.
     */
    boolean warmingUp();

    /** The instrument this strategy instance trades. */
    Instrument instrument();

    StrategyParameters parameters();

    /**
     * Closed candles as a ta4j series (double-based; for signals, never for money), bounded in
     * length. Kept only for strategies whose {@link Strategy#usesBarSeries()} is true.
     *
     * @throws IllegalStateException the strategy's {@code usesBarSeries()} is false
     */
    BarSeries series();

    /**
     * The candle that just closed: the cheap way to feed a strategy's own incremental indicators;
     * null in {@link Strategy#onStart}, before the first.
     */
    CandleView lastCandle();

    /** The latest order-book snapshot, or null before the first (always in {@link Strategy#onStart}). */
    DepthSnapshot depth();

    /**
     * What the strategy can spend now in {@code asset}: the account's last known balance minus
     * local holds; for a service instance with a budget, what is left of its budget with room for
     * the fees (at most the account's). Nothing is {@link BigDecimal#ZERO} itself, so that
     * {@code equals(BigDecimal.ZERO)} holds; compare other amounts with {@code compareTo}.
     */
    BigDecimal available(String asset);

    /**
     * This strategy instance's net position in the base asset (positive long, negative short);
     * flat is {@link BigDecimal#ZERO} itself (a position closed by fills of 8 decimals would
     * otherwise be {@code 0E-8}, which {@code equals(BigDecimal.ZERO)} is not).
     */
    BigDecimal position();

    /**
     * The average price its open position was entered at (fees apart), two digits finer than the
     * tick, or null when it is flat. Kept by the execution service, so it survives a restart.
     */
    BigDecimal averageEntryPrice();

    /** This strategy instance's open orders. */
    List<OpenOrder> openOrders();

    /**
     * The order actions, each order placed through them carrying why the strategy placed it, e.g.
     * {@code context.because("stop-loss").sellMarket(quantity)}. The reason is kept with the order
     * (the service's order list, events and dashboard show it), is in the order's line of the
     * decision log and, in a backtest report, in its fills, in its trades (the reason of the
     * order that opened each and of the one that closed it) and in the count of trades by exit reason.
     *
     * @param reason 1 to 32 characters: ASCII letters, digits, spaces and {@code - _ . : / + %}; a
     *               longer one is cut, another character kept as {@code _}, a blank one dropped,
     *               each with a warning in the log the first time: never a reason not to place the order
     */
    OrderActions because(String reason);

    /** Cancels one of this strategy's orders; false if it is no longer open. */
    boolean cancel(String uid);

    /** Cancels all of this strategy's open orders; returns how many cancels were sent. */
    int cancelAll();
}
