package io.tradewind.cli;

import io.tradewind.sim.book.OrderBook;
import io.tradewind.sim.book.ReferenceOrderBook;
import java.util.function.Supplier;

/** Which order book implementation the simulated exchange uses. */
public enum BookKind {
    reference(ReferenceOrderBook::new);

    private final Supplier<OrderBook> factory;

    BookKind(Supplier<OrderBook> factory) {
        this.factory = factory;
    }

    public Supplier<OrderBook> factory() {
        return factory;
    }
}
