package io.tradewind.execution;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.tradewind.domain.Side;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PositionBookTest {

    private static final Instant DAY_ONE = Instant.parse("2025-12-30T10:00:00Z");
    private static final Instant DAY_TWO = Instant.parse("2025-12-31T10:00:00Z");
    private final PositionBook book = new PositionBook();
    private int trades;

    private void fill(String strategy, Side side, String quantity, String price, String fee, Instant time) {
        fill(strategy, side, new BigDecimal(quantity), new BigDecimal(price), new BigDecimal(fee), time);
    }

    private void fill(String strategy, Side side, BigDecimal quantity, BigDecimal price, BigDecimal fee, Instant time) {
        book.apply(new FillRecord("sim", "t" + ++trades, "o" + trades, strategy, "main", "BTC-IRR", side, price, quantity,
                fee, "IRR", time), "IRR");
    }

    @Test
    void closingAWholePositionReleasesItsWholeCostExactlyEvenBeyond34Digits() {
        // rial-sized prices with 25 decimals: 37 significant digits, beyond a 34-digit quotient
        BigDecimal price = new BigDecimal("100000000000");
        BigDecimal tiny = new BigDecimal("1E-25");
        for (int units : new int[] {1, 2, 4}) {
            fill("a", Side.BUY, BigDecimal.ONE, price.add(tiny.multiply(BigDecimal.valueOf(units))), BigDecimal.ZERO, DAY_ONE);
        }
        fill("a", Side.SELL, "3", "100000000001", "0", DAY_ONE);

        Position flat = book.position("a", "BTC-IRR");
        assertEquals(0, flat.quantity().signum());
        assertEquals(0, flat.cost().signum());
        BigDecimal expected = new BigDecimal("3").subtract(tiny.multiply(BigDecimal.valueOf(7)));
        assertEquals(0, expected.compareTo(flat.realisedPnl()), flat.realisedPnl().toPlainString());
    }

    @Test
    void aPartialCloseReleasesTheAverageCostShare() {
        fill("a", Side.BUY, "2", "100", "0", DAY_ONE);
        fill("a", Side.BUY, "2", "110", "0", DAY_ONE);
        fill("a", Side.SELL, "1", "120", "0", DAY_ONE);

        Position position = book.position("a", "BTC-IRR");
        assertEquals(0, new BigDecimal("3").compareTo(position.quantity()));
        assertEquals(0, new BigDecimal("315").compareTo(position.cost()));
        assertEquals(0, new BigDecimal("15").compareTo(position.realisedPnl()));
    }

    /**
     * An average cost of 305/3 released in part: kept to the 18 decimals the store keeps, so the
     * position reads the same after a restart (it had 34 significant digits in memory until then).
     */
    @Test
    void aPartlyReleasedCostIsKeptToTheStoresDecimals() {
        fill("a", Side.BUY, "1", "100", "0", DAY_ONE);
        fill("a", Side.BUY, "1", "100", "0", DAY_ONE);
        fill("a", Side.BUY, "1", "105", "0", DAY_ONE);
        fill("a", Side.SELL, "1", "110", "0", DAY_ONE);

        Position position = book.position("a", "BTC-IRR");
        assertEquals("8.333333333333333333", position.realisedPnl().toPlainString());
        assertEquals("203.333333333333333333", position.cost().toPlainString());
    }

    @Test
    void realisedProfitIsCountedPerStrategyAndPerUtcDayAndFeesInQuoteReduceIt() {
        fill("a", Side.BUY, "1", "100", "1", DAY_ONE);
        fill("a", Side.SELL, "1", "90", "1", DAY_ONE);
        fill("b", Side.BUY, "1", "100", "0", DAY_ONE);
        fill("b", Side.SELL, "1", "130", "0", DAY_TWO);

        LocalDate one = LocalDate.of(2025, 12, 30);
        LocalDate two = LocalDate.of(2025, 12, 31);
        assertEquals(0, new BigDecimal("-12").compareTo(book.realisedOn("a", one)));
        assertEquals(0, book.realisedOn("b", one).signum());
        assertEquals(0, new BigDecimal("30").compareTo(book.realisedOn("b", two)));
        assertEquals(0, new BigDecimal("-12").compareTo(book.realisedOn(one)));
        assertEquals(0, new BigDecimal("30").compareTo(book.realisedOn(two)));
        assertEquals(0, book.realisedOn("c", one).signum());
    }

    @Test
    void theNetQuantitySumsEveryStrategyAndAFlipOpensAtTheFillPrice() {
        fill("a", Side.BUY, "2", "100", "0", DAY_ONE);
        fill("b", Side.SELL, "0.5", "100", "0", DAY_ONE);
        fill("a", Side.SELL, "3", "120", "0", DAY_ONE);

        assertEquals(0, new BigDecimal("-1.5").compareTo(book.netQuantity("BTC-IRR")));
        Position flipped = book.position("a", "BTC-IRR");
        assertEquals(0, new BigDecimal("-1").compareTo(flipped.quantity()));
        assertEquals(0, new BigDecimal("-120").compareTo(flipped.cost()));
        assertEquals(0, new BigDecimal("40").compareTo(flipped.realisedPnl()));
        assertEquals(0, book.netQuantity("ETH-IRR").signum());
    }
}
