package io.tradewind.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.tradewind.live.PaperVenue;
import io.tradewind.service.InstanceState;
import io.tradewind.service.InstanceView;
import io.tradewind.sim.ExchangeSnapshot;
import io.tradewind.sim.ExchangeSnapshot.MarketState;
import io.tradewind.sim.gateway.PaperVenueState;
import io.tradewind.sim.gateway.PaperVenueStore;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * A paper replay goes on after a restart where it stopped: the paper market keeps the newest
 * candle that moved it, and a service started again on the same store trades only on the candles
 * after it, the earlier ones warming its instance up. It used to start again at {@code replay.from},
 * so the orders and position kept from before met the replay's earlier prices a second time.
 */
@QuarkusTest
@TestProfile(ReplayResumeRestartTest.SlowerReplay.class)
class ReplayResumeRestartTest {

    private static final Instant REPLAY_FROM = Instant.parse("2024-01-01T00:30:00Z");
    private static final Instant LAST_STORED = Instant.parse("2024-01-01T06:39:00Z");

    /** The kill switch test's instance on a database of its own, slow enough to stop in the middle. */
    public static class SlowerReplay extends KillSwitchRestartTest.OneInstance {
        @Override
        public Map<String, String> getConfigOverrides() {
            Map<String, String> config = super.getConfigOverrides();
            config.put("quarkus.datasource.jdbc.url", "jdbc:h2:mem:replay-resume-restart;DB_CLOSE_DELAY=-1");
            config.put("tradewind.strategies.entry.replay.candles-per-second", "50");
            return config;
        }
    }

    @Inject
    TradingService firstRun;

    @Inject
    PaperVenueStore paperStore;

    @Inject
    ServiceRestarts restarts;

    @Test
    void a_restarted_replay_goes_on_after_the_last_candle_the_paper_market_played() throws Exception {
        firstRun.start();
        awaitView(firstRun, view -> view.lastCandle() != null && view.lastCandle().isAfter(REPLAY_FROM.plusSeconds(3600)));
        firstRun.stop();
        Instant walked = lastCandleWalked();
        assertTrue(walked.isAfter(REPLAY_FROM.plusSeconds(3600)) && walked.isBefore(LAST_STORED), "stopped midway: " + walked);

        TradingService second = restarts.restarted();
        try {
            second.start();
            Instant warmedUpTo = second.instance("entry").orElseThrow().lastCandle();
            assertFalse(warmedUpTo.isBefore(walked), "the candles played before the restart warm it up; it trades after "
                    + walked + ", not from " + warmedUpTo);
            InstanceView finished = awaitView(second, view -> view.state() == InstanceState.PAUSED);
            assertTrue(finished.pausedReason().startsWith("replay finished"), finished.pausedReason());
            assertEquals(LAST_STORED, finished.lastCandle());
        } finally {
            second.stop();
        }
        assertEquals(LAST_STORED, lastCandleWalked());

        TradingService third = restarts.restarted();
        try {
            third.start();
            InstanceView done = awaitView(third, view -> view.state() == InstanceState.PAUSED);
            assertTrue(done.pausedReason().startsWith("replay finished"), "nothing is left to replay: " + done.pausedReason());
            assertEquals(0, done.ordersPlaced(), "no candle is played twice");
        } finally {
            third.stop();
        }

        movePaperMarketTo(Instant.parse("2030-01-01T00:00:00Z")); // as if it had replayed later candles of another file
        TradingService fourth = restarts.restarted();
        try {
            fourth.start();
            InstanceView done = awaitView(fourth, view -> view.state() == InstanceState.PAUSED);
            assertTrue(done.pausedReason().startsWith("replay finished"), "nothing of these candles is left to replay: "
                    + done.pausedReason());
        } finally {
            fourth.stop();
        }
    }

    private void movePaperMarketTo(Instant lastCandleWalked) {
        PaperVenueState saved = paperStore.load(PaperVenue.NAME).orElseThrow();
        ExchangeSnapshot exchange = saved.exchange();
        MarketState market = exchange.markets().get(0);
        ExchangeSnapshot moved = new ExchangeSnapshot(exchange.clock(), exchange.orderSequence(), exchange.tradeSequence(),
                exchange.assets(), List.of(new MarketState(market.instrument(), market.lastPrice(),
                        lastCandleWalked.getEpochSecond())), exchange.accounts(), exchange.orders());
        paperStore.save(PaperVenue.NAME, new PaperVenueState(moved, List.of(), List.of(), saved.undeliveredOrders(),
                saved.undeliveredTrades()));
    }

    private Instant lastCandleWalked() {
        long walked = paperStore.load(PaperVenue.NAME).orElseThrow().exchange().markets().get(0).lastCandleWalked();
        return Instant.ofEpochSecond(walked);
    }

    private static InstanceView awaitView(TradingService service, Predicate<InstanceView> condition) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        InstanceView view = service.instance("entry").orElseThrow();
        while (!condition.test(view) && Instant.now().isBefore(deadline)) {
            Thread.sleep(20);
            view = service.instance("entry").orElseThrow();
        }
        assertTrue(condition.test(view), "timed out: " + view);
        return view;
    }
}
