package io.tradewind.live;

import io.tradewind.backtest.CandleLiquidity;
import io.tradewind.backtest.FillModel;
import io.tradewind.domain.Balance;
import io.tradewind.domain.OrderRequest;
import io.tradewind.domain.OrderType;
import io.tradewind.domain.Side;
import io.tradewind.execution.ExecutionService;
import io.tradewind.execution.OrderGateway;
import io.tradewind.execution.StoreException;
import io.tradewind.execution.TradePage;
import io.tradewind.execution.VenueException;
import io.tradewind.execution.VenueOrder;
import io.tradewind.execution.VenueTrade;
import io.tradewind.exchange.PublicTrade;
import io.tradewind.kernel.VenueEvents;
import io.tradewind.marketdata.DepthSnapshot;
import io.tradewind.sim.Market;
import io.tradewind.sim.SimulatedExchange;
import io.tradewind.sim.gateway.DurablePaperGateway;
import io.tradewind.sim.gateway.LiquidityHook;
import io.tradewind.sim.gateway.VenueEventSink;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The simulated exchange as the venue of paper trading, shared by every instance configured on
 * it. Its books, balances, orders and trades are kept in the store ({@link DurablePaperGateway}),
 * so a restarted service resumes the same paper account with its open orders. Its liquidity comes
 * from the instances' candles, by the backtest's rules (one {@link CandleLiquidity} per symbol,
 * {@code next-open} fills) — or, for instances paper trading on a venue's live market data, from
 * that venue: a decision trades against the venue's order book ({@link #decidingOnBook}) and resting
 * orders fill from its public trades ({@link #printed}).
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

    private final DurablePaperGateway durable;
    private final SimulatedExchange exchange;
    private final ReentrantLock lock = new ReentrantLock();
    private final ReentrantLock delivery = new ReentrantLock(true);
    private final Map<String, CandleLiquidity> liquidity = new HashMap<>();
    private final Map<String, ReentrantLock> decisions = new HashMap<>();
    private final Map<String, PrintedTrades> printed = new HashMap<>();
    private final Map<String, Instant> lastDecision = new HashMap<>();
    /** Per symbol, the open time (epoch seconds) of the newest candle that moved its market; written under its window lock. */
    private final Map<String, Long> walkedUpTo = new ConcurrentHashMap<>();
    private final LockedGateway gateway = new LockedGateway();
    private String placing;

    /** The venue on {@code durable}, whose exchange lists every symbol of {@code symbols}. */
    PaperVenue(DurablePaperGateway durable, Iterable<String> symbols, BigDecimal slippage, BigDecimal maxVolumeShare) {
        this.durable = durable;
        this.exchange = durable.exchange();
        for (String symbol : symbols) {
            decisions.put(symbol, new ReentrantLock());
            printed.put(symbol, new PrintedTrades());
            liquidity.put(symbol, new CandleLiquidity(exchange, exchange.market(symbol), FillModel.NEXT_OPEN, slippage,
                    maxVolumeShare, "-" + symbol));
        }
        durable.useLiquidity(new SymbolLiquidity());
        durable.update(PaperVenue::withdrawStaleQuotes);
    }

    /**
     * Cancels synthetic quotes a crash left in the book: the liquidity quotes only while a
     * decision's window is open, and a crash inside that window may have saved them with an order.
     */
    private static void withdrawStaleQuotes(SimulatedExchange exchange) {
        List<Long> stale = new ArrayList<>();
        exchange.forEachOpenOrder(order -> {
            if (order.account().fundedOnDemand()) {
                stale.add(order.id());
            }
        });
        stale.forEach(exchange::cancel);
    }

    /** The venue as the execution service sees it. */
    public OrderGateway gateway() {
        return gateway;
    }

    /**
     * The account's balances as the venue holds them.
     *
     * @throws StoreException the venue's state could not be saved before answering
     */
    public List<Balance> balances(String account) {
        return locked(() -> {
            try {
                return durable.balances(account);
            } catch (VenueException e) {
                throw new StoreException(e.getMessage(), e);
            }
        });
    }

    /**
     * The price an order of {@code side} in {@code symbol} would be sized at: the last trade's, or
     * before the first trade the best price it would meet in the book; null when there is neither.
     */
    public BigDecimal referencePrice(String symbol, Side side) {
        return locked(() -> {
            Market market = exchange.market(symbol);
            if (market == null) {
                return null;
            }
            long units = market.lastPrice() > 0 ? market.lastPrice() : market.book().bestPrice(side.opposite());
            return units > 0 ? market.price(units) : null; // an empty side answers a negative NO_PRICE
        });
    }

    /**
     * The open time (epoch seconds) of the newest replayed candle that moved {@code symbol}'s market,
     * here or before a restart, or {@link Market#NO_CANDLE}: a replay goes on after it.
     */
    public long lastCandleWalked(String symbol) {
        return locked(() -> exchange.market(symbol).lastCandleWalked());
    }

    /** The market of {@code symbol}, or null when the venue does not list it. */
    public Market market(String symbol) {
        return exchange.market(symbol);
    }

    /**
     * Moves {@code symbol}'s market through one candle (market units): the path fills or triggers
     * the resting orders it crosses. Waits for a decision on the symbol to finish. Each candle
     * moves the market once, played by whichever instance of the symbol comes first: another
     * playing it again would fill orders placed since at its prices, and one that fell behind (a
     * failed tick) would move the market back to prices it has left. A replayed candle is noted
     * with the market ({@link Market#lastCandleWalked()}), so that a restarted replay goes on after it.
     *
     * @param replayed a stored candle of a replay, not a candle of a venue's live market data
     * @return false when a later candle has moved the market already: the caller's candle is stale
     */
    public boolean walk(String symbol, long openTimeSeconds, long open, long high, long low, long close, long volume,
            boolean replayed) {
        ReentrantLock window = decisions.get(symbol);
        window.lock();
        try {
            Long walked = walkedUpTo.get(symbol);
            if (walked == null && replayed) {
                // a replay after a restart: the candles played before it are behind the market too (a live feed's
                // present-day candles are not measured against a replay's, which may be dated anywhere)
                long kept = lastCandleWalked(symbol);
                walked = kept == Market.NO_CANDLE ? null : kept;
            }
            if (walked != null && walked >= openTimeSeconds) {
                return walked == openTimeSeconds;
            }
            walkedUpTo.put(symbol, openTimeSeconds);
            locked(() -> {
                durable.update(moved -> {
                    if (replayed) {
                        // noted first, so that fills of a path cut short are never saved without it
                        moved.market(symbol).candleWalked(openTimeSeconds);
                    }
                    liquidity.get(symbol).walk(open, high, low, close, volume);
                });
                return null;
            });
            return true;
        } finally {
            window.unlock();
        }
    }

    /**
     * Runs a decision on {@code symbol} with its candle liquidity's decision window open at
     * {@code price} (the next candle's open when {@code atNextOpen}, whose gap then comes first: see
     * {@link CandleLiquidity#openDecisionsAtNextOpen}) for what could trade at {@code decisionPrice}
     * (the close the strategy saw; see {@link CandleLiquidity#openDecisions(long, long, long)}): one
     * decision per symbol at a time, so that a market order fills at the deciding instance's price,
     * not at another instance's replay of the symbol. Taken before the execution service and the
     * venue lock, never while holding either.
     */
    public void deciding(String symbol, long price, boolean atNextOpen, long decisionPrice, long volume, Runnable decision) {
        deciding(symbol, hook -> {
            if (atNextOpen) {
                hook.openDecisionsAtNextOpen(price, decisionPrice, volume);
            } else {
                hook.openDecisions(price, decisionPrice, volume);
            }
        }, decision);
    }

    /** Runs a decision on {@code symbol} that trades against {@code book}, the venue's order book now. */
    public void decidingOnBook(String symbol, DepthSnapshot book, Runnable decision) {
        deciding(symbol, hook -> hook.openBookDecisions(book), decision);
    }

    private void deciding(String symbol, Consumer<CandleLiquidity> openWindow, Runnable decision) {
        ReentrantLock window = decisions.get(symbol);
        window.lock();
        try {
            CandleLiquidity hook = liquidity.get(symbol);
            locked(() -> {
                lastDecision.put(symbol, Instant.ofEpochMilli(exchange.nowMillis()));
                openWindow.accept(hook);
                return null;
            });
            try {
                decision.run();
            } finally {
                // saved, so that a restart never finds the decision's quotes still in the book
                locked(() -> {
                    durable.update(closed -> hook.closeDecisions());
                    return null;
                });
            }
        } finally {
            window.unlock();
        }
    }

    /**
     * The venue's recent public trades of {@code symbol}: those not seen before move the market and
     * fill the resting orders they reach ({@link CandleLiquidity#printed}). Several instances on the
     * symbol may hand over the same trades; each fills once. Trades older than the symbol's last
     * decision are left out, so an order never fills from a trade that printed before it was placed.
     */
    public void printed(String symbol, List<PublicTrade> recent) {
        ReentrantLock window = decisions.get(symbol);
        window.lock();
        try {
            locked(() -> {
                Instant now = Instant.ofEpochMilli(exchange.nowMillis());
                List<PublicTrade> news = printed.get(symbol).news(recent, now, lastDecision.getOrDefault(symbol, Instant.MIN));
                if (!news.isEmpty()) {
                    Market market = exchange.market(symbol);
                    int priceScale = market.instrument().priceScale();
                    int quantityScale = market.instrument().quantityScale();
                    CandleLiquidity hook = liquidity.get(symbol);
                    durable.update(moved -> news.forEach(trade -> hook.printed(
                            market.toPriceUnits(trade.price().setScale(priceScale, RoundingMode.HALF_EVEN)),
                            market.toQuantityUnits(trade.quantity().setScale(quantityScale, RoundingMode.FLOOR)))));
                }
                return null;
            });
        } finally {
            window.unlock();
        }
    }

    /**
     * Runs {@code action} on the exchange alone, at the wall clock's time. The clock alone is not
     * worth a save: the next change saves it, and a restart moves it to the wall clock again.
     */
    private <T> T locked(Supplier<T> action) {
        lock.lock();
        try {
            toWallClock();
            return action.get();
        } finally {
            lock.unlock();
        }
    }

    private void toWallClock() {
        exchange.advanceTime(Math.max(exchange.nowMillis(), System.currentTimeMillis()));
    }

    /** Fills and order changes since the last delivery, handed to {@code execution} in the order they happened. */
    @Override
    public void deliverTo(ExecutionService execution) {
        delivery.lock();
        try {
            List<Runnable> news = new ArrayList<>();
            locked(() -> {
                durable.deliverEvents(new VenueEventSink() {
                    @Override
                    public void orderUpdated(VenueOrder order) {
                        news.add(() -> execution.onOrderUpdate(order));
                    }

                    @Override
                    public void traded(String account, VenueTrade trade) {
                        news.add(() -> execution.onTrade(account, trade));
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

    /** The durable venue behind the venue lock, named {@value #NAME}. */
    private final class LockedGateway implements OrderGateway {
        @Override
        public String venue() {
            return NAME;
        }

        @Override
        public VenueOrder place(OrderRequest request) throws VenueException {
            return call(() -> {
                placing = request.symbol();
                try {
                    return durable.place(request);
                } finally {
                    placing = null;
                }
            });
        }

        @Override
        public Optional<VenueOrder> cancel(String account, String clientOrderId) throws VenueException {
            return call(() -> durable.cancel(account, clientOrderId));
        }

        @Override
        public Optional<VenueOrder> orderStatus(String account, String clientOrderId) throws VenueException {
            return call(() -> durable.orderStatus(account, clientOrderId));
        }

        @Override
        public List<VenueOrder> openOrders(String account) throws VenueException {
            return call(() -> durable.openOrders(account));
        }

        @Override
        public TradePage ownTrades(String account, String cursor) throws VenueException {
            return call(() -> durable.ownTrades(account, cursor));
        }

        @Override
        public List<Balance> balances(String account) throws VenueException {
            return call(() -> durable.balances(account));
        }

        @Override
        public boolean hasUndeliveredNews() {
            return durable.hasUndeliveredNews();
        }

        private <T> T call(VenueCall<T> call) throws VenueException {
            lock.lock();
            try {
                toWallClock();
                return call.run();
            } finally {
                lock.unlock();
            }
        }
    }

    @FunctionalInterface
    private interface VenueCall<T> {
        T run() throws VenueException;
    }
}
