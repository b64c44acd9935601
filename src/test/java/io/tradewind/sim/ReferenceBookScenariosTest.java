package io.tradewind.sim;

import io.tradewind.sim.book.OrderBook;
import io.tradewind.sim.book.ReferenceOrderBook;
import java.util.function.Supplier;

class ReferenceBookScenariosTest extends SimulatedExchangeScenarios {

    @Override
    Supplier<OrderBook> books() {
        return ReferenceOrderBook::new;
    }
}
