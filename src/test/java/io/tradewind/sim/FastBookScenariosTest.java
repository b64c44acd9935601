package io.tradewind.sim;

import io.tradewind.sim.book.FastOrderBook;
import io.tradewind.sim.book.OrderBook;
import java.util.function.Supplier;

class FastBookScenariosTest extends SimulatedExchangeScenarios {

    @Override
    Supplier<OrderBook> books() {
        return FastOrderBook::new;
    }
}
