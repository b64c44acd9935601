package io.tradewind.sim.bench;

import io.tradewind.domain.Side;
import io.tradewind.sim.book.MatchListener;
import io.tradewind.sim.book.OrderBook;

/** Replays a {@link BookWorkload} on an order book alone: matching and priority, nothing else. */
public final class BookTarget implements BenchmarkTarget, MatchListener {

    private static final MatchListener IGNORE_FILLS = new MatchListener() {
        @Override
        public void onFill(long makerId, int makerAccount, long price, long quantity, long makerRemaining) {
        }

        @Override
        public void onSelfTradeCancel(long makerId, long remaining) {
        }
    };

    private final OrderBook book;
    private final BookWorkload workload;
    private long fills;

    public BookTarget(OrderBook book, BookWorkload workload) {
        this.book = book;
        this.workload = workload;
    }

    @Override
    public void execute(int i) {
        execute(book, workload, i, this);
    }

    @Override
    public long fills() {
        return fills;
    }

    @Override
    public int restingOrders() {
        return book.size();
    }

    @Override
    public void onFill(long makerId, int makerAccount, long price, long quantity, long makerRemaining) {
        fills++;
    }

    @Override
    public void onSelfTradeCancel(long makerId, long remaining) {
    }

    /** Carries out command {@code i} of the workload on {@code book}; see {@link BookWorkload}. */
    static void execute(OrderBook book, BookWorkload workload, int i, MatchListener listener) {
        long id = workload.orderId(i);
        int account = workload.account(i);
        Side side = workload.side(i);
        long price = workload.price(i);
        long quantity = workload.quantity(i);
        switch (workload.type(i)) {
            case BookWorkload.MOVE -> {
                long left = book.cancel(id);
                restRemainder(book, id, account, side, price, left, book.match(account, side, price, left, listener));
            }
            case BookWorkload.GTC ->
                    restRemainder(book, id, account, side, price, quantity, book.match(account, side, price, quantity, listener));
            case BookWorkload.CANCEL -> book.cancel(id);
            case BookWorkload.REDUCE -> book.reduce(id, quantity);
            case BookWorkload.IOC -> book.match(account, side, price, quantity, listener);
            case BookWorkload.FOK -> {
                if (book.simulate(account, side, price, quantity, IGNORE_FILLS) == quantity) {
                    book.match(account, side, price, quantity, listener);
                }
            }
            default -> throw new IllegalStateException("unknown command type " + workload.type(i));
        }
    }

    private static void restRemainder(OrderBook book, long id, int account, Side side, long price, long quantity,
            long filled) {
        if (filled < quantity) {
            book.add(id, account, side, price, quantity - filled, false);
        }
    }
}
