package io.tradewind.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.tradewind.marketdata.Candle;
import io.tradewind.marketdata.Resolution;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Where a venue's next page of candles starts. */
class CandlePageTest {

    private static final Instant T0 = Instant.parse("2025-12-03T08:00:00Z");
    private static final Instant NOW = T0.plusSeconds(3600);

    @Test
    void theNextPageStartsAfterTheLastCandleWhenClosedCandlesRemainBeforeTheEnd() {
        CandlePage page = CandlePage.upTo(NOW, List.of(candle(0), candle(1)), Resolution.M1, NOW);

        assertEquals(T0.plusSeconds(120), page.nextFrom());
        assertEquals(2, page.candles().size());
    }

    @Test
    void theRangeIsCoveredAtItsEndAtTheCandleStillOpenOrWithAnEmptyPage() {
        assertNull(CandlePage.upTo(T0.plusSeconds(120), List.of(candle(0), candle(1)), Resolution.M1, NOW).nextFrom());
        assertEquals(T0.plusSeconds(59 * 60), CandlePage.upTo(NOW.plusSeconds(3600), List.of(candle(58)), Resolution.M1,
                NOW).nextFrom(), "08:59 closed at 09:00");
        assertNull(CandlePage.upTo(NOW.plusSeconds(3600), List.of(candle(59)), Resolution.M1, NOW).nextFrom(),
                "09:00 is still open");
        assertNull(CandlePage.upTo(NOW, List.of(), Resolution.M1, NOW).nextFrom());
    }

    private static Candle candle(int minute) {
        BigDecimal price = BigDecimal.TEN;
        return new Candle(T0.plusSeconds(60L * minute), price, price, price, price, BigDecimal.ONE, price);
    }
}
