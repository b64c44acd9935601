package io.tradewind.service;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One strategy instance as the operator sees it: a snapshot, taken without waiting for a tick.
 *
 * @param id              the instance id, the key under {@code tradewind.strategies}
 * @param plugin          the strategy plugin's name
 * @param venue           {@code paper} or a connector's name
 * @param account         the venue account its orders use
 * @param symbol          the instrument it trades
 * @param resolution      its candles' resolution, such as {@code 1m}
 * @param chartTicker     the UDF ticker its candles are charted under ({@code venue:SYMBOL} of the
 *                        series it plays: a replay's stored series, or its feed venue's)
 * @param state           where it is in its life
 * @param pausedReason    why it is paused (operator, repeated failures), or null
 * @param riskHalt        why a daily loss limit stops its entries today (it still trades orders that
 *                        reduce its position), or null
 * @param lastTick        when its last tick finished, or null before the first
 * @param lastCandle      open time of the last candle it was handed, or null
 * @param ticks           ticks run since start
 * @param skippedTicks    ticks skipped because the previous one was still running or late
 * @param errors          ticks that failed since start
 * @param lastError       the last failure in one line (hook, exception, message), or null; kept after recovery
 * @param lastErrorAt     when the last failure happened, or null
 * @param openOrders      its orders the venue still works on
 * @param position        its position in the base asset (negative when short)
 * @param averagePrice    average entry price of the position, or null when flat
 * @param budget          the most it may commit, by asset, as configured
 * @param realisedPnl     realised profit and loss in the quote asset, after fees
 * @param unrealisedPnl   open position marked at the last price, in the quote asset; 0 until the
 *                        instance has a last price (a restarted instance before its first candle)
 * @param ordersPlaced    orders the venue accepted since start (the store keeps every order)
 * @param ordersFilled    orders filled completely since start
 * @param ordersRejected  orders refused by local checks or rejected by the venue since start, and order
 *                        actions the strategy context rejected as meaningless (no side, a quantity of zero …)
 * @param ordersCancelled orders cancelled since start
 */
public record InstanceView(String id, String plugin, String venue, String account, String symbol,
        String resolution, String chartTicker, InstanceState state, String pausedReason, String riskHalt, Instant lastTick, Instant lastCandle, long ticks,
        long skippedTicks, long errors, String lastError, Instant lastErrorAt, int openOrders, BigDecimal position,
        BigDecimal averagePrice, @Schema(implementation = AssetAmountsSchema.class) Map<String, BigDecimal> budget, BigDecimal realisedPnl,
        BigDecimal unrealisedPnl, long ordersPlaced, long ordersFilled, long ordersRejected,
        long ordersCancelled) {

    public InstanceView {
        budget = Map.copyOf(budget);
    }

    /** Realised plus unrealised PnL, in the quote asset. */
    public BigDecimal equityChange() {
        return realisedPnl.add(unrealisedPnl);
    }
}
