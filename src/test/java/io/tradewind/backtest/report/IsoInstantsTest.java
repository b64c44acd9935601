package io.tradewind.backtest.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The same text as {@link Instant#toString()} for every instant, whether or not it takes the short way. */
class IsoInstantsTest {

    @Test
    void writes_what_instant_to_string_writes() {
        for (String text : new String[] {"1970-01-01T00:00:00Z", "2020-01-01T00:00:00Z", "2024-02-29T23:59:59Z",
                "9999-12-31T23:59:59Z", "+10000-01-01T00:00:00Z", "1969-12-31T23:59:59Z", "2021-11-25T10:40:00.500Z",
                "0001-01-01T00:00:00Z", "2020-01-01T00:00:00.000000001Z"}) {
            Instant instant = Instant.parse(text);
            assertEquals(instant.toString(), IsoInstants.format(instant), text);
        }
        Random random = new Random(7);
        for (int i = 0; i < 20_000; i++) {
            Instant instant = Instant.ofEpochSecond(random.nextLong() % 300_000_000_000L,
                    random.nextInt(4) == 0 ? random.nextInt(1_000_000_000) : 0);
            assertEquals(instant.toString(), IsoInstants.format(instant), instant::toString);
        }
    }
}
