package io.tradewind.backtest.report;

import io.tradewind.domain.Decimals;
import io.tradewind.domain.Side;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/**
 * A round trip: a position opened and closed. Prices are volume-weighted averages of the fills
 * on each side; {@code pnl} is net of {@code fees} (all fees of both sides, in the quote asset).
 *
 * @param entrySide   {@link Side#BUY} for a long trade, {@link Side#SELL} for a short one
 * @param entryReason why the strategy placed the order that opened it ({@code context.because}), or null
 * @param exitReason  why it placed the order that closed it, or null
 */
public record ClosedTrade(
        Side entrySide,
        Instant entryTime,
        Instant exitTime,
        BigDecimal entryPrice,
        BigDecimal exitPrice,
        BigDecimal quantity,
        BigDecimal pnl,
        BigDecimal fees,
        String entryReason,
        String exitReason) {

    public ClosedTrade {
        Objects.requireNonNull(entrySide, "entrySide");
        Objects.requireNonNull(entryTime, "entryTime");
        Objects.requireNonNull(exitTime, "exitTime");
        Objects.requireNonNull(entryPrice, "entryPrice");
        Objects.requireNonNull(exitPrice, "exitPrice");
        Objects.requireNonNull(quantity, "quantity");
        Objects.requireNonNull(pnl, "pnl");
        Objects.requireNonNull(fees, "fees");
        if (exitTime.isBefore(entryTime)) {
            throw new IllegalArgumentException("trade exits at " + exitTime + " before it enters at " + entryTime);
        }
        if (quantity.signum() <= 0) {
            throw new IllegalArgumentException("trade quantity must be greater than zero, was "
                    + Decimals.format(quantity));
        }
        if (fees.signum() < 0) {
            throw new IllegalArgumentException("trade fees must not be negative, was " + Decimals.format(fees));
        }
    }

    /** pnl as a fraction of what the entry cost (entry price × quantity): 0.01 is 1 %. */
    public double netReturn() {
        return pnl.doubleValue() / entryPrice.multiply(quantity).doubleValue();
    }

    /**
     * A trade whose pnl follows from its prices, its orders placed for no reason: (exit − entry) × quantity for a long trade, the
     * opposite for a short one, less fees.
     */
    public static ClosedTrade of(Side entrySide, Instant entryTime, Instant exitTime, BigDecimal entryPrice,
            BigDecimal exitPrice, BigDecimal quantity, BigDecimal fees) {
        BigDecimal gross = exitPrice.subtract(entryPrice).multiply(quantity);
        if (entrySide == Side.SELL) {
            gross = gross.negate();
        }
        return new ClosedTrade(entrySide, entryTime, exitTime, entryPrice, exitPrice, quantity,
                gross.subtract(fees), fees, null, null);
    }
}
