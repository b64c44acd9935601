package io.tradewind.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tradewind.domain.Balance;
import io.tradewind.domain.Instrument;
import io.tradewind.domain.InstrumentStatus;
import io.tradewind.domain.OrderRequest;
import io.tradewind.domain.OrderStatus;
import io.tradewind.domain.Side;
import io.tradewind.domain.TradingSession;
import io.tradewind.execution.VenueOrder;
import io.tradewind.sim.Market;
import io.tradewind.sim.gateway.InMemoryPaperVenueStore;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;

/** What configuration can and cannot change on a paper venue kept across restarts. */
class PaperVenueFactoryTest {

    private static final Instrument BTC = Instrument.of("BTC-USD", "BTC", "USD", "0.01", "0.0001", "0.0001", "0", "0.001");
    private static final Instrument ETH = Instrument.of("ETH-USD", "ETH", "USD", "0.01", "0.001", "0.001", "0", "0.001");

    private final InMemoryPaperVenueStore store = new InMemoryPaperVenueStore();

    @Test
    void a_kept_account_keeps_its_balance_and_new_accounts_and_instruments_are_added() {
        PaperVenueFactory.open(store, Map.of("BTC-USD", BTC), Map.of("main", Map.of("USD", new BigDecimal("100"))), BigDecimal.ZERO, BigDecimal.ZERO);

        PaperVenue again = PaperVenueFactory.open(store, Map.of("BTC-USD", BTC, "ETH-USD", ETH),
                Map.of("main", Map.of("USD", new BigDecimal("999")), "second", Map.of("USD", new BigDecimal("50"))),
                BigDecimal.ZERO, BigDecimal.ZERO);

        assertEquals(0, new BigDecimal("100").compareTo(usd(again.balances("main"))), "configured balances fund new accounts only");
        assertEquals(0, new BigDecimal("50").compareTo(usd(again.balances("second"))));
        assertEquals(ETH.symbol(), again.market("ETH-USD").symbol());
    }

    @Test
    void changed_terms_of_a_kept_instrument_are_refused_by_name() {
        PaperVenueFactory.open(store, Map.of("BTC-USD", BTC), Map.of("main", Map.of("USD", new BigDecimal("100"))), BigDecimal.ZERO, BigDecimal.ZERO);
        Instrument coarser = Instrument.of("BTC-USD", "BTC", "USD", "0.1", "0.0001", "0.0001", "0", "0.002");

        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> PaperVenueFactory.open(store,
                Map.of("BTC-USD", coarser), Map.of("main", Map.of("USD", new BigDecimal("100"))), BigDecimal.ZERO, BigDecimal.ZERO));

        assertTrue(refused.getMessage().contains("tick 0.01 → 0.1"), refused.getMessage());
        assertTrue(refused.getMessage().contains("taker-fee 0.001 → 0.002"), refused.getMessage());
    }

    @Test
    void a_kept_instrument_cannot_change_its_status_price_band_or_sessions_either() {
        PaperVenueFactory.open(store, Map.of("BTC-USD", BTC), Map.of("main", Map.of("USD", new BigDecimal("100"))), BigDecimal.ZERO, BigDecimal.ZERO);
        Instrument halted = new Instrument("BTC-USD", "BTC", "USD", BTC.tickSize(), BTC.stepSize(), BTC.minQuantity(), null, null,
                BTC.makerFee(), BTC.takerFee(), InstrumentStatus.INACTIVE, List.of(new TradingSession(Set.of(DayOfWeek.MONDAY),
                        LocalTime.of(9, 0), LocalTime.of(12, 0), ZoneOffset.UTC)), new BigDecimal("0.1"), 0);

        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> PaperVenueFactory.open(store,
                Map.of("BTC-USD", halted), Map.of("main", Map.of("USD", new BigDecimal("100"))), BigDecimal.ZERO, BigDecimal.ZERO));

        assertTrue(refused.getMessage().contains("status ACTIVE → INACTIVE"), refused.getMessage());
        assertTrue(refused.getMessage().contains("price-band null → 0.1"), refused.getMessage());
        assertTrue(refused.getMessage().contains("sessions [] → "), refused.getMessage());
    }

    /**
     * A reopened venue knows the newest candle that moved each market, so a restarted replay goes
     * on after it: it used to start again at {@code replay.from}, and the orders kept from before
     * met the replay's earlier prices again. A candle of a venue's live market data is not noted: a
     * later replay on the symbol must not go on after a time of another series.
     */
    @Test
    void a_reopened_venue_knows_the_newest_candle_that_moved_each_market_and_refuses_earlier_ones() {
        Map<String, Instrument> instruments = Map.of("BTC-USD", BTC, "ETH-USD", ETH);
        Map<String, Map<String, BigDecimal>> accounts = Map.of("main", Map.of("USD", new BigDecimal("100")));
        PaperVenue first = PaperVenueFactory.open(store, instruments, accounts, BigDecimal.ZERO, BigDecimal.ZERO);
        assertEquals(Market.NO_CANDLE, first.lastCandleWalked("BTC-USD"));
        long price = first.market("BTC-USD").toPriceUnits(new BigDecimal("100"));
        long volume = first.market("BTC-USD").toQuantityUnits(BigDecimal.ONE);
        assertTrue(first.walk("BTC-USD", 1_704_067_200L, price, price, price, price, volume, true));
        assertTrue(first.walk("BTC-USD", 1_704_067_260L, price, price, price, price, volume, true));
        long ethPrice = first.market("ETH-USD").toPriceUnits(new BigDecimal("100"));
        assertTrue(first.walk("ETH-USD", 1_798_761_600L, ethPrice, ethPrice, ethPrice, ethPrice,
                first.market("ETH-USD").toQuantityUnits(BigDecimal.ONE), false));

        PaperVenue reopened = PaperVenueFactory.open(store, instruments, accounts, BigDecimal.ZERO, BigDecimal.ZERO);

        assertEquals(1_704_067_260L, reopened.lastCandleWalked("BTC-USD"));
        assertEquals(Market.NO_CANDLE, reopened.lastCandleWalked("ETH-USD"), "moved by live market data only");
        assertFalse(reopened.walk("BTC-USD", 1_704_067_200L, price, price, price, price, volume, true),
                "a candle the market left before the restart is stale");
        assertTrue(reopened.walk("BTC-USD", 1_704_067_320L, price, price, price, price, volume, true));
        PaperVenue third = PaperVenueFactory.open(store, instruments, accounts, BigDecimal.ZERO, BigDecimal.ZERO);
        assertEquals(1_704_067_320L, third.lastCandleWalked("BTC-USD"));
        assertTrue(third.walk("BTC-USD", 1_704_067_000L, price, price, price, price, volume, false),
                "a live feed's candle is not measured against a replay's, which may be dated anywhere");
    }

    private static BigDecimal usd(List<Balance> balances) {
        return balances.stream().filter(b -> b.asset().equals("USD")).findFirst().orElseThrow().total();
    }

    /** As a backtest's max_volume_share: a paper market order took 449 BTC from candles of about 5. */
    @Test
    void aMaxVolumeShareCapsWhatADecisionTakesOfTheCandlesVolume() throws Exception {
        PaperVenue paper = PaperVenueFactory.open(new InMemoryPaperVenueStore(), Map.of("BTC-USD", BTC),
                Map.of("main", Map.of("USD", new BigDecimal("100000"))), BigDecimal.ZERO, new BigDecimal("0.1"));
        Market market = paper.market("BTC-USD");
        long price = market.toPriceUnits(new BigDecimal("100"));
        VenueOrder[] placed = new VenueOrder[1];

        paper.deciding("BTC-USD", price, true, price, market.toQuantityUnits(BigDecimal.TEN),
                () -> placed[0] = call(() -> paper.gateway().place(OrderRequest.market("m1", "main", "BTC-USD", Side.BUY, "5"))));

        assertEquals(0, BigDecimal.ONE.compareTo(placed[0].filled()), "a tenth of the next candle's 10: " + placed[0]);
        assertEquals(OrderStatus.CANCELLED, placed[0].status(), "the rest of a market order is cancelled, as in a backtest");
    }

    private static VenueOrder call(Callable<VenueOrder> place) {
        try {
            return place.call();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
