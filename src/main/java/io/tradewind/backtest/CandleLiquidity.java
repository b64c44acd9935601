package io.tradewind.backtest;

import io.tradewind.domain.OrderStatus;
import io.tradewind.domain.OrderType;
import io.tradewind.domain.Side;
import io.tradewind.domain.TimeInForce;
import io.tradewind.sim.ExactMath;
import io.tradewind.sim.Market;
import io.tradewind.sim.PlaceOrder;
import io.tradewind.sim.SimAccount;
import io.tradewind.sim.SimulatedExchange;
import io.tradewind.sim.book.OrderBook;
import java.math.BigDecimal;
import org.agrona.collections.LongArrayList;

/**
 * The market around a backtested strategy, made from candles: synthetic participants that trade
 * with the strategy's orders on the simulated exchange, so that every backtest fill goes through
 * the same matching, holds and fees as paper trading.
 *
 * <p>Two things happen per candle. {@link #walk} moves the price along open → nearer extreme →
 * farther extreme → close: a synthetic taker fills the strategy's resting limit orders the path
 * crosses, at their own prices, and at each stop price the path reaches a one-unit print between
 * two synthetic accounts sets the last trade price, which triggers the stop, with synthetic
 * liquidity at that price for it to execute against. Then, while the strategy decides,
 * {@link #beforeOrder} puts up liquidity at the decision price (next open ± slippage, or the
 * close) on the side an incoming order can take, and {@link #afterOrder} takes it down.
 *
 * <p>All synthetic orders have negative ids; the strategy's orders must use positive ones. The
 * synthetic accounts are funded with amounts no backtest reaches.
 */
public final class CandleLiquidity {

    static final String MARKET_ACCOUNT = "backtest-market";
    static final String PRINT_ACCOUNT = "backtest-print";

    private final SimulatedExchange exchange;
    private final Market market;
    private final SimAccount provider;
    private final SimAccount printer;
    private final FillModel fillModel;
    private final BigDecimal slippage;
    private final BigDecimal volumeShare;
    private final PlaceOrder request = new PlaceOrder();
    private final LongArrayList stopPrices = new LongArrayList();
    private long nextSyntheticId = -1;
    private long lastPoint;
    private long walkBudget;
    private long decisionBid;
    private long decisionAsk;
    private long decisionBudget;
    private long quoteId;
    private long quoteBaseBefore;

    /**
     * @param slippage    fraction of the price a next-open fill moves against the order, e.g. 0.0005
     * @param volumeShare largest fraction of a candle's volume the strategy's fills may take; 0 for no limit
     */
    public CandleLiquidity(SimulatedExchange exchange, Market market, FillModel fillModel, BigDecimal slippage,
            BigDecimal volumeShare) {
        this.exchange = exchange;
        this.market = market;
        this.fillModel = fillModel;
        this.slippage = slippage;
        this.volumeShare = volumeShare;
        this.provider = fundedAccount(MARKET_ACCOUNT);
        this.printer = fundedAccount(PRINT_ACCOUNT);
    }

    private SimAccount fundedAccount(String name) {
        SimAccount account = exchange.openAccount(name);
        long plenty = Long.MAX_VALUE / 16;
        exchange.deposit(account, market.base().name(), BigDecimal.valueOf(plenty, market.base().scale()));
        exchange.deposit(account, market.quote().name(), BigDecimal.valueOf(plenty, market.quote().scale()));
        return account;
    }

    // ---- inside a candle ----------------------------------------------------------------------

    /** Moves the market through one candle (prices in price units, volume in quantity units). */
    public void walk(long open, long high, long low, long close, long volume) {
        if (exchange.openOrderCount() == 0) {
            lastPoint = close;
            return;
        }
        walkBudget = budget(volume);
        if (lastPoint == 0) {
            lastPoint = open;
        }
        boolean highFirst = high - open <= open - low;
        moveTo(open);
        moveTo(highFirst ? high : low);
        moveTo(highFirst ? low : high);
        moveTo(close);
    }

    private void moveTo(long target) {
        if (target > lastPoint) {
            collectStops(Side.BUY, lastPoint, target);
            for (int i = 0; i < stopPrices.size(); i++) {
                sweep(Side.BUY, stopPrices.getLong(i));
                triggerAt(Side.BUY, stopPrices.getLong(i));
            }
            sweep(Side.BUY, floorToTick(target));
        } else if (target < lastPoint) {
            collectStops(Side.SELL, target, lastPoint);
            for (int i = stopPrices.size() - 1; i >= 0; i--) {
                sweep(Side.SELL, stopPrices.getLong(i));
                triggerAt(Side.SELL, stopPrices.getLong(i));
            }
            sweep(Side.SELL, ceilToTick(target));
        }
        lastPoint = target;
    }

    /** Stop prices of the given side's queued stops in (low, high] for buys, [low, high) for sells, ascending. */
    private void collectStops(Side side, long low, long high) {
        stopPrices.clear();
        exchange.forEachOpenOrder(order -> {
            if (order.status() == OrderStatus.QUEUED && order.side() == side && order.market() == market) {
                long stop = order.stopPrice();
                boolean inRange = side == Side.BUY ? stop > low && stop <= high : stop >= low && stop < high;
                if (inRange && !stopPrices.containsLong(stop)) {
                    stopPrices.addLong(stop);
                }
            }
        });
        stopPrices.sort(Long::compare);
    }

    /** A synthetic taker fills the strategy's orders that a price move to {@code price} crosses. */
    private void sweep(Side takerSide, long price) {
        long best = market.book().bestPrice(takerSide.opposite());
        boolean crossed = best != OrderBook.NO_PRICE
                && (takerSide == Side.BUY ? best <= price : best >= price);
        if (!crossed || walkBudget < market.minQuantityUnits() || price <= 0) {
            return;
        }
        long quantity = Math.min(walkBudget, restingQuantity(takerSide.opposite()));
        long before = totalBase(provider);
        place(provider, takerSide, price, quantity, TimeInForce.IMMEDIATE_OR_CANCEL);
        walkBudget -= Math.abs(totalBase(provider) - before);
    }

    /**
     * What the strategy has resting on one side: the most a synthetic order needs, which also
     * keeps a synthetic order's hold small enough to compute.
     */
    private long restingQuantity(Side side) {
        long[] total = {0};
        market.book().forEachOrder(side, (id, account, price, remaining, allOrNone) -> total[0] += remaining);
        return total[0];
    }

    private long queuedStopQuantity(Side side) {
        long[] total = {0};
        exchange.forEachOpenOrder(order -> {
            if (order.status() == OrderStatus.QUEUED && order.side() == side && order.market() == market) {
                total[0] += order.remaining();
            }
        });
        return total[0];
    }

    /**
     * The path reached a stop price: synthetic liquidity goes up at that price on the side the
     * triggered stops will take, a one-unit print sets the last trade price, the exchange triggers
     * the stops, and what is left of the liquidity is taken down.
     */
    private void triggerAt(Side stopSide, long price) {
        long liquidity = Math.min(Math.max(walkBudget, 0), queuedStopQuantity(stopSide)) + market.minQuantityUnits();
        long before = totalBase(provider);
        long quote = place(provider, stopSide.opposite(), price, liquidity, TimeInForce.GOOD_TILL_CANCELED);
        place(printer, stopSide, price, market.minQuantityUnits(), TimeInForce.IMMEDIATE_OR_CANCEL);
        exchange.cancel(quote);
        walkBudget -= Math.max(0, Math.abs(totalBase(provider) - before) - market.minQuantityUnits());
    }

    // ---- between candles: the strategy decides --------------------------------------------------

    /**
     * Opens the decision window after a candle closed: orders placed until {@link #closeDecisions}
     * can trade at {@code referencePrice} (the next open under {@link FillModel#NEXT_OPEN}, moved
     * by the slippage against the order; the close under {@link FillModel#CLOSE}).
     *
     * @param volume volume of the candle the fills are charged to, in quantity units
     */
    public void openDecisions(long referencePrice, long volume) {
        if (fillModel == FillModel.CLOSE) {
            decisionBid = floorToTick(referencePrice);
            decisionAsk = ceilToTick(referencePrice);
            decisionBudget = Long.MAX_VALUE / 32;
        } else {
            long move = new BigDecimal(referencePrice).multiply(slippage).longValue();
            decisionBid = floorToTick(referencePrice - move);
            decisionAsk = ceilToTick(referencePrice + move);
            decisionBudget = budget(volume);
        }
    }

    /** Ends the decision window: orders placed now find no synthetic liquidity until the next one. */
    public void closeDecisions() {
        decisionBid = 0;
        decisionAsk = 0;
        decisionBudget = 0;
    }

    /**
     * Called before the strategy's order reaches the exchange: liquidity it can take, if any.
     *
     * @param quantity the order's quantity, or 0 for a market buy sized by what it spends
     */
    public void beforeOrder(Side side, OrderType type, long limitPrice, long quantity) {
        if (decisionAsk == 0 || decisionBudget < market.minQuantityUnits()) {
            return;
        }
        long size = quantity > 0 ? Math.min(quantity, decisionBudget) : decisionBudget;
        boolean market = type == OrderType.MARKET;
        if (side == Side.BUY && (market || type == OrderType.LIMIT && limitPrice >= decisionAsk)) {
            postQuote(Side.SELL, decisionAsk, size);
        } else if (side == Side.SELL && decisionBid > 0 && (market || type == OrderType.LIMIT && limitPrice <= decisionBid)) {
            postQuote(Side.BUY, decisionBid, size);
        }
    }

    /** Called after the strategy's order was placed: takes down what is left of the liquidity. */
    public void afterOrder() {
        if (quoteId != 0) {
            exchange.cancel(quoteId);
            decisionBudget -= Math.abs(totalBase(provider) - quoteBaseBefore);
            quoteId = 0;
        }
    }

    private void postQuote(Side side, long price, long size) {
        quoteBaseBefore = totalBase(provider);
        quoteId = place(provider, side, price, size, TimeInForce.GOOD_TILL_CANCELED);
    }

    // ---- helpers -----------------------------------------------------------------------------

    private long place(SimAccount account, Side side, long price, long quantity, TimeInForce timeInForce) {
        long id = nextSyntheticId--;
        long steps = quantity / market.stepUnits();
        request.reset().id(id).account(account).market(market).side(side).type(OrderType.LIMIT)
                .timeInForce(timeInForce).price(price).quantity(steps * market.stepUnits());
        exchange.place(request);
        return id;
    }

    private long budget(long volume) {
        if (volumeShare.signum() == 0) {
            return Long.MAX_VALUE / 32;
        }
        long share = new BigDecimal(volume).multiply(volumeShare).longValue();
        return share - share % market.stepUnits();
    }

    private long totalBase(SimAccount account) {
        return ExactMath.add(account.available(market.base()), account.held(market.base()));
    }

    private long floorToTick(long price) {
        return price - Math.floorMod(price, market.tickUnits());
    }

    private long ceilToTick(long price) {
        long floor = floorToTick(price);
        return floor == price ? price : floor + market.tickUnits();
    }
}
