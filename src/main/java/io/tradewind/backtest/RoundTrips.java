package io.tradewind.backtest;

import io.tradewind.backtest.report.ClosedTrade;
import io.tradewind.backtest.report.OpenTrade;
import io.tradewind.domain.Side;
import io.tradewind.execution.FillRecord;
import io.tradewind.execution.PositionBook;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Groups a strategy's fills into round trips: a trade opens when the position leaves zero and
 * closes when it returns to zero. A fill that takes the position through zero (selling 15 while
 * long 5) closes the trip with the part that reaches zero and opens the next, the other way, with
 * the rest; its fee is shared between them by quantity. Entry and exit prices are volume-weighted;
 * fees are all fees of the trip in the quote asset. A trip still open after the last fill is
 * marked at the last close against the average cost of what it holds, as the execution service's
 * position ({@link PositionBook}) keeps it, so that its realised and unrealised parts are the ones
 * the strategy and the service's API show for the same fills. A trip's entry reason is that of the order whose fill opened it, its
 * exit reason that of the order whose fill closed it ({@code context.because}); null for none.
 */
final class RoundTrips {

    /** The closed trades, and the one still open at the end, or null. */
    record Result(List<ClosedTrade> closed, OpenTrade open) {
    }

    private RoundTrips() {
    }

    /** {@link #of(List, BigDecimal, Function)} of orders placed for no reason. */
    static Result of(List<FillRecord> fills, BigDecimal markPrice) {
        return of(fills, markPrice, clientOrderId -> null);
    }

    /**
     * @param markPrice the last close, at which a trip still open is valued
     * @param reasonOf  the reason of the order of a client order id, or null
     */
    static Result of(List<FillRecord> fills, BigDecimal markPrice, Function<String, String> reasonOf) {
        List<ClosedTrade> trades = new ArrayList<>();
        BigDecimal position = BigDecimal.ZERO;
        int sinceFlat = 0; // the first fill after the position was last flat
        Trip trip = null;
        for (int i = 0; i < fills.size(); i++) {
            FillRecord fill = fills.get(i);
            BigDecimal signed = fill.side() == Side.BUY ? fill.quantity() : fill.quantity().negate();
            BigDecimal after = position.add(signed);
            String reason = reasonOf.apply(fill.clientOrderId());
            if (trip == null) {
                trip = new Trip(fill.side(), fill.time(), reason);
            }
            if (position.signum() != 0 && after.signum() == -position.signum()) {
                BigDecimal closing = position.abs();
                BigDecimal closingFee = fill.fee().multiply(closing)
                        .divide(fill.quantity(), fill.fee().scale(), RoundingMode.HALF_EVEN);
                trip.add(fill.side(), fill.price(), closing, closingFee);
                trades.add(trip.close(fill.time(), reason));
                trip = new Trip(fill.side(), fill.time(), reason);
                trip.add(fill.side(), fill.price(), fill.quantity().subtract(closing), fill.fee().subtract(closingFee));
            } else {
                trip.add(fill.side(), fill.price(), fill.quantity(), fill.fee());
                if (after.signum() == 0) {
                    trades.add(trip.close(fill.time(), reason));
                    trip = null;
                    sinceFlat = i + 1;
                }
            }
            position = after;
        }
        if (trip == null) {
            return new Result(trades, null);
        }
        // a flat position's cost is zero, so the fills since then give the whole position's cost
        PositionBook held = new PositionBook();
        for (FillRecord fill : fills.subList(sinceFlat, fills.size())) {
            held.apply(fill, fill.feeAsset()); // only its cost is read: which fees count as realised does not matter
        }
        FillRecord last = fills.get(fills.size() - 1);
        return new Result(trades, trip.markedAt(markPrice, held.position(last.strategyInstance(), last.symbol()).cost()));
    }

    /** The fills of one round trip so far. */
    private static final class Trip {
        final Side entrySide;
        final Instant entryTime;
        final String entryReason;
        BigDecimal entryQuantity = BigDecimal.ZERO;
        BigDecimal entryValue = BigDecimal.ZERO;
        BigDecimal exitQuantity = BigDecimal.ZERO;
        BigDecimal exitValue = BigDecimal.ZERO;
        BigDecimal fees = BigDecimal.ZERO;

        Trip(Side entrySide, Instant entryTime, String entryReason) {
            this.entrySide = entrySide;
            this.entryTime = entryTime;
            this.entryReason = entryReason;
        }

        void add(Side side, BigDecimal price, BigDecimal quantity, BigDecimal fee) {
            BigDecimal value = price.multiply(quantity);
            if (side == entrySide) {
                entryQuantity = entryQuantity.add(quantity);
                entryValue = entryValue.add(value);
            } else {
                exitQuantity = exitQuantity.add(quantity);
                exitValue = exitValue.add(value);
            }
            fees = fees.add(fee);
        }

        /**
         * The trip as it stands: its whole value change (exits against entries, fees, the rest at the mark)
         * split into the unrealised part of what is still held and the realised rest, so the two add up exactly.
         * What is held is valued against {@code heldCost}, the average cost the position keeps (signed, as
         * {@link io.tradewind.execution.Position#cost()}): an exit between two entries releases its share of the
         * cost of the first alone, as the service books it; the trip's average entry would count the later one too.
         */
        OpenTrade markedAt(BigDecimal markPrice, BigDecimal heldCost) {
            BigDecimal open = entryQuantity.subtract(exitQuantity);
            BigDecimal entryPrice = entryValue.divide(entryQuantity, MathContext.DECIMAL64);
            BigDecimal openCost = heldCost.abs();
            int sign = entrySide == Side.BUY ? 1 : -1;
            BigDecimal whole = exitValue.subtract(entryValue).add(markPrice.multiply(open)).multiply(BigDecimal.valueOf(sign))
                    .subtract(fees);
            BigDecimal unrealised = markPrice.multiply(open).subtract(openCost).multiply(BigDecimal.valueOf(sign));
            return new OpenTrade(entrySide, entryTime, entryPrice, entryQuantity, open, markPrice, whole.subtract(unrealised),
                    unrealised, fees, entryReason);
        }

        ClosedTrade close(Instant exitTime, String exitReason) {
            BigDecimal gross = entrySide == Side.BUY ? exitValue.subtract(entryValue) : entryValue.subtract(exitValue);
            return new ClosedTrade(entrySide, entryTime, exitTime,
                    entryValue.divide(entryQuantity, MathContext.DECIMAL64),
                    exitValue.divide(exitQuantity, MathContext.DECIMAL64),
                    entryQuantity, gross.subtract(fees), fees, entryReason, exitReason);
        }
    }
}
