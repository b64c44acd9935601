package io.tradewind.execution;

import static io.tradewind.execution.Fixtures.ACCOUNT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tradewind.domain.Balance;
import io.tradewind.domain.OrderRequest;
import io.tradewind.domain.OrderStatus;
import io.tradewind.domain.Side;
import io.tradewind.exchange.CapturedLogs;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Reconciliation refreshes the balances from the venue outside the state lock; a fill settled
 * while the venue's answer is on its way must not be dropped from the view by that answer, which
 * may predate it (seen in the service's kill test as sells of a whole position refused for
 * "insufficient balance").
 */
class BalanceRefreshRaceTest {

    /** Answers the balances as they were, after a fill has been settled meanwhile. */
    private static final class FillWhileBalancesAreRead extends SynchronizedVenue {
        private final FakeVenue fake;
        Runnable meanwhile = () -> {
        };

        FillWhileBalancesAreRead(FakeVenue fake) {
            super(fake);
            this.fake = fake;
        }

        @Override
        public List<Balance> balances(String account) throws VenueException {
            List<Balance> before = fake.balances(account);
            meanwhile.run();
            return before;
        }
    }

    private final FakeVenue fake = Fixtures.richVenue();
    private final FillWhileBalancesAreRead venue = new FillWhileBalancesAreRead(fake);
    private final MutableClock clock = Fixtures.clock();
    private final ExecutionService service = new ExecutionService(venue, new InMemoryExecutionStore(), Fixtures.INSTRUMENTS,
            RiskConfig.none(), Fixtures.settings(clock));

    @Test
    void a_fill_settled_during_the_refresh_stays_in_the_available_balance() {
        service.start();
        OrderRecord buy = service.submit("grid-1", OrderIntent.limit(ACCOUNT, "BTC-IRR", Side.BUY, "1000000000", "0.5")).order();
        BigDecimal[] afterFill = new BigDecimal[1];
        venue.meanwhile = () -> {
            service.onTrade(ACCOUNT, fake.fill(buy.clientOrderId(), "0.5", "1000000000"));
            afterFill[0] = service.available(ACCOUNT, "BTC");
        };

        service.reconcile();

        assertEquals(0, new BigDecimal("10.5").compareTo(afterFill[0]), "the fill brought 0.5 BTC: " + afterFill[0]);
        assertEquals(0, afterFill[0].compareTo(service.available(ACCOUNT, "BTC")),
                "the refresh kept the settled fill: " + service.available(ACCOUNT, "BTC"));
    }

    /**
     * The other way round: a fill at the venue while the balances are read, its news not yet with
     * the service (the paper venue pushes it after the decision). Taken in, the answer counted the
     * fill, and its news counted it again: a market maker's sells were refused for a negative BTC
     * balance, an SMA bought with the proceeds of its last sell twice.
     */
    @Test
    void balances_ahead_of_the_news_the_venue_still_owes_are_not_taken() {
        AheadOfItsNews ahead = new AheadOfItsNews(fake);
        ExecutionService behind = new ExecutionService(ahead, new InMemoryExecutionStore(), Fixtures.INSTRUMENTS,
                RiskConfig.none(), Fixtures.settings(clock));
        behind.start();
        BigDecimal before = behind.available(ACCOUNT, "BTC");
        ahead.buy = behind.submit("grid-1", OrderIntent.limit(ACCOUNT, "BTC-IRR", Side.BUY, "1000000000", "0.5")).order();

        behind.reconcile();
        behind.onTrade(ACCOUNT, ahead.owed);

        assertEquals(0, before.add(new BigDecimal("0.5")).compareTo(behind.available(ACCOUNT, "BTC")),
                "the fill counted once: " + behind.available(ACCOUNT, "BTC"));
    }

    /**
     * A third way: the venue filled the order as it placed it, and its balances say so, while the place
     * answer carrying the fill is still on its way (the paper venue fills a market order at once). A
     * reconciliation reading them then took them in, and the answer counted the fill again: a paper
     * service sized its next buys on a sale's proceeds twice, and refused another instance's exit for
     * a negative BTC balance.
     */
    @Test
    void balances_read_while_a_place_answer_is_on_its_way_are_not_taken() {
        FilledBeforeItsAnswer venue = new FilledBeforeItsAnswer(fake);
        ExecutionService placing = new ExecutionService(venue, new InMemoryExecutionStore(), Fixtures.INSTRUMENTS,
                RiskConfig.none(), Fixtures.settings(clock));
        placing.start();
        BigDecimal btcBefore = placing.available(ACCOUNT, "BTC");
        venue.meanwhile = () -> {
            Thread reconciliation = new Thread(placing::reconcile);
            reconciliation.start();
            try {
                reconciliation.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        };

        OrderRecord buy = placing.submit("grid-1", OrderIntent.limit(ACCOUNT, "BTC-IRR", Side.BUY, "1000000000", "0.5"))
                .order();

        assertEquals("filled", buy.status().wireName());
        assertEquals(0, btcBefore.add(new BigDecimal("0.5")).compareTo(placing.available(ACCOUNT, "BTC")),
                "the fill counted once: " + placing.available(ACCOUNT, "BTC"));
        fake.balance("BTC", "12"); // a deposit the venue reports: taken by the next refresh, nothing being on its way
        placing.reconcile();
        assertEquals(0, new BigDecimal("12.5").compareTo(placing.available(ACCOUNT, "BTC")),
                "a refresh with nothing on its way takes the venue's balances: " + placing.available(ACCOUNT, "BTC"));
    }

    /** A place and a cancel that failed are no longer on their way: they must not hold every later refresh back. */
    @Test
    void failed_calls_leave_later_refreshes_to_be_taken() {
        ExecutionService service = Fixtures.service(fake, new InMemoryExecutionStore(), RiskConfig.none(), clock);
        OrderRecord resting = service.submit("grid-1", OrderIntent.limit(ACCOUNT, "BTC-IRR", Side.BUY, "1000000000", "0.5"))
                .order();
        fake.failNextPlace(FakeVenue.Failure.REFUSED_CONNECTION);
        service.submit("grid-1", OrderIntent.limit(ACCOUNT, "BTC-IRR", Side.BUY, "1000000000", "0.5"));
        fake.unreachable(true);
        service.cancel(resting.clientOrderId());
        fake.unreachable(false);

        fake.balance("BTC", "13");
        service.reconcile();

        assertEquals(0, new BigDecimal("13").compareTo(service.available(ACCOUNT, "BTC")),
                "the refresh was taken: " + service.available(ACCOUNT, "BTC"));
    }

    /**
     * A remote venue pushes no news: a resting order filled there after the reconciliation read the
     * trades and before the venue answered the balances. The answer counts the fill; taken in, the
     * next reconciliation's trades counted it again, and with that run's balances unanswered the
     * view stayed a fill ahead.
     */
    @Test
    void a_resting_order_filled_while_the_balances_are_read_counts_once() {
        assertFillDuringTheBalanceReadCountsOnce(true);
    }

    /** The same at a venue that lists no trades: the fill comes with the order's status. */
    @Test
    void a_resting_order_filled_while_the_balances_are_read_counts_once_where_the_venue_lists_no_trades() {
        assertFillDuringTheBalanceReadCountsOnce(false);
    }

    private void assertFillDuringTheBalanceReadCountsOnce(boolean listsOwnTrades) {
        FillsAsItAnswersBalances remote = new FillsAsItAnswersBalances(fake, listsOwnTrades);
        ExecutionService service = new ExecutionService(remote, new InMemoryExecutionStore(), Fixtures.INSTRUMENTS,
                RiskConfig.none(), Fixtures.settings(clock));
        service.start();
        BigDecimal btcBefore = service.available(ACCOUNT, "BTC");
        remote.fillOnRead = service.submit("grid-1", OrderIntent.limit(ACCOUNT, "BTC-IRR", Side.BUY, "1000000000", "0.5"))
                .order().clientOrderId();

        service.reconcile();
        remote.balancesUnanswered = true;
        service.reconcile();

        assertEquals(OrderStatus.FILLED, service.order(remote.fillOnRead).orElseThrow().status());
        assertEquals(0, btcBefore.add(new BigDecimal("0.5")).compareTo(service.available(ACCOUNT, "BTC")),
                "the fill counted once: " + service.available(ACCOUNT, "BTC"));
    }

    /** The trades are read again after the balances only while an order of ours could fill: a rate limit is not spent on nothing. */
    @Test
    void the_trades_are_read_again_only_while_an_order_is_live() {
        int[] tradeReads = {0};
        SynchronizedVenue counting = new SynchronizedVenue(fake) {
            @Override
            public TradePage ownTrades(String account, String cursor) throws VenueException {
                tradeReads[0]++;
                return super.ownTrades(account, cursor);
            }
        };
        ExecutionService service = new ExecutionService(counting, new InMemoryExecutionStore(), Fixtures.INSTRUMENTS,
                RiskConfig.none(), Fixtures.settings(clock));
        service.start();

        tradeReads[0] = 0;
        service.reconcile();
        assertEquals(1, tradeReads[0], "no live order: one read");

        service.submit("grid-1", OrderIntent.limit(ACCOUNT, "BTC-IRR", Side.BUY, "1000000000", "0.5"));
        tradeReads[0] = 0;
        service.reconcile();
        assertEquals(2, tradeReads[0], "a resting order: read again after the balances");
    }

    /** Balances kept out reconciliation after reconciliation are said once in a while, and so is their return. */
    @Test
    void balances_kept_out_for_long_are_warned_of() throws Exception {
        boolean[] busy = {true};
        SynchronizedVenue alwaysBusy = new SynchronizedVenue(fake) {
            @Override
            public boolean hasUndeliveredNews() {
                return busy[0];
            }
        };
        ExecutionService service = new ExecutionService(alwaysBusy, new InMemoryExecutionStore(), Fixtures.INSTRUMENTS,
                RiskConfig.none(), Fixtures.settings(clock));
        service.start();
        fake.balance("BTC", "12");

        List<String> whileBusy = CapturedLogs.during(() -> {
            for (int run = 2; run < 2 * Reconciler.REFRESHES_KEPT_OUT_BEFORE_A_WARNING; run++) { // start-up's was the first
                service.reconcile();
            }
        });
        busy[0] = false;
        List<String> once = CapturedLogs.during(service::reconcile);

        List<String> warnings = whileBusy.stream().filter(line -> line.contains("not taken from the venue")).toList();
        assertEquals(1, warnings.size(), "one warning in the first 119 runs: " + warnings);
        assertTrue(warnings.get(0).contains("balances of account main at venue fake not taken from the venue for 60 reconciliations in a row"),
                warnings.get(0));
        assertTrue(once.stream().anyMatch(line -> line.contains("taken from the venue again, after 119 reconciliations")), once.toString());
        assertEquals(0, new BigDecimal("12").compareTo(service.available(ACCOUNT, "BTC")));
    }

    /** Fills an order as it places it; its balances and answer carry the fill, its trade list only after the answer. */
    private static final class FilledBeforeItsAnswer extends SynchronizedVenue {
        private final FakeVenue fake;
        Runnable meanwhile = () -> {
        };
        private VenueTrade filled;
        private boolean answered;

        FilledBeforeItsAnswer(FakeVenue fake) {
            super(fake);
            this.fake = fake;
        }

        @Override
        public VenueOrder place(OrderRequest request) throws VenueException {
            fake.place(request);
            filled = fake.fill(request.uid(), request.quantity().toPlainString(), request.price().toPlainString());
            meanwhile.run();
            answered = true;
            return fake.order(request.uid()).orElseThrow();
        }

        @Override
        public TradePage ownTrades(String account, String cursor) throws VenueException {
            return answered ? fake.ownTrades(account, cursor) : new TradePage(List.of(), cursor, false);
        }

        @Override
        public List<Balance> balances(String account) throws VenueException {
            if (filled == null) {
                return fake.balances(account);
            }
            BigDecimal cost = filled.price().multiply(filled.quantity()).add(filled.fee());
            return fake.balances(account).stream().map(balance -> switch (balance.asset()) {
                case "BTC" -> new Balance("BTC", balance.available().add(filled.quantity()), balance.held());
                case "IRR" -> new Balance("IRR", balance.available().subtract(cost), balance.held());
                default -> balance;
            }).toList();
        }
    }

    /** A remote venue that fills a resting order as its balances are asked, and answers them with the fill. */
    private static final class FillsAsItAnswersBalances extends SynchronizedVenue {
        private final FakeVenue fake;
        private final boolean listsOwnTrades;
        String fillOnRead;
        boolean balancesUnanswered;

        FillsAsItAnswersBalances(FakeVenue fake, boolean listsOwnTrades) {
            super(fake);
            this.fake = fake;
            this.listsOwnTrades = listsOwnTrades;
        }

        @Override
        public List<Balance> balances(String account) throws VenueException {
            if (balancesUnanswered) {
                throw new VenueException("read timed out", true);
            }
            if (fillOnRead != null && fake.order(fillOnRead).orElseThrow().status().isOpen()) {
                VenueTrade trade = fake.fill(fillOnRead, "0.5", "1000000000");
                BigDecimal btc = fake.balances(account).stream().filter(b -> b.asset().equals("BTC")).findFirst()
                        .orElseThrow().available();
                fake.balance("BTC", btc.add(trade.quantity()).toPlainString());
            }
            return super.balances(account);
        }

        @Override
        public boolean listsOwnTrades() {
            return listsOwnTrades;
        }
    }

    /** Fills the buy while its balances are read, and answers them with the fill; its news is owed until pushed. */
    private static final class AheadOfItsNews extends SynchronizedVenue {
        private final FakeVenue fake;
        OrderRecord buy;
        VenueTrade owed;

        AheadOfItsNews(FakeVenue fake) {
            super(fake);
            this.fake = fake;
        }

        @Override
        public List<Balance> balances(String account) throws VenueException {
            if (buy == null || owed != null) {
                return fake.balances(account);
            }
            owed = fake.fill(buy.clientOrderId(), "0.5", "1000000000");
            return fake.balances(account).stream().map(balance -> balance.asset().equals("BTC")
                    ? new Balance("BTC", balance.available().add(owed.quantity()), balance.held()) : balance).toList();
        }

        @Override
        public boolean hasUndeliveredNews() {
            return owed != null;
        }
    }
}
