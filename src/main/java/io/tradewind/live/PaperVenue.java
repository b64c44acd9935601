package io.tradewind.live;

import io.tradewind.backtest.CandleLiquidity;
import io.tradewind.backtest.FillModel;
import io.tradewind.domain.Balance;
import io.tradewind.domain.Instrument;
import io.tradewind.domain.OrderRequest;
import io.tradewind.domain.OrderType;
import io.tradewind.domain.Side;
import io.tradewind.execution.ExecutionService;
import io.tradewind.execution.OrderGateway;
import io.tradewind.execution.TradePage;
import io.tradewind.execution.VenueOrder;
import io.tradewind.execution.VenueTrade;
import io.tradewind.kernel.VenueEvents;
import io.tradewind.sim.Market;
import io.tradewind.sim.SimulatedExchange;
import io.tradewind.sim.book.FastOrderBook;
import io.tradewind.sim.gateway.LiquidityHook;
import io.tradewind.sim.gateway.SimulatedExchangeGateway;
import io.tradewind.sim.gateway.VenueEventSink;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * The simulated exchange as the venue of paper trading, shared by every instance configured on
 * it. Its liquidity comes from the instances' candles, by the backtest's rules (one
 * {@link CandleLiquidity} per symbol, {@code next-open} fills).
 *
 * <p>Threads: the exchange is not thread-safe, so every touch of it takes the venue lock, and
 * nothing else is ever waited for while that lock is held. News of resting orders is drained under
 * the lock and handed to the execution service after it is released, under a delivery lock that
 * keeps the news in order; the execution service may call the gateway (and so take the venue lock)
 * while it runs, but the venue lock never waits for the execution service, so they cannot deadlock.
 */
public final class PaperVenue implements VenueEvents {

    /** The venue name instances configure and the store keeps with their orders. */
    public static final String NAME = "paper";

    private final SimulatedExchangeGateway simulated = new SimulatedExchangeGateway(FastOrderBook::new);
    private final SimulatedExchange exchange = simulated.exchange();
    private final ReentrantLock lock = new ReentrantLock();
    private final ReentrantLock delivery = new ReentrantLock(true);
    private final Map<String, CandleLiquidity> liquidity = new HashMap<>();
    private final Map<String, Market> markets = new HashMap<>();
    private final Map<String, ReentrantLock> decisions = new HashMap<>();
    private final LockedGateway gateway = new LockedGateway();
    private final PaperSession session = new PaperSession(System.currentTimeMillis());
    private String placing;

    PaperVenue() {
        simulated.useLiquidity(new SymbolLiquidity());
    }

    void addInstrument(Instrument instrument, BigDecimal slippage) {
        Market market = exchange.addInstrument(instrument);
        markets.put(instrument.symbol(), market);
        decisions.put(instrument.symbol(), new ReentrantLock());
        liquidity.put(instrument.symbol(),
                new CandleLiquidity(exchange, market, FillModel.NEXT_OPEN, slippage, BigDecimal.ZERO, "-" + instrument.symbol()));
    }

    void openAccount(String account, Map<String, BigDecimal> balances) {
        var opened = exchange.openAccount(account);
        balances.forEach((asset, amount) -> exchange.deposit(opened, asset, amount));
    }

    /** The venue as the execution service sees it. */
    public OrderGateway gateway() {
        return gateway;
    }

    /** The account's balances as the venue holds them. */
    public List<Balance> balances(String account) {
        return locked(() -> simulated.balances(account));
    }

    /** The market of {@code symbol}, or null when the venue does not list it. */
    public Market market(String symbol) {
        return markets.get(symbol);
    }

    /**
     * Moves {@code symbol}'s market through one candle (market units): the path fills or triggers
     * the resting orders it crosses. Waits for a decision on the symbol to finish.
     */
    public void walk(String symbol, long open, long high, long low, long close, long volume) {
        ReentrantLock window = decisions.get(symbol);
        window.lock();
        try {
            locked(() -> {
                liquidity.get(symbol).walk(open, high, low, close, volume);
                return null;
            });
        } finally {
            window.unlock();
        }
    }

    /**
     * Runs a decision on {@code symbol} with its candle liquidity's decision window open at
     * {@code price}: one decision per symbol at a time, so that a market order fills at the deciding
     * instance's price, not at another instance's replay of the symbol. Taken before the execution
     * service and the venue lock, never while holding either.
     */
    public void deciding(String symbol, long price, long volume, Runnable decision) {
        ReentrantLock window = decisions.get(symbol);
        window.lock();
        try {
            CandleLiquidity hook = liquidity.get(symbol);
            locked(() -> {
                hook.openDecisions(price, volume);
                return null;
            });
            try {
                decision.run();
            } finally {
                locked(() -> {
                    hook.closeDecisions();
                    return null;
                });
            }
        } finally {
            window.unlock();
        }
    }

    /** Runs {@code action} on the exchange alone, at the wall clock's time. */
    public <T> T locked(Supplier<T> action) {
        lock.lock();
        try {
            exchange.advanceTime(Math.max(exchange.nowMillis(), System.currentTimeMillis()));
            return action.get();
        } finally {
            lock.unlock();
        }
    }

    /** Fills and order changes since the last delivery, handed to {@code execution} in the order they happened. */
    @Override
    public void deliverTo(ExecutionService execution) {
        delivery.lock();
        try {
            List<Runnable> news = new ArrayList<>();
            locked(() -> {
                simulated.deliverEvents(new VenueEventSink() {
                    @Override
                    public void orderUpdated(VenueOrder order) {
                        news.add(() -> execution.onOrderUpdate(session.order(order)));
                    }

                    @Override
                    public void traded(String account, VenueTrade trade) {
                        news.add(() -> execution.onTrade(account, session.trade(trade)));
                    }
                });
                return null;
            });
            news.forEach(Runnable::run);
        } finally {
            delivery.unlock();
        }
    }

    /** Routes the exchange's liquidity hook to the liquidity of the symbol being placed. */
    private final class SymbolLiquidity implements LiquidityHook {
        @Override
        public void beforeOrder(Side side, OrderType type, long limitPrice, long quantity) {
            CandleLiquidity hook = placing == null ? null : liquidity.get(placing);
            if (hook != null) {
                hook.beforeOrder(side, type, limitPrice, quantity);
            }
        }

        @Override
        public void afterOrder() {
            CandleLiquidity hook = placing == null ? null : liquidity.get(placing);
            if (hook != null) {
                hook.afterOrder();
            }
        }
    }

    /** The simulated gateway behind the venue lock, named {@value #NAME}. */
    private final class LockedGateway implements OrderGateway {
        @Override
        public String venue() {
            return NAME;
        }

        @Override
        public VenueOrder place(OrderRequest request) {
            return locked(() -> {
                placing = request.symbol();
                try {
                    return session.order(simulated.place(request));
                } finally {
                    placing = null;
                }
            });
        }

        @Override
        public Optional<VenueOrder> cancel(String account, String clientOrderId) {
            return locked(() -> simulated.cancel(account, clientOrderId).map(session::order));
        }

        @Override
        public Optional<VenueOrder> orderStatus(String account, String clientOrderId) {
            return locked(() -> simulated.orderStatus(account, clientOrderId).map(session::order));
        }

        @Override
        public List<VenueOrder> openOrders(String account) {
            return locked(() -> simulated.openOrders(account).stream().map(session::order).toList());
        }

        @Override
        public TradePage ownTrades(String account, String cursor) {
            return locked(() -> session.page(simulated.ownTrades(account, session.venueCursor(cursor))));
        }

        @Override
        public List<Balance> balances(String account) {
            return locked(() -> simulated.balances(account));
        }
    }
}
