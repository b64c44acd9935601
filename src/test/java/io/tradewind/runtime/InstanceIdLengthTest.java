package io.tradewind.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.tradewind.marketdata.InMemoryCandleStore;
import io.tradewind.marketdata.RandomWalkCandles;
import io.tradewind.marketdata.Resolution;
import io.tradewind.marketdata.SeriesKey;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * An instance id longer than the store keeps is refused at start-up, naming it: it used to start, and
 * then every order it placed failed its tick with the database's "Value too long for column".
 */
class InstanceIdLengthTest {

    private static final String LONGEST = "a".repeat(ServiceConfigReader.MAX_INSTANCE_ID);

    @Test
    void anIdTheStoreKeepsStartsAndALongerOneIsRefused() {
        assertEquals(LONGEST, read(LONGEST).instances().get(0).id());
        String tooLong = LONGEST + "b";
        assertEquals("tradewind.strategies." + tooLong + ": the instance id is 65 characters long, and the store keeps"
                + " at most 64: use a shorter id", assertThrows(ServiceConfigException.class, () -> read(tooLong)).getMessage());
    }

    private static ServicePlan read(String id) {
        InMemoryCandleStore candles = new InMemoryCandleStore();
        Instant start = Instant.parse("2024-01-01T00:00:00Z");
        candles.write(new SeriesKey("sim", "BTC-USD", Resolution.M1), new RandomWalkCandles(1, 100, Resolution.M1, start, new BigDecimal("100")));
        Map<String, String> properties = new TreeMap<>();
        properties.put("tradewind.paper.instruments.BTC-USD.tick", "0.01");
        properties.put("tradewind.paper.instruments.BTC-USD.step", "0.0001");
        properties.put("tradewind.paper.accounts.main.balance.USD", "1000");
        String p = ServiceConfigReader.PREFIX + id + ".";
        properties.put(p + "plugin", "sma-crossover");
        properties.put(p + "symbol", "BTC-USD");
        properties.put(p + "replay.from", "2024-01-01T00:10:00Z");
        return ServiceConfigFixture.read(properties, Map.of(), candles);
    }
}
