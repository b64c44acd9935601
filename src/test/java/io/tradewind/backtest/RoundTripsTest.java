package io.tradewind.backtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.tradewind.backtest.report.ClosedTrade;
import io.tradewind.backtest.report.OpenTrade;
import io.tradewind.domain.Side;
import io.tradewind.execution.FillRecord;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class RoundTripsTest {

    private static FillRecord fill(Side side, String price, String quantity, String fee, int minute) {
        return new FillRecord("sim", "t" + minute, "c" + minute, "s", "backtest", "BTC-USD", side, new BigDecimal(price),
                new BigDecimal(quantity), new BigDecimal(fee), "USD", Instant.parse("2025-01-01T00:00:00Z").plusSeconds(60L * minute));
    }

    /**
     * An exit between two entries (a resting buy that filled around a market sell) releases the average
     * cost of what was held when it came, as the execution service's position does: the report split the
     * open trip's P&L against the average of every entry, and told realised -15 where the strategy's
     * context and the service's API told -10 for the same fills.
     */
    @Test
    void anOpenTripIsSplitAtTheAverageCostThePositionKeeps() {
        OpenTrade open = RoundTrips.of(List.of(
                fill(Side.BUY, "100", "2", "0", 0),
                fill(Side.SELL, "90", "1", "0", 1),
                fill(Side.BUY, "110", "2", "0", 2)), new BigDecimal("120")).open();

        assertEquals(0, new BigDecimal("-10").compareTo(open.realisedPnl()), "(90 - 100) × 1");
        assertEquals(0, new BigDecimal("40").compareTo(open.unrealisedPnl()), "120 × 3 - (100 + 220)");
        assertEquals(0, new BigDecimal("105").compareTo(open.entryPrice()), "the entries' average: (200 + 220) / 4");
        OpenTrade shortTrip = RoundTrips.of(List.of(
                fill(Side.SELL, "100", "2", "0", 0),
                fill(Side.BUY, "110", "1", "0", 1),
                fill(Side.SELL, "90", "2", "0", 2)), new BigDecimal("80")).open();
        assertEquals(0, new BigDecimal("-10").compareTo(shortTrip.realisedPnl()), "(100 - 110) × 1");
        assertEquals(0, new BigDecimal("40").compareTo(shortTrip.unrealisedPnl()), "(100 + 180) - 80 × 3");
    }

    /** The open trip's cost is that of the fills since the position was last flat, closed trips before it or not. */
    @Test
    void anOpenTripAfterClosedOnesIsSplitAtItsOwnAverageCost() {
        RoundTrips.Result result = RoundTrips.of(List.of(
                fill(Side.BUY, "100", "2", "0", 0),
                fill(Side.SELL, "120", "2", "0", 1),
                fill(Side.SELL, "130", "1", "0", 2),
                fill(Side.BUY, "125", "3", "0", 3),
                fill(Side.SELL, "90", "1", "0", 4),
                fill(Side.BUY, "110", "2", "0", 5)), new BigDecimal("120"));

        assertEquals(2, result.closed().size(), "the long, then the short that the buy of 3 closed and turned long 2 at 125");
        OpenTrade open = result.open();
        assertEquals(0, new BigDecimal("-35").compareTo(open.realisedPnl()), "(90 - 125) × 1");
        assertEquals(0, new BigDecimal("15").compareTo(open.unrealisedPnl()), "120 × 3 - (125 + 220)");
    }

    @Test
    void partialFillsMakeOneTripWithVolumeWeightedPrices() {
        List<ClosedTrade> trades = RoundTrips.of(List.of(
                fill(Side.BUY, "100", "1", "0.1", 0),
                fill(Side.BUY, "110", "1", "0.11", 1),
                fill(Side.SELL, "120", "2", "0.24", 5)), new BigDecimal("120")).closed();
        assertEquals(1, trades.size());
        ClosedTrade trade = trades.get(0);
        assertEquals(0, new BigDecimal("105").compareTo(trade.entryPrice()));
        assertEquals(0, new BigDecimal("120").compareTo(trade.exitPrice()));
        assertEquals(0, new BigDecimal("2").compareTo(trade.quantity()));
        assertEquals(0, new BigDecimal("0.45").compareTo(trade.fees()));
        assertEquals(0, new BigDecimal("29.55").compareTo(trade.pnl()), "240 - 210 - 0.45");
        assertEquals(Instant.parse("2025-01-01T00:05:00Z"), trade.exitTime());
    }

    /**
     * A position still open at the end is no closed trade, but it is reported: a volume cap left the
     * demo's last exit partly filled, and its trades then did not add up to its final equity.
     */
    @Test
    void aPositionStillOpenAtTheEndIsReportedSoThatEverythingAddsUp() {
        RoundTrips.Result result = RoundTrips.of(List.of(
                fill(Side.BUY, "100", "3", "0.3", 0),
                fill(Side.SELL, "110", "1", "0.11", 1),
                fill(Side.SELL, "90", "1", "0.09", 2)), new BigDecimal("95"));

        assertEquals(0, result.closed().size());
        OpenTrade open = result.open();
        assertEquals(0, new BigDecimal("1").compareTo(open.openQuantity()));
        assertEquals(0, new BigDecimal("3").compareTo(open.entryQuantity()));
        assertEquals(0, new BigDecimal("-0.5").compareTo(open.realisedPnl()), "110 + 90 - 200 - fees 0.5");
        assertEquals(0, new BigDecimal("-5").compareTo(open.unrealisedPnl()), "(95 - 100) × 1");
        // the cash change (-300 + 200 - 0.5) plus the held unit at 95 is the equity change, exactly
        assertEquals(0, new BigDecimal("-5.5").compareTo(open.realisedPnl().add(open.unrealisedPnl())));
        assertNull(RoundTrips.of(List.of(fill(Side.BUY, "100", "1", "0", 0), fill(Side.SELL, "101", "1", "0", 1)),
                new BigDecimal("101")).open());
    }

    /**
     * Long 5 (bought at 102), then a sale of 15 at 103: the first 5 close the long (+5 before fees),
     * the other 10 open a short at 103. The sale's fee is shared by quantity. The whole sale went
     * into the long once, which then read "long -10 of 5 entered" with no closed trade.
     */
    @Test
    void aFillThroughZeroClosesTheTripAndOpensTheNextTheOtherWay() {
        RoundTrips.Result result = RoundTrips.of(List.of(
                fill(Side.BUY, "102", "5", "0.51", 0),
                fill(Side.SELL, "103", "15", "1.545", 2)), new BigDecimal("96"));

        assertEquals(1, result.closed().size());
        ClosedTrade closed = result.closed().get(0);
        assertEquals(Side.BUY, closed.entrySide());
        assertEquals(0, new BigDecimal("5").compareTo(closed.quantity()));
        assertEquals(0, new BigDecimal("1.025").compareTo(closed.fees()), "0.51 + a third of 1.545 (0.515)");
        assertEquals(0, new BigDecimal("3.975").compareTo(closed.pnl()), "5 × (103 - 102) - 1.025");
        OpenTrade open = result.open();
        assertEquals(Side.SELL, open.entrySide());
        assertEquals(Instant.parse("2025-01-01T00:02:00Z"), open.entryTime());
        assertEquals(0, new BigDecimal("10").compareTo(open.openQuantity()));
        assertEquals(0, new BigDecimal("103").compareTo(open.entryPrice()));
        assertEquals(0, new BigDecimal("70").compareTo(open.unrealisedPnl()), "10 × (103 - 96)");
        assertEquals(0, new BigDecimal("-1.03").compareTo(open.realisedPnl()), "the short's share of the fee");
    }

    /** Three entries averaging 305/3 and no exit: nothing is realised but the fees, exactly, with no rounding residue. */
    @Test
    void aTripWithNoExitRealisesOnlyItsFeesExactly() {
        OpenTrade open = RoundTrips.of(List.of(
                fill(Side.BUY, "100", "1", "0", 0),
                fill(Side.BUY, "100", "1", "0", 1),
                fill(Side.BUY, "105", "1", "0", 2)), new BigDecimal("105")).open();

        assertEquals(0, BigDecimal.ZERO.compareTo(open.realisedPnl()), open.realisedPnl().toPlainString());
        assertEquals(0, new BigDecimal("10").compareTo(open.unrealisedPnl()), open.unrealisedPnl().toPlainString());
    }
}
