package io.tradewind.sim.book;

class FastOrderBookTest extends OrderBookContractTest {

    @Override
    protected OrderBook newBook() {
        return new FastOrderBook(16);
    }

    @Override
    protected void verifyInternalState(OrderBook book) {
        ((FastOrderBook) book).verifyInternalState();
    }
}
