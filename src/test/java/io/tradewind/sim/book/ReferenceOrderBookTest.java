package io.tradewind.sim.book;

class ReferenceOrderBookTest extends OrderBookContractTest {

    @Override
    protected OrderBook newBook() {
        return new ReferenceOrderBook();
    }
}
