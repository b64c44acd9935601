package io.tradewind.backtest;

import io.tradewind.backtest.report.ClosedTrade;
import io.tradewind.domain.Side;
import io.tradewind.execution.FillRecord;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Groups a strategy's fills into round trips: a trade opens when the position leaves zero and
 * closes when it returns to zero. Entry and exit prices are volume-weighted; fees are all fees
 * of the trip in the quote asset.
 */
final class RoundTrips {

    private RoundTrips() {
    }

    static List<ClosedTrade> of(List<FillRecord> fills) {
        List<ClosedTrade> trades = new ArrayList<>();
        BigDecimal position = BigDecimal.ZERO;
        Trip trip = null;
        for (FillRecord fill : fills) {
            BigDecimal signed = fill.side() == Side.BUY ? fill.quantity() : fill.quantity().negate();
            if (trip == null) {
                trip = new Trip(fill.side(), fill.time());
            }
            trip.add(fill);
            position = position.add(signed);
            if (position.signum() == 0) {
                trades.add(trip.close(fill.time()));
                trip = null;
            }
        }
        return trades;
    }

    /** The fills of one round trip so far. */
    private static final class Trip {
        final Side entrySide;
        final Instant entryTime;
        BigDecimal entryQuantity = BigDecimal.ZERO;
        BigDecimal entryValue = BigDecimal.ZERO;
        BigDecimal exitQuantity = BigDecimal.ZERO;
        BigDecimal exitValue = BigDecimal.ZERO;
        BigDecimal fees = BigDecimal.ZERO;

        Trip(Side entrySide, Instant entryTime) {
            this.entrySide = entrySide;
            this.entryTime = entryTime;
        }

        void add(FillRecord fill) {
            BigDecimal value = fill.price().multiply(fill.quantity());
            if (fill.side() == entrySide) {
                entryQuantity = entryQuantity.add(fill.quantity());
                entryValue = entryValue.add(value);
            } else {
                exitQuantity = exitQuantity.add(fill.quantity());
                exitValue = exitValue.add(value);
            }
            fees = fees.add(fill.fee());
        }

        ClosedTrade close(Instant exitTime) {
            BigDecimal gross = entrySide == Side.BUY ? exitValue.subtract(entryValue) : entryValue.subtract(exitValue);
            return new ClosedTrade(entrySide, entryTime, exitTime,
                    entryValue.divide(entryQuantity, MathContext.DECIMAL64),
                    exitValue.divide(exitQuantity, MathContext.DECIMAL64),
                    entryQuantity, gross.subtract(fees), fees);
        }
    }
}
