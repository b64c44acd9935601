package io.tradewind.backtest.report;

import io.tradewind.domain.Side;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/**
 * The round trip still open after the last candle: what it entered, what of it was exited (a
 * volume cap can leave exits partly filled), the realised PnL of those exits and the rest marked at
 * the last close. The closed trades' PnL plus {@code realisedPnl} and {@code unrealisedPnl} add up
 * to the final equity's change; without it a run ending in a position did not reconcile.
 *
 * @param entrySide     {@link Side#BUY} for a long trade, {@link Side#SELL} for a short one
 * @param entryPrice    volume-weighted average of the entry fills
 * @param entryQuantity everything the entry fills took
 * @param openQuantity  what is still held (entered minus exited)
 * @param markPrice     the last candle's close
 * @param realisedPnl   the exits so far against the entry cost, net of all the trip's fees
 * @param unrealisedPnl the open quantity marked at {@code markPrice} against the entry cost
 * @param fees          every fee of the trip so far, in the quote asset
 * @param entryReason   why the strategy placed the order that opened it ({@code context.because}), or null
 */
public record OpenTrade(
        Side entrySide,
        Instant entryTime,
        BigDecimal entryPrice,
        BigDecimal entryQuantity,
        BigDecimal openQuantity,
        BigDecimal markPrice,
        BigDecimal realisedPnl,
        BigDecimal unrealisedPnl,
        BigDecimal fees,
        String entryReason) {

    public OpenTrade {
        Objects.requireNonNull(entrySide, "entrySide");
        Objects.requireNonNull(entryTime, "entryTime");
        Objects.requireNonNull(entryPrice, "entryPrice");
        Objects.requireNonNull(entryQuantity, "entryQuantity");
        Objects.requireNonNull(openQuantity, "openQuantity");
        Objects.requireNonNull(markPrice, "markPrice");
        Objects.requireNonNull(realisedPnl, "realisedPnl");
        Objects.requireNonNull(unrealisedPnl, "unrealisedPnl");
        Objects.requireNonNull(fees, "fees");
    }

    /** One line for the summary and the page, e.g. {@code long 0.13 entered … UTC at 1,012.30: realised 45.21, unrealised -1.23 at 999.00}. */
    String describe(ReportFormat format) {
        return (entrySide == Side.BUY ? "long " : "short ") + format.quantity(openQuantity) + " of "
                + format.quantity(entryQuantity) + " entered " + ReportFormat.time(entryTime) + " UTC at "
                + format.price(entryPrice) + ": realised " + format.money(realisedPnl) + " (fees included), unrealised "
                + format.money(unrealisedPnl) + " at the last close " + format.price(markPrice);
    }
}
