package io.tradewind.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tradewind.domain.Instrument;
import io.tradewind.domain.InstrumentStatus;
import io.tradewind.domain.TradingSession;
import io.tradewind.execution.StoreException;
import io.tradewind.execution.VenueException;
import io.tradewind.sim.book.FastOrderBook;
import io.tradewind.sim.gateway.DurablePaperGateway;
import io.tradewind.sim.gateway.InMemoryPaperVenueStore;
import io.tradewind.sim.gateway.PaperInvariants;
import io.tradewind.sim.gateway.PaperVenueState;
import io.tradewind.sim.gateway.PaperVenueStore;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/**
 * The JDBC paper venue store on a private in-memory H2 database per test: it loads exactly what
 * the in-memory store (which applies saves by definition) loads after the same saves, and a
 * venue reopened from it resumes where the saved one stood.
 */
class JdbcPaperVenueStoreTest {

    private static final AtomicInteger DATABASES = new AtomicInteger();

    private final DataSource dataSource = migrated("jdbc:h2:mem:paper-" + DATABASES.incrementAndGet() + ";DB_CLOSE_DELAY=-1");

    static DataSource migrated(String url) {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL(url);
        Flyway.configure().dataSource(h2).load().migrate();
        return h2;
    }

    @Test
    void loadsWhatTheSavesDescribeAndAVenueResumesFromIt() throws Exception {
        InMemoryPaperVenueStore reference = new InMemoryPaperVenueStore();
        PaperVenueStore jdbc = new JdbcPaperVenueStore(dataSource, () -> { });
        DurablePaperGateway venue = PaperScenario.open(both(jdbc, reference));
        for (int index = 0; index < 250; index++) {
            PaperScenario.call(venue, 3, index);
            if (index % 61 == 0) {
                venue = PaperScenario.open(both(new JdbcPaperVenueStore(dataSource, () -> { }), reference));
            }
        }
        PaperVenueState loaded = new JdbcPaperVenueStore(dataSource, () -> { }).load(PaperScenario.VENUE).orElseThrow();
        PaperVenueState expected = reference.load(PaperScenario.VENUE).orElseThrow();
        assertEquals(expected, loaded);
        assertEquals(venue.exchange().snapshot(), loaded.exchange());
        assertTrue(loaded.trades().size() > 30 && !loaded.exchange().orders().isEmpty(), "the scenario trades and rests");
        assertNull(PaperInvariants.violation(loaded.exchange()));
        assertEquals(venue.exchange().snapshot(), PaperScenario.open(new JdbcPaperVenueStore(dataSource, () -> { }))
                .exchange().snapshot());
    }

    /**
     * What a venue keeps in memory is loaded by index ranges and point lookups: the same orders and
     * trades as the in-memory store's definition (open orders, the last few placed with all their
     * trades, each account's last few trades, what unpushed news names), and the lookups of older
     * ones answer as it does.
     */
    @Test
    void loadsTheRecentHistoryAndLooksUpTheRestAsTheDefinitionDoes() throws Exception {
        InMemoryPaperVenueStore reference = new InMemoryPaperVenueStore();
        PaperVenueStore jdbc = new JdbcPaperVenueStore(dataSource, () -> { });
        DurablePaperGateway venue = PaperScenario.open(both(jdbc, reference));
        for (int index = 0; index < 300; index++) {
            PaperScenario.call(venue, 5, index);
        }
        for (int[] window : new int[][] {{1, 1}, {3, 4}, {20, 7}, {1_000, 1_000}}) {
            PaperVenueState loaded = jdbc.load(PaperScenario.VENUE, window[0], window[1]).orElseThrow();
            PaperVenueState expected = reference.load(PaperScenario.VENUE, window[0], window[1]).orElseThrow();
            assertEquals(expected.orders(), loaded.orders(), "orders, window " + window[0]);
            assertEquals(expected.trades(), loaded.trades(), "trades, window " + window[1]);
            assertTrue(window[0] > 20 || loaded.orders().size() < reference.load(PaperScenario.VENUE).orElseThrow().orders().size(),
                    "a short window loads less than everything");
        }
        PaperVenueState all = reference.load(PaperScenario.VENUE).orElseThrow();
        for (PaperVenueState.ClientOrder order : all.orders()) {
            assertEquals(reference.order(PaperScenario.VENUE, order.request().uid()), jdbc.order(PaperScenario.VENUE,
                    order.request().uid()), order.request().uid());
        }
        assertEquals(Optional.empty(), jdbc.order(PaperScenario.VENUE, "never-placed"));
        for (String account : PaperScenario.ACCOUNTS) {
            for (int from : new int[] {0, 3, 10, 1_000}) {
                assertEquals(reference.trades(PaperScenario.VENUE, account, from, 5), jdbc.trades(PaperScenario.VENUE, account,
                        from, 5), account + " from " + from);
            }
        }
    }

    @Test
    void keepsInstrumentsWithSessionsLimitsAndBandsExactly() {
        Instrument instrument = new Instrument("ETH-IRR", "ETH", "IRR", new BigDecimal("10000"), new BigDecimal("0.0001"),
                new BigDecimal("0.001"), new BigDecimal("1000000.50"), new BigDecimal("500"), new BigDecimal("0.0010"),
                new BigDecimal("0.002"), InstrumentStatus.ACTIVE,
                List.of(new TradingSession(EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY), LocalTime.of(9, 0),
                        LocalTime.of(12, 30), ZoneId.of("Asia/Tehran")),
                        new TradingSession(Set.of(DayOfWeek.MONDAY), LocalTime.of(22, 0), LocalTime.of(2, 0), ZoneId.of("UTC"))),
                new BigDecimal("0.1"), 7);
        PaperVenueStore store = new JdbcPaperVenueStore(dataSource, () -> { });
        DurablePaperGateway.open("eth", store, FastOrderBook::new, exchange -> exchange.addInstrument(instrument));

        Instrument loaded = store.load("eth").orElseThrow().exchange().markets().get(0).instrument();

        assertEquals(instrument, loaded);
    }

    @Test
    void twoVenuesInOneDatabaseAreKeptApart() throws Exception {
        PaperVenueStore store = new JdbcPaperVenueStore(dataSource, () -> { });
        DurablePaperGateway first = PaperScenario.open(store);
        DurablePaperGateway second = DurablePaperGateway.open("other", store, FastOrderBook::new, PaperScenario::setUp);
        for (int index = 0; index < 50; index++) {
            PaperScenario.call(first, 1, index);
        }
        PaperScenario.call(second, 2, 0);
        PaperVenueStore reopened = new JdbcPaperVenueStore(dataSource, () -> { });
        assertEquals(first.exchange().snapshot(), reopened.load(PaperScenario.VENUE).orElseThrow().exchange());
        assertEquals(second.exchange().snapshot(), reopened.load("other").orElseThrow().exchange());
        assertEquals(Optional.empty(), reopened.load("never-saved"));
    }

    @Test
    void aSaveThatFailsWritesNothingAndTheNextSaveWritesEverything() throws Exception {
        PaperVenueStore store = new JdbcPaperVenueStore(dataSource, () -> { });
        DurablePaperGateway venue = PaperScenario.open(store);
        execute("ALTER TABLE paper_own_trade ADD CONSTRAINT no_trades CHECK (position < 0)");
        PaperVenueState before = null;
        boolean failed = false;
        for (int index = 0; !failed; index++) {
            before = new JdbcPaperVenueStore(dataSource, () -> { }).load(PaperScenario.VENUE).orElseThrow();
            try {
                PaperScenario.call(venue, 4, index);
            } catch (VenueException e) {
                failed = true;
            }
        }
        assertEquals(before, new JdbcPaperVenueStore(dataSource, () -> { }).load(PaperScenario.VENUE).orElseThrow(),
                "the failed save, the first with a trade, left the previous state");

        execute("ALTER TABLE paper_own_trade DROP CONSTRAINT no_trades");
        venue.balances("alice");
        assertEquals(venue.exchange().snapshot(), new JdbcPaperVenueStore(dataSource, () -> { }).load(PaperScenario.VENUE)
                .orElseThrow().exchange());
    }

    @Test
    void anUnreachableDatabaseIsAStoreException() {
        JdbcDataSource missing = new JdbcDataSource();
        missing.setURL("jdbc:h2:mem:paper-missing;IFEXISTS=TRUE");
        PaperVenueStore store = new JdbcPaperVenueStore(missing, () -> { });
        StoreException e = assertThrows(StoreException.class, () -> store.load("paper"));
        assertTrue(e.getMessage().startsWith("paper venue store: cannot load paper venue paper: "), e.getMessage());
    }

    private void execute(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    /** Saves to both stores; loads from the first. */
    private static PaperVenueStore both(PaperVenueStore first, PaperVenueStore second) {
        return new PaperVenueStore() {
            @Override
            public Optional<PaperVenueState> load(String venue) {
                return first.load(venue);
            }

            @Override
            public void save(String venue, PaperVenueState changes) {
                first.save(venue, changes);
                second.save(venue, changes);
            }
        };
    }

}
