package io.tradewind.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.tradewind.marketdata.InMemoryCandleStore;
import io.tradewind.marketdata.RandomWalkCandles;
import io.tradewind.marketdata.Resolution;
import io.tradewind.marketdata.SeriesKey;
import io.tradewind.strategy.Strategy;
import io.tradewind.strategy.StrategyParameters;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Replays of one paper symbol share its simulated market, so they must play the same candles alike. */
class SharedReplayTest {

    private static final Instant START = Instant.parse("2024-01-01T00:00:00Z");
    private final InMemoryCandleStore candles = new InMemoryCandleStore();
    private final Map<String, String> properties = new TreeMap<>();

    @BeforeEach
    void twoReplaysOfOneSymbol() {
        for (String venue : new String[] {"one", "two"}) {
            for (Resolution resolution : new Resolution[] {Resolution.M1, Resolution.M5}) {
                candles.write(new SeriesKey(venue, "BTC-USD", resolution),
                        new RandomWalkCandles(1, 100, resolution, START, new BigDecimal("100")));
            }
        }
        properties.put("tradewind.paper.instruments.BTC-USD.tick", "0.01");
        properties.put("tradewind.paper.instruments.BTC-USD.step", "0.0001");
        properties.put("tradewind.paper.accounts.main.balance.USD", "1000");
        for (String id : new String[] {"a", "b"}) {
            String p = ServiceConfigReader.PREFIX + id + ".";
            properties.put(p + "plugin", "sma-crossover");
            properties.put(p + "symbol", "BTC-USD");
            properties.put(p + "replay.source-venue", "one");
            properties.put(p + "replay.from", "2024-01-01T00:10:00Z");
            properties.put(p + "replay.candles-per-second", "2");
        }
    }

    @Test
    void theSameReplayTwiceStarts() {
        properties.put("tradewind.strategies.b.replay.candles-per-second", "2.0");
        assertEquals(2, read().instances().size());
    }

    /** A backtest spec's from=2024-01-01 copied to replay.from was refused as not an ISO-8601 time. */
    @Test
    void aBareDateReplayFromIsItsFirstInstantInUtc() {
        properties.put("tradewind.strategies.a.replay.from", "2024-01-01");
        properties.put("tradewind.strategies.b.replay.from", "2024-01-01T00:00:00Z");
        ServicePlan plan = read();
        assertEquals(START, plan.instances().get(0).replayFrom());
        assertEquals(START, plan.instances().get(1).replayFrom());
        properties.put("tradewind.strategies.a.replay.from", "2024/01/01");
        assertEquals("tradewind.strategies.a.replay.from: '2024/01/01' is not an ISO-8601 UTC time such as"
                + " 2013-11-25T01:00:00Z, or a date such as 2013-11-25", problem());
    }

    @Test
    void aDifferentSpeedStartTimeResolutionOrSourceIsRefusedNamingTheProperty() {
        properties.put("tradewind.strategies.b.replay.candles-per-second", "4");
        assertEquals("tradewind.strategies.b.replay.candles-per-second: 4, but instance a replays BTC-USD on the paper"
                + " venue with 2: replays of one paper symbol share its simulated market, so give them the same"
                + " replay.candles-per-second", problem());
        properties.put("tradewind.strategies.b.replay.candles-per-second", "2");

        properties.put("tradewind.strategies.b.replay.from", "2024-01-01T00:20:00Z");
        assertEquals("tradewind.strategies.b.replay.from: 2024-01-01T00:20:00Z, but instance a replays BTC-USD on the"
                + " paper venue with 2024-01-01T00:10:00Z: replays of one paper symbol share its simulated market, so give"
                + " them the same replay.from", problem());
        properties.put("tradewind.strategies.b.replay.from", "2024-01-01T00:10:00Z");

        properties.put("tradewind.strategies.b.resolution", "5m");
        assertEquals("tradewind.strategies.b.resolution: 5m, but instance a replays BTC-USD on the paper venue with 1m:"
                + " replays of one paper symbol share its simulated market, so give them the same resolution", problem());
        properties.remove("tradewind.strategies.b.resolution");

        properties.put("tradewind.strategies.b.replay.source-venue", "two");
        assertEquals("tradewind.strategies.b.replay.source-venue: two, but instance a replays BTC-USD on the paper venue"
                + " with one: replays of one paper symbol share its simulated market, so give them the same"
                + " replay.source-venue", problem());
    }

    /** A warm-up the strategy cannot declare stopped serve as an internal error, exit 1; it is the strategy's, named by its params. */
    @Test
    void aWarmUpTheStrategyCannotDeclareIsRefusedNamingItsParams() {
        Function<String, Strategy> negative = name -> new Strategy() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public int warmupBars(StrategyParameters parameters) {
                return -3;
            }
        };

        ServiceConfigException refused = assertThrows(ServiceConfigException.class,
                () -> ServiceConfigFixture.read(properties, Map.of(), candles, negative));

        String why = "strategy sma-crossover declares a warm-up of -3 bars; warmupBars must return 0 to 1000000 (the"
                + " longest series a strategy can keep)";
        assertEquals("tradewind.strategies.a.params: " + why + "\ntradewind.strategies.b.params: " + why, refused.getMessage(),
                "both instances named at once");
    }

    private String problem() {
        return assertThrows(ServiceConfigException.class, this::read).getMessage();
    }

    private ServicePlan read() {
        return ServiceConfigFixture.read(properties, Map.of(), candles);
    }
}
