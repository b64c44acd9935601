package io.tradewind.backtest;

import io.tradewind.domain.OrderStatus;
import io.tradewind.domain.OrderType;
import io.tradewind.domain.Side;
import io.tradewind.domain.TimeInForce;
import io.tradewind.marketdata.DepthSnapshot;
import io.tradewind.marketdata.PriceLevel;
import io.tradewind.sim.ExactMath;
import io.tradewind.sim.Market;
import io.tradewind.sim.PlaceOrder;
import io.tradewind.sim.SimAccount;
import io.tradewind.sim.SimOrder;
import io.tradewind.sim.SimulatedExchange;
import io.tradewind.sim.book.OrderBook;
import io.tradewind.sim.book.RestingOrderVisitor;
import io.tradewind.sim.gateway.LiquidityHook;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.function.Consumer;
import org.agrona.collections.LongArrayList;

/**
 * The market around a backtested strategy, made from candles: synthetic participants that trade
 * with the strategy's orders on the simulated exchange, so that every backtest fill goes through
 * the same matching, holds and fees as paper trading.
 *
 * <p>Two things happen per candle. {@link #walk} moves the price from the previous close to the
 * open, then along open → nearer extreme → farther extreme → close: a synthetic taker fills the
 * strategy's resting limit orders the path crosses, at their own prices, and where the path
 * reaches a stop a one-unit print between two synthetic accounts sets the last trade price, which
 * triggers the stop, with synthetic liquidity at that price for it to execute against. Inside the
 * candle the path passes every price, so a stop triggers at its stop price; the move from the
 * previous close to the open is a gap in which nothing traded, so a stop it crosses triggers at
 * the open (rounded to the tick against the strategy), the first price of the path past its
 * trigger. A triggered stop-market fills there; a triggered stop-limit whose limit that price
 * does not reach rests as a limit and fills only where the rest of the path reaches its limit.
 * The walk ends by making the close the exchange's last trade price, against which stops placed
 * at the next decision are judged (also after a fill of that decision at a slipped price).
 *
 * <p>Then, while the strategy decides, {@link #beforeOrder} puts up liquidity at the decision
 * price on the side an incoming order can take, and {@link #afterOrder} takes it down. The
 * decision price is the next open moved by the slippage against the order (a buy's rounded up to
 * the tick, a sell's down) or the close. The strategy's fills may take at most the volume share
 * of a candle, once: fills at a next open are charged to the next candle, whose path then has
 * only what is left.
 *
 * <p>Paper trading on a venue's live market data replaces both with the venue's own market:
 * {@link #printed} moves the market to each public trade, and {@link #openBookDecisions} lets a
 * decision trade against the venue's order book, level by level.
 *
 * <p>All synthetic orders have negative ids; the strategy's orders must use positive ones. The
 * synthetic accounts are funded on demand ({@link SimulatedExchange#openLiquidityAccount}) and
 * hand back what they received after every synthetic order, so the market side is never the
 * limit; an amount the exchange cannot represent stops the backtest with an
 * {@link IllegalArgumentException} instead of cancelling the strategy's order.
 */
public final class CandleLiquidity implements LiquidityHook {

    static final String MARKET_ACCOUNT = "backtest-market";
    static final String PRINT_ACCOUNT = "backtest-print";
    /** The budget without a volume share: more than any fill takes, with room to add to it. */
    private static final long UNLIMITED = Long.MAX_VALUE / 32;

    private final SimulatedExchange exchange;
    private final Market market;
    private final SimAccount provider;
    private final SimAccount printer;
    private final FillModel fillModel;
    private final long slippageNumerator;
    private final long slippageDenominator;
    private final long shareNumerator;
    private final long shareDenominator;
    private final PlaceOrder request = new PlaceOrder();
    private final LongArrayList stopPrices = new LongArrayList();
    // Visitors over the open orders, with their arguments and result in fields, so that a walk allocates nothing.
    private Side visitSide;
    private long visitLow;
    private long visitHigh;
    private long visitTotal;
    private final Consumer<SimOrder> stopCollector = this::collectStop;
    private final Consumer<SimOrder> stopQuantityAdder = order -> {
        if (isQueuedStop(order, visitSide)) {
            visitTotal += order.remaining();
        }
    };
    private final RestingOrderVisitor restingAdder = (id, account, price, remaining, allOrNone) -> visitTotal += remaining;
    private long nextSyntheticId = -1;
    private long lastPoint;
    /** What the strategy's fills may still take from the volume of the candle they are charged to. */
    private long budget;
    /** Whether the decision window already opened the budget of the next candle to walk. */
    private boolean nextCandleBudgetOpen;
    /** The share of the candle's volume the last decision window opened the budget with. */
    private long openedShare;
    private long decisionBid;
    private long decisionAsk;
    /** The last price the deciding strategy saw: a limit order beyond it could not trade then. */
    private long decisionLast;
    /** The next open the decision's orders arrive at, whose gap is still to be swept; 0 when none is. */
    private long gapBeforeDecision;
    private long quoteId;
    private boolean boundedMarketOrders;
    private Side quoteSide;
    private long quoteQuantity;
    /** The venue's book while a decision trades against it (units), best first; empty otherwise. */
    private final LongArrayList bookBidPrices = new LongArrayList();
    private final LongArrayList bookBidQuantities = new LongArrayList();
    private final LongArrayList bookAskPrices = new LongArrayList();
    private final LongArrayList bookAskQuantities = new LongArrayList();
    private boolean bookOpen;
    private final LongArrayList bookQuoteIds = new LongArrayList();

    /**
     * @param slippage    fraction of the price a next-open fill moves against the order, e.g. 0.0005
     * @param volumeShare largest fraction of a candle's volume the strategy's fills may take; 0 for no limit
     */
    public CandleLiquidity(SimulatedExchange exchange, Market market, FillModel fillModel, BigDecimal slippage,
            BigDecimal volumeShare) {
        this(exchange, market, fillModel, slippage, volumeShare, "");
    }

    /**
     * @param accountSuffix appended to the synthetic accounts' names, so that one exchange can carry
     *                      the liquidity of several markets (a paper venue trading several symbols)
     */
    public CandleLiquidity(SimulatedExchange exchange, Market market, FillModel fillModel, BigDecimal slippage,
            BigDecimal volumeShare, String accountSuffix) {
        this.exchange = exchange;
        this.market = market;
        this.fillModel = fillModel;
        this.slippageNumerator = numerator(slippage);
        this.slippageDenominator = denominator(slippage);
        this.shareNumerator = numerator(volumeShare);
        this.shareDenominator = denominator(volumeShare);
        this.provider = exchange.openLiquidityAccount(MARKET_ACCOUNT + accountSuffix);
        this.printer = exchange.openLiquidityAccount(PRINT_ACCOUNT + accountSuffix);
    }

    // ---- inside a candle ----------------------------------------------------------------------

    /** Moves the market through one candle (prices in price units, volume in quantity units). */
    public void walk(long open, long high, long low, long close, long volume) {
        if (!nextCandleBudgetOpen) {
            budget = budget(volume);
        }
        nextCandleBudgetOpen = false;
        if (exchange.openOrderCount() == 0) {
            lastPoint = close;
            exchange.marketTradedAt(market, close);
            return;
        }
        if (lastPoint == 0) {
            lastPoint = open;
        }
        boolean highFirst = high - open <= open - low;
        gapTo(open);
        moveTo(highFirst ? high : low);
        moveTo(highFirst ? low : high);
        moveTo(close);
        // the path's stops were reached on the way; a stop placed at the close is judged against the close
        exchange.marketTradedAt(market, close);
    }

    /**
     * From the previous close to the open nothing traded: resting limits the open is at or through
     * fill at their own prices — those the gap crosses, those the open only touches (a sell at 111
     * when the candle opens at 111: a touch later on the path fills, so the open's must too), and
     * those already through it from before on either side of the move (a bid the last candle's
     * volume cap left partly unfilled, or one placed between the close and the slipped open) — and
     * every stop the open is at or past triggers there, rounded against it: those the gap crosses,
     * and those already past their trigger when they were placed.
     */
    private void gapTo(long open) {
        sweep(Side.BUY, floorToTick(open));
        sweep(Side.SELL, ceilToTick(open));
        collectStops(Side.BUY, Long.MIN_VALUE, open);
        if (!stopPrices.isEmpty()) {
            triggerAt(Side.BUY, ceilToTick(open));
        }
        collectStops(Side.SELL, open, Long.MAX_VALUE);
        if (!stopPrices.isEmpty()) {
            triggerAt(Side.SELL, floorToTick(open));
        }
        lastPoint = open;
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
        visitSide = side;
        visitLow = low;
        visitHigh = high;
        exchange.forEachOpenOrder(stopCollector);
    }

    private void collectStop(SimOrder order) {
        if (isQueuedStop(order, visitSide)) {
            long stop = order.stopPrice();
            boolean inRange = visitSide == Side.BUY ? stop > visitLow && stop <= visitHigh : stop >= visitLow && stop < visitHigh;
            if (inRange) {
                insertSorted(stop);
            }
        }
    }

    /** Adds a stop price to the ascending list unless it is there (sorting a list of longs would box them). */
    private void insertSorted(long stop) {
        int i = 0;
        while (i < stopPrices.size() && stopPrices.getLong(i) < stop) {
            i++;
        }
        if (i == stopPrices.size() || stopPrices.getLong(i) != stop) {
            stopPrices.addLong(i, stop);
        }
    }

    private boolean isQueuedStop(SimOrder order, Side side) {
        return order.status() == OrderStatus.QUEUED && order.side() == side && order.market() == market;
    }

    /** A synthetic taker fills the strategy's orders that a price move to {@code price} crosses. */
    private void sweep(Side takerSide, long price) {
        long best = market.book().bestPrice(takerSide.opposite());
        boolean crossed = best != OrderBook.NO_PRICE
                && (takerSide == Side.BUY ? best <= price : best >= price);
        if (!crossed || budget < market.minQuantityUnits() || price <= 0) {
            return;
        }
        long quantity = toStep(Math.min(budget, restingQuantity(takerSide.opposite())));
        if (quantity < market.minQuantityUnits()) {
            return;
        }
        prepare(provider, takerSide, price, quantity, TimeInForce.IMMEDIATE_OR_CANCEL);
        // the stops this move reaches are triggered by the caller, with liquidity where the path reaches them
        exchange.placeWithoutTriggeringStops(request);
        budget -= providerTraded(takerSide, quantity);
        handBack();
    }

    /**
     * What the strategy has resting on one side: the most a synthetic order needs, which also
     * keeps a synthetic order's hold small enough to compute.
     */
    private long restingQuantity(Side side) {
        visitTotal = 0;
        market.book().forEachOrder(side, restingAdder);
        return visitTotal;
    }

    private long queuedStopQuantity(Side side) {
        visitTotal = 0;
        visitSide = side;
        exchange.forEachOpenOrder(stopQuantityAdder);
        return visitTotal;
    }

    /**
     * The path reached stops at {@code price}: synthetic liquidity goes up there on the side the
     * triggered stops will take, a one-unit print sets the last trade price, the exchange triggers
     * the stops, and what is left of the liquidity is taken down.
     */
    private void triggerAt(Side stopSide, long price) {
        long liquidity = toStep(Math.min(Math.max(budget, 0), queuedStopQuantity(stopSide)) + market.minQuantityUnits());
        long quote = place(provider, stopSide.opposite(), price, liquidity, TimeInForce.GOOD_TILL_CANCELED);
        // the triggered stop-markets take what is there; the rest the volume cap leaves ends at this price
        exchange.boundMarketOrders(market, price, price);
        try {
            place(printer, stopSide, price, market.minQuantityUnits(), TimeInForce.IMMEDIATE_OR_CANCEL);
        } finally {
            exchange.unboundMarketOrders(market);
        }
        exchange.cancel(quote);
        budget -= Math.max(0, providerTraded(stopSide.opposite(), liquidity) - market.minQuantityUnits());
        handBack();
    }

    // ---- between candles: the strategy decides --------------------------------------------------

    /**
     * Opens the decision window after a candle closed: orders placed until {@link #closeDecisions}
     * can trade at {@code referencePrice} (the next open under {@link FillModel#NEXT_OPEN}, moved
     * by the slippage against the order; the close under {@link FillModel#CLOSE}), where the
     * strategy decided at that price too (the close model, a flatten at the last price).
     *
     * @param volume volume of the candle the fills are charged to, in quantity units
     */
    public void openDecisions(long referencePrice, long volume) {
        openDecisions(referencePrice, referencePrice, volume);
    }

    /**
     * {@link #openDecisions(long, long)} where the strategy decided at {@code decisionPrice} (the
     * close it saw) and trades at {@code referencePrice} (the next open): a limit order takes the
     * liquidity only if it could trade at both. One the close could not reach (a buy below it) rests
     * on the book as it would live, and fills at its own price where the next candle's path crosses
     * it, the gap to the open included; taking the open instead would fill it at a price the
     * strategy could not have known, as a taker.
     */
    public void openDecisions(long referencePrice, long decisionPrice, long volume) {
        decisionLast = decisionPrice;
        gapBeforeDecision = 0;
        if (fillModel == FillModel.CLOSE) {
            decisionBid = floorToTick(referencePrice);
            decisionAsk = ceilToTick(referencePrice);
            budget = UNLIMITED;
        } else {
            long move = ExactMath.mulDiv(referencePrice, slippageNumerator, slippageDenominator, true);
            decisionBid = floorToTick(referencePrice - move);
            decisionAsk = ceilToTick(referencePrice + move);
            // Instances sharing a paper market each decide on the same candle: their fills are charged
            // to one candle, so a later window keeps what the earlier ones took (or the instances
            // together would take the share once each). A backtest opens one window between walks.
            long share = budget(volume);
            // within what a candle window opened: a book window between (an unlimited budget) takes nothing of it
            long taken = nextCandleBudgetOpen ? Math.max(0, Math.min(openedShare, openedShare - budget)) : 0;
            openedShare = share;
            budget = Math.max(0, share - taken);
            nextCandleBudgetOpen = true;
        }
    }

    /**
     * {@link #openDecisions(long, long, long)} at {@code nextOpen}, the open of the next candle, the
     * price the decision's orders arrive at. The gap from the close to that open comes first: before
     * the decision's first order trades, the resting orders and stops the open is at or through fill
     * there, as they did before any new order could reach the market (a resting sell at 101 when the
     * next candle gaps open at 105 sells at 101, and a market buy of that decision then buys at 105,
     * not into that sell). The strategy, which decided at the close, hears of those fills after its
     * decision, as it would live.
     */
    public void openDecisionsAtNextOpen(long nextOpen, long decisionPrice, long volume) {
        openDecisions(nextOpen, decisionPrice, volume);
        gapBeforeDecision = fillModel == FillModel.CLOSE ? 0 : nextOpen;
    }

    /** Ends the decision window: orders placed now find no synthetic liquidity until the next one. */
    public void closeDecisions() {
        gapBeforeDecision = 0;
        decisionBid = 0;
        decisionAsk = 0;
        bookOpen = false;
        bookBidPrices.clear();
        bookBidQuantities.clear();
        bookAskPrices.clear();
        bookAskQuantities.clear();
    }

    /**
     * Called before the strategy's order reaches the exchange: liquidity it can take, if any.
     *
     * @param quantity the order's quantity, or 0 for a market buy sized by what it spends
     */
    @Override
    public void beforeOrder(Side side, OrderType type, long limitPrice, long quantity) {
        if (bookOpen) {
            postBookQuotes(side, type, limitPrice, quantity);
            return;
        }
        if (decisionAsk == 0) {
            return;
        }
        if (gapBeforeDecision != 0) {
            long open = gapBeforeDecision;
            gapBeforeDecision = 0;
            if (exchange.openOrderCount() > 0) {
                gapTo(open);
                // the decision's stops are judged against the close the strategy saw
                exchange.marketTradedAt(market, decisionLast);
            }
        }
        // the synthetic market is all at the decision price: a market order's rest past it ends there
        exchange.boundMarketOrders(market, decisionAsk, decisionBid);
        boundedMarketOrders = true;
        if (budget < market.minQuantityUnits()) {
            return;
        }
        long size = toStep(quantity > 0 ? Math.min(quantity, budget) : budget);
        if (size < market.minQuantityUnits()) {
            return;
        }
        // a stop already past its trigger at the last price triggers as it is placed: it then trades as a
        // market or limit order would, at the decision price; one that does not leaves the quote untouched
        boolean market = type == OrderType.MARKET || type == OrderType.STOP_MARKET;
        boolean limit = type == OrderType.LIMIT || type == OrderType.STOP_LIMIT;
        if (side == Side.BUY && (market || limit && limitPrice >= decisionAsk && limitPrice >= decisionLast)) {
            postQuote(Side.SELL, decisionAsk, size);
        } else if (side == Side.SELL && decisionBid > 0
                && (market || limit && limitPrice <= decisionBid && limitPrice <= decisionLast)) {
            postQuote(Side.BUY, decisionBid, size);
        }
    }

    /**
     * Called after the strategy's order was placed: takes down what is left of the liquidity. The
     * last trade price goes back to the price the strategy decided at: a stop it places next in
     * the same decision is judged against the market it saw, not against its own fill at a
     * slipped price (a buy stop at 101 placed after a market buy filled at 102.40 while the close
     * was 100 waits for the path, as it would without that buy).
     */
    @Override
    public void afterOrder() {
        if (boundedMarketOrders) {
            exchange.unboundMarketOrders(market);
            boundedMarketOrders = false;
        }
        if (!bookQuoteIds.isEmpty()) {
            takeDownBookQuotes();
        }
        if (quoteId != 0) {
            exchange.cancel(quoteId);
            budget -= providerTraded(quoteSide, quoteQuantity);
            handBack();
            quoteId = 0;
            exchange.marketTradedAt(market, decisionLast);
        }
    }

    private void postQuote(Side side, long price, long size) {
        quoteSide = side;
        quoteQuantity = size;
        quoteId = place(provider, side, price, size, TimeInForce.GOOD_TILL_CANCELED);
    }

    // ---- a venue's live market: its public trades and its order book ----------------------------

    /**
     * A public trade printed at {@code price} for {@code quantity} (units): the market moves there,
     * so the stops it passes trigger at their stop prices (with liquidity there, as a candle's path
     * gives them), and the strategy's resting limit orders at or through the print fill at their
     * own prices, together no more than the trade's quantity: someone traded that much there, and
     * an order of ours at that price or better would have been first in line.
     */
    public void printed(long price, long quantity) {
        if (price <= 0) {
            return;
        }
        if (lastPoint == 0) {
            lastPoint = price;
        }
        if (exchange.openOrderCount() > 0) {
            budget = UNLIMITED;
            triggerStopsOnTheWayTo(price);
            budget = toStep(quantity);
            sweep(Side.BUY, floorToTick(price));
            sweep(Side.SELL, ceilToTick(price));
            budget = 0;
        }
        lastPoint = price;
    }

    private void triggerStopsOnTheWayTo(long price) {
        if (price > lastPoint) {
            collectStops(Side.BUY, lastPoint, price);
            for (int i = 0; i < stopPrices.size(); i++) {
                triggerAt(Side.BUY, stopPrices.getLong(i));
            }
        } else if (price < lastPoint) {
            collectStops(Side.SELL, price, lastPoint);
            for (int i = stopPrices.size() - 1; i >= 0; i--) {
                triggerAt(Side.SELL, stopPrices.getLong(i));
            }
        }
    }

    /**
     * Opens the decision window on the venue's order book: until {@link #closeDecisions}, an order
     * trades against the book's levels it reaches, at their prices and up to their quantities, as
     * it would have at the venue. Prices go to the tick against the strategy (asks up, bids down),
     * quantities down to the step.
     */
    public void openBookDecisions(DepthSnapshot book) {
        closeDecisions();
        bookOpen = true;
        budget = UNLIMITED;
        int priceScale = market.instrument().priceScale();
        int quantityScale = market.instrument().quantityScale();
        levels(book.bids(), RoundingMode.FLOOR, priceScale, quantityScale, bookBidPrices, bookBidQuantities);
        levels(book.asks(), RoundingMode.CEILING, priceScale, quantityScale, bookAskPrices, bookAskQuantities);
    }

    private void levels(List<PriceLevel> levels, RoundingMode towardsTheBook, int priceScale, int quantityScale,
            LongArrayList prices, LongArrayList quantities) {
        for (PriceLevel level : levels) {
            long price = market.toPriceUnits(level.price().setScale(priceScale, towardsTheBook));
            price = towardsTheBook == RoundingMode.FLOOR ? floorToTick(price) : ceilToTick(price);
            long quantity = toStep(market.toQuantityUnits(level.quantity().setScale(quantityScale, RoundingMode.FLOOR)));
            if (price > 0 && quantity >= market.minQuantityUnits()) {
                prices.addLong(price);
                quantities.addLong(quantity);
            }
        }
    }

    /** Posts the book's levels an incoming order reaches, until they cover its quantity (all of them for a quote-sized buy). */
    private void postBookQuotes(Side side, OrderType type, long limitPrice, long quantity) {
        boolean buy = side == Side.BUY;
        LongArrayList prices = buy ? bookAskPrices : bookBidPrices;
        LongArrayList quantities = buy ? bookAskQuantities : bookBidQuantities;
        long posted = 0;
        for (int i = 0; i < prices.size() && (quantity == 0 || posted < quantity); i++) {
            long price = prices.getLong(i);
            boolean reached = type == OrderType.MARKET || type == OrderType.LIMIT && (buy ? price <= limitPrice : price >= limitPrice);
            if (!reached) {
                break;
            }
            long size = quantity == 0 ? quantities.getLong(i) : Math.min(quantities.getLong(i), quantity - posted);
            bookQuoteIds.addLong(place(provider, side.opposite(), price, size, TimeInForce.GOOD_TILL_CANCELED));
            posted += size;
        }
    }

    private void takeDownBookQuotes() {
        for (int i = 0; i < bookQuoteIds.size(); i++) {
            exchange.cancel(bookQuoteIds.getLong(i));
        }
        bookQuoteIds.clear();
        handBack();
    }

    // ---- helpers -----------------------------------------------------------------------------

    /** Places a synthetic limit order of {@code quantity}, a multiple of the step. */
    private long place(SimAccount account, Side side, long price, long quantity, TimeInForce timeInForce) {
        long id = prepare(account, side, price, quantity, timeInForce);
        exchange.place(request);
        return id;
    }

    /** Fills {@link #request} with a synthetic limit order; returns its id. */
    private long prepare(SimAccount account, Side side, long price, long quantity, TimeInForce timeInForce) {
        long id = nextSyntheticId--;
        request.reset().id(id).account(account).market(market).side(side).type(OrderType.LIMIT)
                .timeInForce(timeInForce).price(price).quantity(quantity);
        return id;
    }

    /**
     * Base quantity the provider traded with an order of {@code quantity} on {@code side} that is
     * no longer open. The provider holds nothing between synthetic orders ({@link #handBack}), so
     * what it holds now is what it bought, or what it did not sell of the base deposited for the sale.
     */
    private long providerTraded(Side side, long quantity) {
        long base = market.quantityOfBase(ExactMath.add(provider.available(market.base()), provider.held(market.base())));
        return side == Side.BUY ? base : quantity - base;
    }

    /** The synthetic accounts give back what they received, so that deposits stay what the strategy owns. */
    private void handBack() {
        exchange.withdrawAvailable(provider);
        exchange.withdrawAvailable(printer);
    }

    private long toStep(long quantity) {
        return quantity - quantity % market.stepUnits();
    }

    private long budget(long volume) {
        if (shareNumerator == 0) {
            return UNLIMITED;
        }
        long share = ExactMath.mulDiv(volume, shareNumerator, shareDenominator, false);
        return share - share % market.stepUnits();
    }

    /** A fraction's digits as an integer over a power of ten, so applying it needs no BigDecimal. */
    private static long numerator(BigDecimal fraction) {
        return fraction.movePointRight(scaleOf(fraction)).longValueExact();
    }

    private static long denominator(BigDecimal fraction) {
        return ExactMath.pow10(scaleOf(fraction));
    }

    private static int scaleOf(BigDecimal fraction) {
        int scale = Math.max(0, fraction.stripTrailingZeros().scale());
        if (scale > 18) {
            throw new IllegalArgumentException("fraction " + fraction.toPlainString() + " has more than 18 decimals");
        }
        return scale;
    }

    private long floorToTick(long price) {
        return price - Math.floorMod(price, market.tickUnits());
    }

    private long ceilToTick(long price) {
        long floor = floorToTick(price);
        return floor == price ? price : floor + market.tickUnits();
    }
}
