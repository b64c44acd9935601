package io.tradewind.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.tradewind.exchange.VenueDouble;
import io.tradewind.live.InstanceSpec;
import io.tradewind.sim.Market;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Where a replay trades from, given the newest replayed candle its paper market kept across a restart. */
class ReplayStartTest {

    private static final Instant FROM = Instant.parse("2024-01-01T00:30:00Z");
    private static final Instant LAST = Instant.parse("2024-01-01T06:39:00Z");
    private static final Instant END = LAST.plusSeconds(60);

    private final InstanceSpec spec = ServiceConfigFixture.read(Map.of(
            "tradewind.paper.instruments.BTC-USD.tick", "0.01", "tradewind.paper.instruments.BTC-USD.step", "0.0001",
            "tradewind.paper.accounts.main.balance.USD", "10000", "tradewind.strategies.demo.plugin", "sma-crossover",
            "tradewind.strategies.demo.symbol", "BTC-USD", "tradewind.strategies.demo.replay.source-venue", "service-test",
            "tradewind.strategies.demo.replay.from", FROM.toString(),
            "tradewind.strategies.demo.replay.data-file", "src/test/resources/candles/service-walk.csv"),
            new VenueDouble()).instances().get(0);

    @Test
    void a_market_no_replayed_candle_moved_starts_at_replay_from() {
        assertEquals(FROM, ReplayStart.of(spec, Market.NO_CANDLE, LAST, END));
    }

    @Test
    void a_market_that_played_candles_goes_on_after_the_newest_one() {
        Instant walked = Instant.parse("2024-01-01T01:41:00Z");
        assertEquals(walked.plusSeconds(1), ReplayStart.of(spec, walked.getEpochSecond(), LAST, END),
                "the candle opening at 01:41 warms up; 01:42 is the first traded");
    }

    @Test
    void a_later_replay_from_wins_over_where_the_market_stopped() {
        assertEquals(FROM, ReplayStart.of(spec, FROM.minusSeconds(600).getEpochSecond(), LAST, END));
    }

    @Test
    void a_finished_replay_or_a_market_past_the_stored_candles_has_nothing_left_to_play() {
        assertEquals(END, ReplayStart.of(spec, LAST.getEpochSecond(), LAST, END));
        assertEquals(END, ReplayStart.of(spec, LAST.plusSeconds(30).getEpochSecond(), LAST, END),
                "a market that played a coarser or other series past the last candle");
        assertEquals(END, ReplayStart.of(spec, Instant.parse("2030-01-01T00:00:00Z").getEpochSecond(), LAST, END),
                "never after the end of the stored candles, where no read can start");
    }
}
