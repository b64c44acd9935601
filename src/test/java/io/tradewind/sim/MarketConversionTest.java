package io.tradewind.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.tradewind.domain.Instrument;
import io.tradewind.sim.book.FastOrderBook;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Prices and quantities in units come back as the same exact decimals however the conversions are interleaved. */
class MarketConversionTest {

    private static final Instrument BTC_IRR = Instrument.of("BTC-IRR", "BTC", "IRR", "1000", "0.00000001", "0.00000001",
            "0.001", "0.002");

    @Test
    void repeated_and_alternating_conversions_give_exact_decimals() {
        Market market = new SimulatedExchange(FastOrderBook::new, ExchangeListener.NONE).addInstrument(BTC_IRR);
        long[] units = {150_000_000L, 150_000_000L, 1L, 150_000_000L, 0L, -7L, 1L};
        for (long u : units) {
            assertEquals(BigDecimal.valueOf(u, market.priceScale), market.price(u));
            assertEquals(BigDecimal.valueOf(u, market.quantityScale), market.quantity(u));
            assertEquals(u, market.toQuantityUnits(market.quantity(u)));
        }
    }
}
