package io.tradewind.sim.book;

import static io.tradewind.domain.Side.BUY;
import static io.tradewind.domain.Side.SELL;
import static io.tradewind.sim.book.OrderBook.MARKET_BUY_LIMIT;
import static io.tradewind.sim.book.OrderBook.MARKET_SELL_LIMIT;
import static io.tradewind.sim.book.OrderBook.NO_PRICE;
import static io.tradewind.sim.book.RecordingListener.fill;
import static io.tradewind.sim.book.RecordingListener.selfTradeCancel;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tradewind.domain.Side;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The matching rules of {@link OrderBook}, told as small market scenes and run against every
 * implementation. Each book is wrapped in a {@link CheckedOrderBook}, so every operation is also
 * followed by a consistency check.
 */
abstract class OrderBookContractTest {

    static final int ALICE = 1;
    static final int BOB = 2;
    static final int CAROL = 3;

    private CheckedOrderBook book;
    private long filled;

    /** A new, empty book of the implementation under test. */
    protected abstract OrderBook newBook();

    /** Checks the implementation's own internal state; throws if it is inconsistent. */
    protected void verifyInternalState(OrderBook book) {
    }

    @BeforeEach
    void openEmptyBook() {
        book = new CheckedOrderBook(newBook(), this::verifyInternalState);
    }

    @Test
    void anEmptyBookHasNoPricesNoOrdersAndFillsNothing() {
        assertEquals(NO_PRICE, book.bestPrice(BUY));
        assertEquals(NO_PRICE, book.bestPrice(SELL));
        assertEquals(0, book.size());
        assertEquals(-1, book.remaining(1));
        assertEquals(List.of(), buy(ALICE, MARKET_BUY_LIMIT, 5));
        assertEquals(0, filled);
    }

    @Test
    void bestPricesAreTheHighestBidAndTheLowestAsk() {
        bid(1, ALICE, 99, 1);
        bid(2, ALICE, 100, 1);
        bid(3, ALICE, 98, 1);
        ask(4, BOB, 102, 1);
        ask(5, BOB, 101, 1);
        ask(6, BOB, 103, 1);

        assertEquals(100, book.bestPrice(BUY));
        assertEquals(101, book.bestPrice(SELL));
        assertEquals(6, book.size());
        assertEquals(List.of(2L, 1L, 3L), ids(BUY));
        assertEquals(List.of(5L, 4L, 6L), ids(SELL));
    }

    @Test
    void aBuyTakesTheCheapestAskFirstAtTheMakersPrice() {
        ask(1, BOB, 101, 5);
        ask(2, CAROL, 100, 5);

        assertEquals(List.of(fill(2, CAROL, 100, 5, 0), fill(1, BOB, 101, 2, 3)), buy(ALICE, 105, 7));
        assertEquals(7, filled);
        assertEquals(101, book.bestPrice(SELL));
        assertEquals(3, book.remaining(1));
        assertEquals(-1, book.remaining(2));
    }

    @Test
    void aSellTakesTheHighestBidFirst() {
        bid(1, BOB, 99, 5);
        bid(2, CAROL, 100, 5);

        assertEquals(List.of(fill(2, CAROL, 100, 5, 0), fill(1, BOB, 99, 1, 4)), sell(ALICE, 95, 6));
        assertEquals(99, book.bestPrice(BUY));
    }

    @Test
    void withinALevelTheOldestOrderFillsFirst() {
        ask(1, BOB, 100, 5);
        ask(2, CAROL, 100, 5);
        ask(3, BOB, 100, 5);

        assertEquals(List.of(fill(1, BOB, 100, 5, 0), fill(2, CAROL, 100, 2, 3)), buy(ALICE, 100, 7));
        assertEquals(List.of(2L, 3L), ids(SELL));
    }

    @Test
    void aPartlyFilledMakerKeepsItsPlaceAtTheFront() {
        ask(1, BOB, 100, 10);
        buy(ALICE, 100, 4);
        ask(2, CAROL, 100, 10);

        assertEquals(List.of(fill(1, BOB, 100, 6, 0), fill(2, CAROL, 100, 1, 9)), buy(ALICE, 100, 7));
    }

    @Test
    void theTakersLimitStopsTheWalk() {
        ask(1, BOB, 100, 1);
        ask(2, BOB, 101, 1);
        ask(3, BOB, 102, 1);

        assertEquals(List.of(fill(1, BOB, 100, 1, 0), fill(2, BOB, 101, 1, 0)), buy(ALICE, 101, 10));
        assertEquals(2, filled);
        assertEquals(102, book.bestPrice(SELL));

        bid(4, BOB, 100, 1);
        bid(5, BOB, 99, 1);
        assertEquals(List.of(fill(4, BOB, 100, 1, 0)), sell(ALICE, 100, 10));
        assertEquals(99, book.bestPrice(BUY));
    }

    @Test
    void aTakerThatDoesNotReachTheBestPriceFillsNothing() {
        ask(1, BOB, 100, 1);
        bid(2, BOB, 90, 1);

        assertEquals(List.of(), buy(ALICE, 99, 1));
        assertEquals(List.of(), sell(ALICE, 91, 1));
        assertEquals(2, book.size());
    }

    @Test
    void aMarketBuySweepsEveryLevelUntilFilled() {
        ask(1, BOB, 100, 2);
        ask(2, CAROL, 150, 2);
        ask(3, BOB, 1_000_000, 2);
        ask(4, CAROL, 2_000_000, 2);

        assertEquals(List.of(fill(1, BOB, 100, 2, 0), fill(2, CAROL, 150, 2, 0), fill(3, BOB, 1_000_000, 1, 1)),
                buy(ALICE, MARKET_BUY_LIMIT, 5));
        assertEquals(1_000_000, book.bestPrice(SELL));
        assertEquals(2, book.size());
    }

    @Test
    void aMarketSellSweepsDownToTheLowestBid() {
        bid(1, BOB, 100, 2);
        bid(2, CAROL, 1, 2);

        assertEquals(List.of(fill(1, BOB, 100, 2, 0), fill(2, CAROL, 1, 2, 0)), sell(ALICE, MARKET_SELL_LIMIT, 10));
        assertEquals(4, filled);
        assertEquals(NO_PRICE, book.bestPrice(BUY));
        assertEquals(0, book.size());
    }

    @Test
    void aSweepRemovesTheLevelsItEmptiesAndStopsWhenTheTakerIsFilled() {
        for (int level = 0; level < 5; level++) {
            ask(10 + level, BOB, 100 + level, 3);
            ask(20 + level, CAROL, 100 + level, 3);
        }

        buy(ALICE, 110, 19);

        assertEquals(19, filled);
        assertEquals(103, book.bestPrice(SELL));
        assertEquals(List.of(13L, 23L, 14L, 24L), ids(SELL));
        assertEquals(2, book.remaining(13));
    }

    @Test
    void cancelRemovesTheOrderAndReturnsWhatWasLeft() {
        ask(1, BOB, 100, 10);
        buy(ALICE, 100, 4);

        assertEquals(6, book.cancel(1));
        assertEquals(-1, book.remaining(1));
        assertEquals(-1, book.cancel(1));
        assertEquals(-1, book.cancel(99));
        assertEquals(NO_PRICE, book.bestPrice(SELL));
        assertEquals(0, book.size());
    }

    @Test
    void cancellingTheLastOrderOfTheBestLevelUncoversTheNextLevel() {
        bid(1, BOB, 100, 1);
        bid(2, BOB, 99, 1);
        bid(3, CAROL, 100, 1);

        book.cancel(1);
        assertEquals(100, book.bestPrice(BUY));
        book.cancel(3);
        assertEquals(99, book.bestPrice(BUY));
    }

    @Test
    void cancellingFromTheMiddleOfAQueueKeepsTheOthersInOrder() {
        ask(1, BOB, 100, 1);
        ask(2, BOB, 100, 1);
        ask(3, BOB, 100, 1);

        book.cancel(2);

        assertEquals(List.of(1L, 3L), ids(SELL));
        assertEquals(List.of(fill(1, BOB, 100, 1, 0), fill(3, BOB, 100, 1, 0)), buy(ALICE, 100, 2));
    }

    @Test
    void manyLevelsEmptiedBelowTheTopAreSkippedAndCanBeUsedAgain() {
        for (int i = 0; i < 60; i++) {
            ask(i, BOB, 1_000 + i, 1);
        }
        for (int i = 1; i < 60; i += 3) {
            book.cancel(i);
            book.cancel(i + 1);
        }
        ask(100, CAROL, 1_002, 4);
        ask(101, CAROL, 1_059, 4);

        assertEquals(1_000, book.bestPrice(SELL));
        assertEquals(List.of(fill(0, BOB, 1_000, 1, 0), fill(100, CAROL, 1_002, 4, 0), fill(3, BOB, 1_003, 1, 0)),
                buy(ALICE, 1_010, 6));
        assertEquals(List.of(6L, 9L, 12L), ids(SELL).subList(0, 3));
        assertEquals(19, book.size());
    }

    @Test
    void reducingKeepsTheOrdersPlaceInTheQueue() {
        ask(1, BOB, 100, 10);
        ask(2, CAROL, 100, 10);

        assertTrue(book.reduce(1, 3));

        assertEquals(3, book.remaining(1));
        assertEquals(List.of(fill(1, BOB, 100, 3, 0), fill(2, CAROL, 100, 2, 8)), buy(ALICE, 100, 5));
    }

    @Test
    void reducingToZeroOrUpwardsIsRefusedAndAnUnknownOrderIsNotReduced() {
        ask(1, BOB, 100, 10);

        assertThrows(IllegalArgumentException.class, () -> book.reduce(1, 0));
        assertThrows(IllegalArgumentException.class, () -> book.reduce(1, 10));
        assertThrows(IllegalArgumentException.class, () -> book.reduce(1, 11));
        assertEquals(10, book.remaining(1));
        assertFalse(book.reduce(2, 5));
    }

    @Test
    void cancelAndAddAgainMovesTheOrderToTheBackOfTheQueue() {
        ask(1, BOB, 100, 5);
        ask(2, CAROL, 100, 5);

        long left = book.cancel(1);
        ask(1, BOB, 100, left);

        assertEquals(List.of(2L, 1L), ids(SELL));
        assertEquals(List.of(fill(2, CAROL, 100, 5, 0), fill(1, BOB, 100, 1, 4)), buy(ALICE, 100, 6));
    }

    @Test
    void movingAnOrderToAnotherPriceTakesItsNewLevelsPriority() {
        bid(1, BOB, 99, 5);
        bid(2, CAROL, 98, 5);

        long left = book.cancel(2);
        bid(2, CAROL, 100, left);

        assertEquals(100, book.bestPrice(BUY));
        assertEquals(List.of(fill(2, CAROL, 100, 5, 0), fill(1, BOB, 99, 1, 4)), sell(ALICE, 90, 6));
    }

    @Test
    void aMakerOfTheTakersOwnAccountIsCancelledAndTheWalkGoesOn() {
        ask(1, ALICE, 100, 4);
        ask(2, BOB, 100, 5);
        ask(3, ALICE, 101, 2);
        ask(4, CAROL, 101, 5);

        assertEquals(List.of(selfTradeCancel(1, 4), fill(2, BOB, 100, 5, 0), selfTradeCancel(3, 2), fill(4, CAROL, 101, 1, 4)),
                buy(ALICE, 101, 6));
        assertEquals(6, filled);
        assertEquals(-1, book.remaining(1));
        assertEquals(-1, book.remaining(3));
        assertEquals(List.of(4L), ids(SELL));
    }

    @Test
    void ownMakersBehindTheLastFillAreLeftAlone() {
        bid(1, BOB, 100, 5);
        bid(2, ALICE, 100, 5);

        assertEquals(List.of(fill(1, BOB, 100, 5, 0)), sell(ALICE, 100, 5));
        assertEquals(5, book.remaining(2));
    }

    @Test
    void aLevelOfOnlyOwnOrdersIsEmptiedAndRemoved() {
        ask(1, ALICE, 100, 5);
        ask(2, BOB, 101, 5);

        assertEquals(List.of(selfTradeCancel(1, 5), fill(2, BOB, 101, 1, 4)), buy(ALICE, 101, 1));
        assertEquals(101, book.bestPrice(SELL));
    }

    @Test
    void anAllOrNoneMakerLargerThanTheTakerIsSkippedWithoutBlockingOthers() {
        aonAsk(1, BOB, 100, 10);
        ask(2, CAROL, 100, 3);
        ask(3, BOB, 101, 5);

        assertEquals(List.of(fill(2, CAROL, 100, 3, 0), fill(3, BOB, 101, 2, 3)), buy(ALICE, 101, 5));
        assertEquals(10, book.remaining(1));
        assertEquals(List.of(1L, 3L), ids(SELL));
    }

    @Test
    void anAllOrNoneMakerIsFilledWholeWhenTheTakerIsBigEnough() {
        aonAsk(1, BOB, 100, 10);
        ask(2, CAROL, 100, 5);

        assertEquals(List.of(fill(1, BOB, 100, 10, 0), fill(2, CAROL, 100, 2, 3)), buy(ALICE, 100, 12));
        assertEquals(List.of(fill(2, CAROL, 100, 3, 0)), buy(ALICE, 100, 3));
    }

    @Test
    void anAllOrNoneMakerIsSkippedOnceTheTakerHasLessLeftThanItNeeds() {
        bid(1, CAROL, 100, 4);
        aonBid(2, BOB, 100, 3);
        aonBid(3, BOB, 100, 1);

        assertEquals(List.of(fill(1, CAROL, 100, 4, 0), fill(3, BOB, 100, 1, 0)), sell(ALICE, 100, 6));
        assertEquals(5, filled);
        assertEquals(List.of(2L), ids(BUY));
    }

    @Test
    void anAllOrNoneMakerOfExactlyTheTakersSizeFills() {
        aonBid(1, BOB, 100, 7);

        assertEquals(List.of(fill(1, BOB, 100, 7, 0)), sell(ALICE, 100, 7));
    }

    @Test
    void simulateReportsTheFillsOfMatchAndChangesNothing() {
        ask(1, ALICE, 100, 4);
        aonAsk(2, BOB, 100, 20);
        ask(3, CAROL, 100, 3);
        ask(4, BOB, 101, 5);
        aonAsk(5, CAROL, 102, 2);
        List<long[]> before = book.orders(SELL);

        List<String> simulated = simulate(ALICE, BUY, 102, 10);
        long simulatedFill = filled;

        assertEquals(List.of(fill(3, CAROL, 100, 3, 0), fill(4, BOB, 101, 5, 0), fill(5, CAROL, 102, 2, 0)), simulated);
        assertEquals(10, simulatedFill);
        assertSameOrders(before, book.orders(SELL));
        assertEquals(5, book.size());

        List<String> matched = buy(ALICE, 102, 10);
        assertEquals(simulatedFill, filled);
        assertEquals(simulated, matched.stream().filter(call -> call.startsWith("fill")).toList());
        assertEquals(selfTradeCancel(1, 4), matched.get(0));
    }

    @Test
    void simulateTellsWhetherAFillOrKillOrderWouldFillCompletely() {
        bid(1, BOB, 100, 3);
        bid(2, CAROL, 99, 3);

        simulate(ALICE, SELL, 99, 7);
        assertEquals(6, filled, "not enough for 7");
        simulate(ALICE, SELL, 99, 6);
        assertEquals(6, filled, "enough for 6");
        simulate(ALICE, SELL, 100, 6);
        assertEquals(3, filled, "not at a limit of 100");
        assertEquals(2, book.size());
    }

    @Test
    void addingAnIdThatAlreadyRestsIsRefused() {
        bid(1, BOB, 100, 5);

        assertThrows(IllegalArgumentException.class, () -> ask(1, CAROL, 120, 5));
        assertEquals(1, book.size());
        assertEquals(NO_PRICE, book.bestPrice(SELL));
    }

    @Test
    void anIdCanBeUsedAgainOnceItsOrderHasLeftTheBook() {
        bid(1, BOB, 100, 5);
        sell(ALICE, 100, 5);

        ask(1, BOB, 105, 2);

        assertEquals(2, book.remaining(1));
    }

    @Test
    void nonPositivePriceOrQuantityIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> bid(1, BOB, 0, 5));
        assertThrows(IllegalArgumentException.class, () -> bid(1, BOB, -5, 5));
        assertThrows(IllegalArgumentException.class, () -> bid(1, BOB, 100, 0));
        assertEquals(0, book.size());
    }

    @Test
    void allOrNoneOrdersCrossingAPriceAreListedInPriorityOrder() {
        aonBid(1, BOB, 100, 5);
        bid(2, BOB, 101, 5);
        aonBid(3, CAROL, 101, 5);
        aonBid(4, CAROL, 99, 5);
        aonAsk(5, BOB, 103, 5);
        aonAsk(6, BOB, 102, 5);
        ask(7, BOB, 102, 5);

        assertEquals(List.of(3L, 1L), allOrNoneCrossing(BUY, 100));
        assertEquals(List.of(3L, 1L, 4L), allOrNoneCrossing(BUY, 1));
        assertEquals(List.of(), allOrNoneCrossing(BUY, 102));
        assertEquals(List.of(6L), allOrNoneCrossing(SELL, 102));
        assertEquals(List.of(6L, 5L), allOrNoneCrossing(SELL, MARKET_BUY_LIMIT));
    }

    @Test
    void rialPricesAndFarAwayPricesWorkTogether() {
        long rial = 123_456_789_000L;
        ask(1, BOB, rial, 5);
        ask(2, BOB, Long.MAX_VALUE - 1, 5);
        ask(3, BOB, 1, 5);
        bid(4, CAROL, rial - 1000, 5);

        assertEquals(1, book.bestPrice(SELL));
        assertEquals(List.of(fill(3, BOB, 1, 5, 0), fill(1, BOB, rial, 5, 0), fill(2, BOB, Long.MAX_VALUE - 1, 2, 3)),
                buy(ALICE, MARKET_BUY_LIMIT, 12));
        assertEquals(rial - 1000, book.bestPrice(BUY));
    }

    @Test
    void aBookLargerThanItsInitialSizeKeepsEveryOrder() {
        int orders = 2_500;
        for (int i = 0; i < orders; i++) {
            if (i % 2 == 0) {
                bid(i, BOB, 10_000 - i / 4, 1 + i % 7);
            } else {
                ask(i, CAROL, 20_000 + i / 4, 1 + i % 7);
            }
        }
        assertEquals(orders, book.size());
        for (int i = 0; i < orders; i += 4) {
            assertEquals(1 + i % 7, book.cancel(i));
        }
        buy(ALICE, MARKET_BUY_LIMIT, Long.MAX_VALUE);
        sell(ALICE, MARKET_SELL_LIMIT, Long.MAX_VALUE);
        assertEquals(0, book.size());
    }

    private void bid(long id, int account, long price, long quantity) {
        book.add(id, account, BUY, price, quantity, false);
    }

    private void ask(long id, int account, long price, long quantity) {
        book.add(id, account, SELL, price, quantity, false);
    }

    private void aonBid(long id, int account, long price, long quantity) {
        book.add(id, account, BUY, price, quantity, true);
    }

    private void aonAsk(long id, int account, long price, long quantity) {
        book.add(id, account, SELL, price, quantity, true);
    }

    private List<String> buy(int account, long limit, long quantity) {
        return match(account, BUY, limit, quantity);
    }

    private List<String> sell(int account, long limit, long quantity) {
        return match(account, SELL, limit, quantity);
    }

    private List<String> match(int account, Side side, long limit, long quantity) {
        RecordingListener listener = new RecordingListener();
        filled = book.match(account, side, limit, quantity, listener);
        return listener.calls;
    }

    private List<String> simulate(int account, Side side, long limit, long quantity) {
        RecordingListener listener = new RecordingListener();
        filled = book.simulate(account, side, limit, quantity, listener);
        return listener.calls;
    }

    private List<Long> ids(Side side) {
        List<Long> ids = new ArrayList<>();
        book.forEachOrder(side, (id, account, price, remaining, allOrNone) -> ids.add(id));
        return ids;
    }

    private List<Long> allOrNoneCrossing(Side side, long price) {
        List<Long> ids = new ArrayList<>();
        book.forEachAllOrNoneCrossing(side, price, ids::add);
        return ids;
    }

    private static void assertSameOrders(List<long[]> expected, List<long[]> actual) {
        assertEquals(expected.size(), actual.size());
        for (int i = 0; i < expected.size(); i++) {
            assertEquals(List.of(expected.get(i)[0], expected.get(i)[3]), List.of(actual.get(i)[0], actual.get(i)[3]));
        }
    }
}
