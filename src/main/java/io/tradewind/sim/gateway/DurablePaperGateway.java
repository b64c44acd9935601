package io.tradewind.sim.gateway;

import io.tradewind.domain.Balance;
import io.tradewind.domain.OrderRequest;
import io.tradewind.execution.OrderGateway;
import io.tradewind.execution.StoreException;
import io.tradewind.execution.TradePage;
import io.tradewind.execution.VenueException;
import io.tradewind.execution.VenueOrder;
import io.tradewind.execution.VenueTrade;
import io.tradewind.sim.SimulatedExchange;
import io.tradewind.sim.book.OrderBook;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * A paper venue that survives restarts: the simulated exchange behind {@link OrderGateway}, whose
 * books, balances, client orders, own trades and unpushed news are saved to a
 * {@link PaperVenueStore} after every change and before anyone hears of it, as a real venue's
 * state is durable before its client gets an answer. A restart ({@link #open} again) resumes the
 * same paper account; the execution service then reconciles against it as against any venue.
 *
 * <p>What is saved when:
 * <ul>
 *   <li>{@link #place} and {@link #cancel} save before they return. If the save fails, the call
 *       throws a {@link VenueException} that may have taken effect, so the caller looks the order
 *       up instead of placing it again; the lookup answers only once the state is saved.
 *   <li>Queries save first whatever changed since the last save, so nothing unsaved is ever
 *       reported.
 *   <li>{@link #deliverEvents} saves before it pushes news (fills of resting orders) and again
 *       after, so news is neither lost nor, apart from a crash in between, pushed twice (a
 *       repeat is harmless: own trades are deduplicated by id, order updates carry the latest state).
 *   <li>Anything else that moves the market (the clock, liquidity walking a candle, deposits) must
 *       go through {@link #update}, which saves after it.
 * </ul>
 *
 * <p>Memory: a venue that runs for months keeps in memory its open orders, the last
 * {@value #KEPT_ORDERS} orders placed and each account's last {@value #KEPT_TRADES} trades (loaded
 * so at a restart), and asks the store about older ones: their status, their cancel (which finds
 * them finished), a placement with their client order id (answered with them, as a venue answers a
 * repeated id), and own trades from an old cursor.
 *
 * <p>Thread-safe: the venue may be called from an instance's tick and from the reconciliation
 * loop at once; its own calls take turns. {@link #deliverEvents} pushes outside that turn, so a
 * sink that calls back into the execution service, which calls back into the venue, cannot
 * deadlock with a thread going the other way.
 */
public final class DurablePaperGateway implements OrderGateway {

    /** Orders placed last that stay in memory however old, finished or not. */
    public static final int KEPT_ORDERS = 10_000;
    /** Trades of each account made last that stay in memory. */
    public static final int KEPT_TRADES = 10_000;

    private final String name;
    private final PaperVenueStore store;
    private final SimulatedExchangeGateway venue;
    private final int keptOrders;
    private final int keptTrades;
    /** News taken for pushing and not pushed yet: a balance read meanwhile is ahead of the execution service. */
    private final AtomicInteger newsOnItsWay = new AtomicInteger();

    private DurablePaperGateway(String name, PaperVenueStore store, SimulatedExchangeGateway venue, int keptOrders,
            int keptTrades) {
        this.name = name;
        this.store = store;
        this.venue = venue;
        this.keptOrders = keptOrders;
        this.keptTrades = keptTrades;
    }

    /**
     * Resumes the paper venue {@code name} from the store, or, the first time, creates it: a new
     * exchange that {@code setUpNew} lists instruments and opens and funds accounts on (the
     * configured balances), saved before this returns. A resumed venue keeps its own balances;
     * to list what configuration added since, use {@link #update}.
     *
     * @throws StoreException if the store cannot be read or the new venue cannot be saved
     */
    public static DurablePaperGateway open(String name, PaperVenueStore store, Supplier<OrderBook> books,
            Consumer<SimulatedExchange> setUpNew) {
        return open(name, store, books, setUpNew, KEPT_ORDERS, KEPT_TRADES);
    }

    /** {@link #open(String, PaperVenueStore, Supplier, Consumer)} keeping other amounts of history in memory. */
    static DurablePaperGateway open(String name, PaperVenueStore store, Supplier<OrderBook> books,
            Consumer<SimulatedExchange> setUpNew, int keptOrders, int keptTrades) {
        Optional<PaperVenueState> saved = store.load(name, keptOrders, keptTrades);
        if (saved.isPresent()) {
            SimulatedExchangeGateway venue = SimulatedExchangeGateway.restore(books, saved.get());
            // a store may load more than asked (all of it, for one without the queries)
            venue.forgetOldHistory(keptOrders, keptTrades);
            return new DurablePaperGateway(name, store, venue, keptOrders, keptTrades);
        }
        SimulatedExchangeGateway venue = new SimulatedExchangeGateway(books);
        setUpNew.accept(venue.exchange());
        venue.trackChanges();
        DurablePaperGateway gateway = new DurablePaperGateway(name, store, venue, keptOrders, keptTrades);
        gateway.save();
        return gateway;
    }

    /**
     * The exchange, to build liquidity on and to read while no other thread calls the venue;
     * change it only through {@link #update}.
     */
    public SimulatedExchange exchange() {
        return venue.exchange();
    }

    /** Liquidity the venue puts up around each placement (see {@link SimulatedExchangeGateway#useLiquidity}). */
    public synchronized void useLiquidity(LiquidityHook hook) {
        venue.useLiquidity(hook);
    }

    /**
     * Changes the market outside an order call, e.g. {@code exchange -> exchange.advanceTime(now)}
     * or {@code exchange -> liquidity.walk(open, high, low, close, volume)}, and saves the result.
     *
     * @throws StoreException if the save fails (the change stands in memory and is saved by the next call)
     */
    public synchronized void update(Consumer<SimulatedExchange> change) {
        change.accept(venue.exchange());
        save();
    }

    /**
     * Saves, then pushes what happened to the client's orders since the last push (see
     * {@link SimulatedExchangeGateway#deliverEvents}), then saves that it was pushed.
     *
     * @throws StoreException if the state cannot be saved; nothing is pushed then
     */
    public void deliverEvents(VenueEventSink sink) {
        List<Runnable> news;
        while (!(news = takeNews(sink)).isEmpty()) {
            try {
                news.forEach(Runnable::run);
            } finally {
                newsOnItsWay.decrementAndGet();
            }
        }
        synchronized (this) {
            saveIfChanged();
        }
    }

    /** Whether something happened whose news is queued, or taken and not yet pushed ({@link #deliverEvents}). */
    @Override
    public synchronized boolean hasUndeliveredNews() {
        return venue.hasEventsToDeliver() || newsOnItsWay.get() > 0;
    }

    /**
     * Saves, then takes what is queued for pushing as calls to {@code sink}, to be run outside
     * this venue's turn. Should the process die before a later save records that it was pushed,
     * it is pushed again after the restart; should another call save that first, the restart's
     * reconciliation (open orders, order status, own trades by cursor) finds what it said.
     */
    private synchronized List<Runnable> takeNews(VenueEventSink sink) {
        saveIfChanged();
        List<Runnable> news = new ArrayList<>();
        venue.deliverEvents(new VenueEventSink() {
            @Override
            public void orderUpdated(VenueOrder order) {
                news.add(() -> sink.orderUpdated(order));
            }

            @Override
            public void traded(String account, VenueTrade trade) {
                news.add(() -> sink.traded(account, trade));
            }
        });
        if (!news.isEmpty()) {
            newsOnItsWay.incrementAndGet();
        }
        return news;
    }

    @Override
    public String venue() {
        return venue.venue();
    }

    @Override
    public synchronized VenueOrder place(OrderRequest request) throws VenueException {
        readyToAnswer("place " + request.uid());
        Optional<VenueOrder> forgotten = forgottenOrder("place " + request.uid(), request.uid());
        if (forgotten.isPresent()) {
            // a repeated client order id is answered with the order it names, as while it was in memory
            return forgotten.get();
        }
        VenueOrder answer = venue.place(request);
        saveBeforeAnswering("place " + request.uid());
        return answer;
    }

    @Override
    public synchronized Optional<VenueOrder> cancel(String account, String clientOrderId) throws VenueException {
        readyToAnswer("cancel " + clientOrderId);
        Optional<VenueOrder> answer = venue.cancel(account, clientOrderId);
        saveBeforeAnswering("cancel " + clientOrderId);
        // a forgotten order is finished: cancelling it changes nothing, and the answer says what it became
        return answer.isPresent() ? answer : forgottenOrder("cancel " + clientOrderId, clientOrderId)
                .filter(order -> order.account().equals(account));
    }

    @Override
    public synchronized Optional<VenueOrder> orderStatus(String account, String clientOrderId) throws VenueException {
        readyToAnswer("order status " + clientOrderId);
        Optional<VenueOrder> answer = venue.orderStatus(account, clientOrderId);
        return answer.isPresent() ? answer : forgottenOrder("order status " + clientOrderId, clientOrderId)
                .filter(order -> order.account().equals(account));
    }

    @Override
    public synchronized List<VenueOrder> openOrders(String account) throws VenueException {
        readyToAnswer("open orders of " + account);
        return venue.openOrders(account);
    }

    @Override
    public synchronized TradePage ownTrades(String account, String cursor) throws VenueException {
        readyToAnswer("own trades of " + account);
        try {
            return venue.ownTrades(account, cursor, (a, from, limit) -> store.trades(name, a, from, limit));
        } catch (StoreException e) {
            throw new VenueException("paper venue " + name + ": own trades of " + account + ": " + e.getMessage(), false, e);
        }
    }

    @Override
    public synchronized List<Balance> balances(String account) throws VenueException {
        readyToAnswer("balances of " + account);
        return venue.balances(account);
    }

    /** Saves what changed before this call, which therefore has not taken effect if that fails. */
    private void readyToAnswer(String call) throws VenueException {
        try {
            saveIfChanged();
        } catch (StoreException e) {
            throw new VenueException("paper venue " + name + ": " + call + ": " + e.getMessage(), false, e);
        }
    }

    private void saveBeforeAnswering(String call) throws VenueException {
        try {
            saveIfChanged();
        } catch (StoreException e) {
            throw new VenueException("paper venue " + name + ": " + call + " was not saved: " + e.getMessage(), true, e);
        }
    }

    /** How many client orders are in memory (open ones, and the last {@value #KEPT_ORDERS} placed). */
    synchronized int ordersInMemory() {
        return venue.ordersInMemory();
    }

    /** The order {@code clientOrderId} as the store has it, when it may be one this venue forgot. */
    private Optional<VenueOrder> forgottenOrder(String call, String clientOrderId) throws VenueException {
        if (!venue.mayHaveForgotten(clientOrderId)) {
            return Optional.empty();
        }
        try {
            return store.order(name, clientOrderId).map(SimulatedExchangeGateway::view);
        } catch (StoreException e) {
            throw new VenueException("paper venue " + name + ": " + call + ": " + e.getMessage(), false, e);
        }
    }

    private void saveIfChanged() {
        if (venue.hasUnsavedChanges()) {
            save();
        }
    }

    private void save() {
        store.save(name, venue.unsavedChanges());
        venue.markSaved();
        venue.forgetOldHistory(keptOrders, keptTrades);
    }
}
