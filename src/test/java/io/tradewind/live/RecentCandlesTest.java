package io.tradewind.live;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.tradewind.marketdata.Candle;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecentCandlesTest {

    @Test
    void keeps_the_newest_candles_up_to_its_capacity_oldest_first() {
        RecentCandles recent = new RecentCandles(3);
        for (int minute = 0; minute < 5; minute++) {
            recent.add(candle(minute, "1"));
        }
        assertEquals(List.of(120L, 180L, 240L), openTimes(recent.snapshot()));
    }

    @Test
    void a_candle_not_newer_than_the_newest_kept_is_dropped() {
        RecentCandles recent = new RecentCandles(3);
        recent.add(candle(1, "1"));
        recent.add(candle(1, "2"));
        recent.add(candle(0, "3"));
        assertEquals(List.of(candle(1, "1")), recent.snapshot());
    }

    private static List<Long> openTimes(List<Candle> candles) {
        return candles.stream().map(c -> c.openTime().getEpochSecond()).toList();
    }

    private static Candle candle(int minute, String price) {
        BigDecimal p = new BigDecimal(price);
        return new Candle(Instant.ofEpochSecond(minute * 60L), p, p, p, p, BigDecimal.ONE, p);
    }
}
