package io.tradewind.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.tradewind.domain.Instrument;
import io.tradewind.sim.book.FastOrderBook;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** An amount past what an asset's units can hold names the limit and what to change, never "too large" alone. */
class AssetLimitTest {

    @Test
    void a_balance_past_the_quote_assets_limit_names_the_limit_and_the_way_out() {
        SimulatedExchange exchange = new SimulatedExchange(FastOrderBook::new, ExchangeListener.NONE);
        exchange.addInstrument(Instrument.of("BTC-USD", "BTC", "USD", "0.01", "0.00000001", "0.0001", "0.001", "0.001"));
        SimAccount main = exchange.openAccount("main");

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> exchange.deposit(main, "USD", new BigDecimal("1e30")));

        assertEquals("main USD balance 1000000000000000000000000000000 is more than USD can hold here,"
                + " 922337203.6854775807 USD (kept at 10 decimals, set by the tick and step sizes of the instruments that"
                + " trade it): use a smaller amount, or a coarser tick or step size", e.getMessage());
    }
}
