package io.tradewind.sim.bench;

import io.tradewind.domain.Instrument;
import io.tradewind.domain.OrderType;
import io.tradewind.domain.TimeInForce;
import io.tradewind.sim.ExchangeListener;
import io.tradewind.sim.Market;
import io.tradewind.sim.PlaceOrder;
import io.tradewind.sim.SimAccount;
import io.tradewind.sim.SimOrder;
import io.tradewind.sim.SimTrade;
import io.tradewind.sim.SimulatedExchange;
import io.tradewind.sim.book.OrderBook;
import java.math.BigDecimal;
import java.util.function.Supplier;

/**
 * Replays a {@link BookWorkload} through the whole simulated exchange: pre-trade checks, holds,
 * fees, settlement and events, on a rial market (BTC-IRR, prices near 1e11, 0.1% fees). Every
 * account is funded well beyond what the workload can lock, so no order is refused and the fills
 * are exactly the book-level ones.
 */
public final class ExchangeTarget implements BenchmarkTarget, ExchangeListener {

    private final SimulatedExchange exchange;
    private final Market market;
    private final SimAccount[] accounts = new SimAccount[BookWorkload.ACCOUNTS];
    private final BookWorkload workload;
    private final PlaceOrder request = new PlaceOrder();
    private long fills;

    public ExchangeTarget(Supplier<OrderBook> books, BookWorkload workload) {
        this.workload = workload;
        this.exchange = new SimulatedExchange(books, this, 4 * BookWorkload.PREFILL_ORDERS);
        this.market = exchange.addInstrument(Instrument.of("BTC-IRR", "BTC", "IRR", "1000", "0.0001", "0.0001", "0.001", "0.001"));
        for (int i = 0; i < accounts.length; i++) {
            accounts[i] = exchange.openAccount("account-" + i);
            exchange.deposit(accounts[i], "IRR", new BigDecimal("100000000000000"));
            exchange.deposit(accounts[i], "BTC", new BigDecimal("1000000"));
        }
    }

    @Override
    public void execute(int i) {
        long id = workload.orderId(i);
        switch (workload.type(i)) {
            case BookWorkload.MOVE -> exchange.move(id, workload.price(i));
            case BookWorkload.GTC -> place(i, TimeInForce.GOOD_TILL_CANCELED);
            case BookWorkload.CANCEL -> exchange.cancel(id);
            case BookWorkload.REDUCE -> exchange.reduce(id, workload.quantity(i));
            case BookWorkload.IOC -> place(i, TimeInForce.IMMEDIATE_OR_CANCEL);
            case BookWorkload.FOK -> place(i, TimeInForce.FILL_OR_KILL);
            default -> throw new IllegalStateException("unknown command type " + workload.type(i));
        }
    }

    private void place(int i, TimeInForce timeInForce) {
        request.reset().id(workload.orderId(i)).account(accounts[workload.account(i)]).market(market)
                .side(workload.side(i)).type(OrderType.LIMIT).timeInForce(timeInForce)
                .price(workload.price(i)).quantity(workload.quantity(i));
        exchange.place(request);
    }

    @Override
    public long fills() {
        return fills;
    }

    @Override
    public int restingOrders() {
        return market.book().size();
    }

    @Override
    public void onOrder(SimOrder order) {
    }

    @Override
    public void onTrade(SimTrade trade) {
        fills++;
    }
}
