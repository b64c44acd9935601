package io.tradewind.sim;

import io.tradewind.domain.Decimals;
import io.tradewind.domain.Instrument;
import io.tradewind.domain.OrderStatus;
import io.tradewind.domain.OrderType;
import io.tradewind.domain.RejectionReason;
import io.tradewind.domain.Side;
import io.tradewind.domain.TimeInForce;
import io.tradewind.sim.book.MatchListener;
import io.tradewind.sim.book.OrderBook;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.agrona.collections.Long2ObjectHashMap;
import org.agrona.collections.LongArrayList;

/**
 * An in-memory exchange: instruments with price-time priority books, accounts with balances and
 * holds, the four order types and four time-in-force rules of the Orders API, stop triggers on
 * the last trade price, maker/taker fees, self-trade prevention and expiry on a simulated clock.
 * It reports what happens to an {@link ExchangeListener} instead of returning results, and is
 * deterministic: the same calls give the same events. Single-threaded.
 *
 * <p>Settlement follows the Orders API: a buyer pays notional plus its fee in the quote asset, a
 * seller receives notional minus its fee; fees go to a fee account. Trade amounts and fees are
 * rounded down to the quote asset's precision, holds rounded up, so that a hold always covers what
 * its order can cost.
 */
public final class SimulatedExchange {

    private static final String FEWER_DECIMALS = "use smaller balances, or a coarser tick_size or step_size"
            + " (they set the decimals amounts are kept in)";

    private final Supplier<OrderBook> bookFactory;
    private final ExchangeListener listener;
    final Assets assets = new Assets();
    final List<Market> markets = new ArrayList<>();
    final Map<String, Market> marketsBySymbol = new HashMap<>();
    final List<SimAccount> accounts = new ArrayList<>();
    final Map<String, SimAccount> accountsByName = new HashMap<>();
    final Long2ObjectHashMap<SimOrder> openOrders;
    final OrderPool pool;
    final Expiries expiries = new Expiries();
    private final Expiries.OrderLookup openOrderLookup;
    private final Settlement settlement = new Settlement();
    private final LongArrayList allOrNoneCandidates = new LongArrayList();
    private final SimTrade trade = new SimTrade();
    long[] feesCollected = new long[4];
    long[] deposited = new long[4];
    long now;
    /** {@link #now} as an instant, made when the clock has moved since it was last asked. */
    private Instant nowInstant;
    long orderSequence;
    long tradeSequence;

    public SimulatedExchange(Supplier<OrderBook> bookFactory, ExchangeListener listener) {
        this(bookFactory, listener, 64);
    }

    /**
     * @param expectedOpenOrders how many orders may be open at once without growing any table:
     *                           sized right, trading allocates nothing at all
     */
    public SimulatedExchange(Supplier<OrderBook> bookFactory, ExchangeListener listener, int expectedOpenOrders) {
        this.bookFactory = bookFactory;
        this.listener = listener;
        this.openOrders = new Long2ObjectHashMap<>(2 * expectedOpenOrders, 0.65f);
        this.pool = new OrderPool(expectedOpenOrders);
        this.openOrderLookup = openOrders::get;
    }

    // ---- set-up ---------------------------------------------------------------------------

    /** Lists an instrument. Its assets' precision follows its tick and step sizes. */
    public Market addInstrument(Instrument instrument) {
        if (marketsBySymbol.containsKey(instrument.symbol())) {
            throw new IllegalArgumentException("instrument " + instrument.symbol() + " is already listed");
        }
        Asset base = assets.require(instrument.base(), instrument.quantityScale(), instrument.symbol());
        Asset quote = assets.require(instrument.quote(), instrument.exactNotionalScale(), instrument.symbol());
        Market market = new Market(markets.size(), instrument, base, quote, bookFactory.get());
        markets.add(market);
        marketsBySymbol.put(instrument.symbol(), market);
        growPerAssetArrays();
        for (SimAccount account : accounts) {
            account.ensureMarkets(markets.size());
        }
        return market;
    }

    public SimAccount openAccount(String name) {
        return open(name, false);
    }

    /**
     * Opens an account whose means are never the limit, for the synthetic participants of a
     * backtest: each order it places first gets exactly what it must hold deposited (and counted
     * in {@link #deposited}), so it can always pay. An amount that cannot be represented is not a
     * rejection but an {@link IllegalArgumentException}: nothing the account does may fail silently.
     *
     * <p>Opening a liquidity account that exists returns it: a restored paper venue already has
     * the accounts its liquidity opened before the restart, and such an account holds nothing
     * between two synthetic orders, so whoever opens it again can share it.
     */
    public SimAccount openLiquidityAccount(String name) {
        SimAccount restored = accountsByName.get(name);
        if (restored != null && restored.fundedOnDemand) {
            return restored;
        }
        return open(name, true);
    }

    SimAccount open(String name, boolean fundedOnDemand) {
        if (accountsByName.containsKey(name)) {
            throw new IllegalArgumentException("account " + name + " already exists");
        }
        SimAccount account = new SimAccount(accounts.size(), name, fundedOnDemand);
        account.ensureAssets(assets.size());
        account.ensureMarkets(markets.size());
        accounts.add(account);
        accountsByName.put(name, account);
        return account;
    }

    /**
     * Adds {@code amount} of {@code assetName} to the account's available balance.
     *
     * @throws IllegalArgumentException if the amount is negative, too precise, or would take the
     *                                  exchange's total of the asset past the largest amount a long holds
     */
    public void deposit(SimAccount account, String assetName, BigDecimal amount) {
        if (amount.signum() < 0) {
            throw new IllegalArgumentException(account.name + ": " + assetName + " deposit must not be negative");
        }
        Asset asset = assets.forBalance(assetName, Decimals.significantScale(amount));
        long units = asset.toUnits(amount, account.name + " " + assetName + " balance");
        growPerAssetArrays();
        account.ensureAssets(assets.size());
        credit(account, asset, units);
    }

    /**
     * Takes everything the account has available out of the exchange (what its open orders hold
     * stays): a liquidity account hands back what it received, so the exchange's total of each
     * asset stays what the other accounts own, however long a backtest trades.
     */
    public void withdrawAvailable(SimAccount account) {
        for (int asset = 0; asset < assets.size(); asset++) {
            deposited[asset] -= account.available[asset];
            account.available[asset] = 0;
        }
    }

    /**
     * Adds units to an available balance. Every balance is part of the asset's total deposits,
     * so a total that fits a long keeps every later settlement within range.
     */
    private void credit(SimAccount account, Asset asset, long units) {
        if (units > Long.MAX_VALUE - deposited[asset.id]) {
            throw new UnrepresentableAmountException(account.name + ": " + asset.name + " on the exchange would total "
                    + asset.toDecimal(deposited[asset.id]).add(asset.toDecimal(units)).toPlainString() + " " + asset.name
                    + ", more than the largest amount it can represent, " + asset.toDecimal(Long.MAX_VALUE).toPlainString()
                    + " " + asset.name + " (" + asset.scale + " decimals); " + FEWER_DECIMALS);
        }
        account.available[asset.id] += units;
        deposited[asset.id] += units;
    }

    void growPerAssetArrays() {
        if (assets.size() > feesCollected.length) {
            int size = Math.max(assets.size(), feesCollected.length * 2);
            feesCollected = Arrays.copyOf(feesCollected, size);
            deposited = Arrays.copyOf(deposited, size);
        }
    }

    /**
     * The market traded at {@code price} elsewhere (a candle's close, with no order of this
     * exchange in it): the last trade price moves there, so a stop placed next is judged against
     * the market as it is, not against this exchange's last own trade. It triggers nothing: there
     * is no liquidity here at that price, and a triggered stop-market would end unfilled; the
     * caller triggers the stops its prices reach, with liquidity for them.
     */
    public void marketTradedAt(Market market, long price) {
        if (price > 0) {
            market.lastPrice = price;
        }
    }

    /**
     * Until {@link #unboundMarketOrders}, a market order (a triggered stop-market too) takes no
     * price worse than {@code buyUpTo} (a buy) or {@code sellDownTo} (a sell); its rest is
     * cancelled there. A backtest's synthetic market is all at one price: a market order's rest
     * past it, which the volume cap leaves, must end there and not walk on into the strategy's
     * own resting orders, which self-trade prevention would cancel.
     */
    public void boundMarketOrders(Market market, long buyUpTo, long sellDownTo) {
        market.marketBuyBound = buyUpTo;
        market.marketSellBound = sellDownTo;
    }

    /**
     * Places {@code request} without triggering stops on its trades. A backtest's synthetic taker
     * filling the strategy's resting limits at their own prices (a bid at 96 when the market gaps
     * to 95) must not trigger a stop the strategy keeps (a sell stop at 97) there and then, with no
     * liquidity posted for it: the stop ended cancelled, unfilled, with no reason. The caller
     * triggers the stops its prices reach, with liquidity for them.
     */
    public void placeWithoutTriggeringStops(PlaceOrder request) {
        Market market = request.market;
        market.stopsHeld = true;
        try {
            place(request);
        } finally {
            market.stopsHeld = false;
        }
    }

    public void unboundMarketOrders(Market market) {
        boundMarketOrders(market, OrderBook.MARKET_BUY_LIMIT, OrderBook.MARKET_SELL_LIMIT);
    }

    // ---- clock ----------------------------------------------------------------------------

    /** Moves the simulated clock forward and expires the orders whose {@code expire_at} passed. */
    public void advanceTime(Instant instant) {
        advanceTime(instant.toEpochMilli());
    }

    /** {@link #advanceTime(Instant)} in epoch milliseconds, for callers that tick millions of times. */
    public void advanceTime(long millis) {
        if (millis < now) {
            throw new IllegalArgumentException("time cannot go backwards: " + Instant.ofEpochMilli(millis)
                    + " is before the exchange clock " + Instant.ofEpochMilli(now));
        }
        now = millis;
        long due;
        while ((due = expiries.pollDue(now, openOrderLookup)) >= 0) {
            end(openOrders.get(due), OrderStatus.EXPIRED);
        }
    }

    /** The same instance while the clock stands still: every order, trade and report of a backtest is stamped with it. */
    public Instant now() {
        Instant instant = nowInstant;
        if (instant == null || instant.toEpochMilli() != now) {
            instant = Instant.ofEpochMilli(now);
            nowInstant = instant;
        }
        return instant;
    }

    public long nowMillis() {
        return now;
    }

    // ---- orders ---------------------------------------------------------------------------

    /**
     * Places an order: runs the pre-trade checks, holds funds, and matches, rests, queues or
     * cancels it by its type and time in force, reporting each step to the listener.
     *
     * @throws IllegalArgumentException if the id belongs to an open order or a field the caller
     *                                  must always give (account, market, side, type) is missing
     */
    public void place(PlaceOrder request) {
        if (request.account == null || request.market == null || request.side == null || request.type == null) {
            throw new IllegalArgumentException("order " + request.id + ": account, market, side and type are required");
        }
        if (openOrders.containsKey(request.id)) {
            throw new IllegalArgumentException("order id " + request.id + " belongs to an open order");
        }
        SimOrder order = newOrder(request);
        long reasons = request.rejectionMask | PreTradeChecks.check(order, now);
        if (reasons == 0) {
            reasons = sizeAndHold(order);
        }
        if (reasons != 0) {
            order.rejectionMask = reasons;
            order.status = OrderStatus.REJECTED;
            listener.onOrder(order);
            pool.give(order);
            return;
        }
        openOrders.put(order.id, order);
        order.account.openOrders[order.market.id]++;
        if (order.expireAt != Long.MAX_VALUE) {
            expiries.add(order);
        }
        if (order.type.needsStopPrice()) {
            queue(order);
        } else {
            order.status = OrderStatus.ACTIVE;
            listener.onOrder(order);
            execute(order);
        }
        runTriggeredStops(request.market);
    }

    /**
     * Cancels an open order and releases what it holds.
     *
     * @return false if no open order has this id (it ended or never existed)
     */
    public boolean cancel(long orderId) {
        SimOrder order = openOrders.get(orderId);
        if (order == null) {
            return false;
        }
        end(order, OrderStatus.CANCELLED);
        return true;
    }

    /**
     * Lowers a resting order's remaining quantity, keeping its time priority and releasing the
     * hold of the removed part.
     *
     * @return false if the order is not resting in a book or {@code newRemaining} is not between
     *         1 and its remaining quantity minus 1
     */
    public boolean reduce(long orderId, long newRemaining) {
        SimOrder order = openOrders.get(orderId);
        if (order == null || !order.resting || newRemaining <= 0 || newRemaining >= order.remaining()) {
            return false;
        }
        order.market.book.reduce(orderId, newRemaining);
        order.quantity = order.filled + newRemaining;
        releaseDownTo(order, holdFor(order, newRemaining));
        return true;
    }

    /**
     * Re-prices a resting limit order (it loses its time priority and may trade at once, as a new
     * order would). A buy needs the extra hold a higher price costs.
     *
     * @return false if the order is not resting, the price is not a positive multiple of the tick,
     *         or a buy cannot afford the new hold
     */
    public boolean move(long orderId, long newPrice) {
        SimOrder order = openOrders.get(orderId);
        if (order == null || !order.resting || newPrice <= 0 || newPrice % order.market.tickUnits != 0) {
            return false;
        }
        Market market = order.market;
        if (order.side == Side.BUY) {
            long newHold = market.buyHold(newPrice, order.remaining());
            long extra = newHold - order.held;
            if (extra > order.account.available[market.quote.id]) {
                return false;
            }
            adjustHold(order, newHold);
        }
        unrest(order);
        order.price = newPrice;
        execute(order);
        runTriggeredStops(market);
        return true;
    }

    // ---- snapshots ------------------------------------------------------------------------

    /**
     * The exchange's whole state as plain values, for paper trading to keep across restarts.
     * Only between calls: not from inside a listener callback.
     */
    public ExchangeSnapshot snapshot() {
        return ExchangeSnapshots.take(this);
    }

    /**
     * Makes this exchange, which must be new (nothing listed, no accounts), the one a
     * {@link #snapshot()} was taken of: from here on it matches, numbers and reports exactly as
     * that exchange would have. The listener hears nothing of the restore itself.
     *
     * @throws IllegalArgumentException if this exchange is not new or the snapshot contradicts itself
     */
    public void restore(ExchangeSnapshot snapshot) {
        ExchangeSnapshots.restore(this, snapshot);
    }

    // ---- queries --------------------------------------------------------------------------

    public Market market(String symbol) {
        return marketsBySymbol.get(symbol);
    }

    public List<Market> markets() {
        return List.copyOf(markets);
    }

    public SimAccount account(String name) {
        return accountsByName.get(name);
    }

    public List<SimAccount> accounts() {
        return List.copyOf(accounts);
    }

    public List<Asset> assets() {
        return assets.all();
    }

    public Asset asset(String name) {
        return assets.get(name);
    }

    /** An open order (queued, active or partial), or null. */
    public SimOrder openOrder(long orderId) {
        return openOrders.get(orderId);
    }

    /** Number of open orders in all markets. */
    public int openOrderCount() {
        return openOrders.size();
    }

    /** Visits every open order, in no particular order. */
    public void forEachOpenOrder(Consumer<SimOrder> visitor) {
        openOrders.values().forEach(visitor);
    }

    /** Fees collected so far in an asset, in its units. */
    public long feesCollected(Asset asset) {
        return asset.id < feesCollected.length ? feesCollected[asset.id] : 0;
    }

    /** Everything deposited so far in an asset, in its units: what value conservation is checked against. */
    public long deposited(Asset asset) {
        return asset.id < deposited.length ? deposited[asset.id] : 0;
    }

    // ---- placement internals -----------------------------------------------------------------

    private SimOrder newOrder(PlaceOrder request) {
        SimOrder order = pool.take();
        order.id = request.id;
        order.uid = request.uid;
        order.account = request.account;
        order.market = request.market;
        order.side = request.side;
        order.requestedType = request.type;
        order.type = request.type;
        order.timeInForce = TimeInForce.effective(request.type, request.timeInForce);
        order.price = request.price;
        order.stopPrice = request.stopPrice;
        order.quantity = request.quantity;
        order.quoteBudget = request.quoteBudget;
        order.expireAt = request.expireAt;
        order.sequence = ++orderSequence;
        return order;
    }

    /**
     * Sizes a market buy given by budget, then takes the order's initial hold. Amounts that do
     * not fit 64 bits (say a rial price times an absurd quantity) reject the order; they are
     * never wrapped. Once held, amounts cannot overflow: no balance exceeds what was deposited.
     */
    private long sizeAndHold(SimOrder order) {
        try {
            if (order.quoteBudget > 0) {
                order.quantity = MarketBuyPricing.affordableQuantity(order, order.quoteBudget);
            }
            return holdFunds(order);
        } catch (ArithmeticException e) {
            if (order.account.fundedOnDemand) {
                throw unrepresentable(order);
            }
            return SimOrder.bit(RejectionReason.AMOUNT_OVERFLOW);
        }
    }

    /** Computes and takes the order's initial hold; returns rejection bits if it cannot. */
    private long holdFunds(SimOrder order) {
        Market market = order.market;
        SimAccount account = order.account;
        long hold;
        if (order.side == Side.SELL) {
            order.holdMode = SimOrder.HoldMode.BASE_QUANTITY;
            hold = market.baseUnits(order.quantity);
        } else if (order.type == OrderType.MARKET) {
            order.holdMode = SimOrder.HoldMode.EXACT_COST;
            if (order.quoteBudget > account.available(market.quote) && !account.fundedOnDemand) {
                return SimOrder.bit(RejectionReason.INSUFFICIENT_BALANCE);
            }
            hold = MarketBuyPricing.cost(order, order.quantity);
        } else {
            order.holdMode = SimOrder.HoldMode.LIMIT_PRICE;
            long price = order.type == OrderType.STOP_MARKET ? order.stopPrice : order.price;
            hold = market.buyHold(price, order.quantity);
        }
        Asset asset = order.heldAsset();
        if (account.fundedOnDemand && hold > account.available(asset)) {
            credit(account, asset, hold - account.available(asset));
        }
        if (hold > account.available(asset)) {
            return SimOrder.bit(RejectionReason.INSUFFICIENT_BALANCE);
        }
        account.hold(asset, hold);
        order.held = hold;
        return 0;
    }

    private static IllegalArgumentException unrepresentable(SimOrder order) {
        Market market = order.market;
        Asset quote = market.quote;
        return new UnrepresentableAmountException(order.account.name + ": a " + order.side.wireName() + " of "
                + market.quantity(order.quantity).toPlainString() + " " + market.base.name + " at "
                + market.price(order.price).toPlainString() + " " + quote.name + " is worth more than the largest "
                + quote.name + " amount the exchange can represent, " + quote.toDecimal(Long.MAX_VALUE).toPlainString()
                + " " + quote.name + " (" + quote.scale + " decimals); " + FEWER_DECIMALS);
    }

    private void queue(SimOrder order) {
        order.status = OrderStatus.QUEUED;
        listener.onOrder(order);
        order.market.stops.add(order);
    }

    /** Matches an active order as taker, then rests, or ends, what is left of it. */
    private void execute(SimOrder order) {
        Market market = order.market;
        OrderBook book = market.book;
        long limit = limitPrice(order);
        TimeInForce tif = order.timeInForce;
        if (tif == TimeInForce.FILL_OR_KILL || tif == TimeInForce.ALL_OR_NONE) {
            long fillable = book.simulate(order.account.id, order.side, limit, order.remaining(), NO_FILLS);
            if (fillable < order.remaining()) {
                if (tif == TimeInForce.ALL_OR_NONE) {
                    rest(order);
                } else {
                    end(order, OrderStatus.CANCELLED);
                }
                return;
            }
        }
        settlement.taker = order;
        book.match(order.account.id, order.side, limit, order.remaining(), settlement);
        settlement.taker = null;
        if (order.quantity > 0 && order.remaining() == 0) {
            retire(order);
        } else if (tif.rests()) {
            rest(order);
        } else {
            end(order, OrderStatus.CANCELLED);
        }
    }

    private static long limitPrice(SimOrder order) {
        if (order.type == OrderType.MARKET) {
            return order.side == Side.BUY ? order.market.marketBuyBound : order.market.marketSellBound;
        }
        return order.price;
    }

    private void rest(SimOrder order) {
        Market market = order.market;
        boolean allOrNone = order.timeInForce == TimeInForce.ALL_OR_NONE;
        market.book.add(order.id, order.account.id, order.side, order.price, order.remaining(), allOrNone);
        order.resting = true;
        if (allOrNone) {
            market.restingAllOrNone++;
        }
        if (market.restingAllOrNone > 0) {
            fillAllOrNoneOrdersNowExecutable(market, order.side.opposite(), order.price);
        }
    }

    private void unrest(SimOrder order) {
        if (order.resting) {
            order.market.book.cancel(order.id);
            order.resting = false;
            if (order.timeInForce == TimeInForce.ALL_OR_NONE) {
                order.market.restingAllOrNone--;
            }
        }
    }

    /**
     * Liquidity arrived at {@code price}: all-or-none orders resting on the other side that cross
     * it may now be able to fill completely. Each that can is taken out of the book and executed
     * as taker, oldest first.
     */
    private void fillAllOrNoneOrdersNowExecutable(Market market, Side allOrNoneSide, long price) {
        allOrNoneCandidates.clear();
        market.book.forEachAllOrNoneCrossing(allOrNoneSide, price, allOrNoneCandidates::addLong);
        long[] candidates = allOrNoneCandidates.toLongArray();
        for (long id : candidates) {
            SimOrder order = openOrders.get(id);
            if (order == null || !order.resting) {
                continue;
            }
            long fillable = market.book.simulate(order.account.id, order.side, order.price, order.remaining(), NO_FILLS);
            if (fillable == order.remaining()) {
                unrest(order);
                execute(order);
            }
        }
    }

    /** Triggers queued stops whose stop price the last trade reached, oldest first, until none is. */
    private void runTriggeredStops(Market market) {
        while (!market.stopsHeld && !market.stops.isEmpty() && market.lastPrice > 0) {
            SimOrder stop = market.stops.pollTriggered(market.lastPrice);
            if (stop == null) {
                return;
            }
            trigger(stop);
        }
    }

    private void trigger(SimOrder order) {
        order.type = order.type.triggered();
        if (order.side == Side.BUY && order.type == OrderType.MARKET) {
            long cost = MarketBuyPricing.cost(order, order.quantity);
            if (cost - order.held > order.account.available(order.market.quote)) {
                order.rejectionMask |= SimOrder.bit(RejectionReason.INSUFFICIENT_BALANCE);
                end(order, OrderStatus.REJECTED);
                return;
            }
            order.holdMode = SimOrder.HoldMode.EXACT_COST;
            adjustHold(order, cost);
        }
        order.status = OrderStatus.ACTIVE;
        listener.onOrder(order);
        execute(order);
    }

    // ---- holds ----------------------------------------------------------------------------

    /** What an order with {@code remaining} unfilled should hold under its hold mode. */
    private static long holdFor(SimOrder order, long remaining) {
        return switch (order.holdMode) {
            case BASE_QUANTITY -> order.market.baseUnits(remaining);
            case LIMIT_PRICE -> order.market.buyHold(
                    order.type == OrderType.STOP_MARKET ? order.stopPrice : order.price, remaining);
            case EXACT_COST -> order.held;
        };
    }

    private static void releaseDownTo(SimOrder order, long target) {
        long release = order.held - target;
        order.account.release(order.heldAsset(), release);
        order.held = target;
    }

    private static void adjustHold(SimOrder order, long target) {
        long extra = target - order.held;
        order.account.hold(order.heldAsset(), extra);
        order.held = target;
    }

    // ---- ending orders --------------------------------------------------------------------

    /** Takes an open order out of the book or the stop queue, releases its hold and reports it ended. */
    private void end(SimOrder order, OrderStatus terminal) {
        unrest(order);
        if (order.status == OrderStatus.QUEUED) {
            order.market.stops.remove(order);
        }
        order.status = terminal;
        releaseDownTo(order, 0);
        listener.onOrder(order);
        retire(order);
    }

    /** Forgets an order that has ended and whose end was reported. */
    private void retire(SimOrder order) {
        releaseDownTo(order, 0);
        order.account.openOrders[order.market.id]--;
        openOrders.remove(order.id);
        pool.give(order);
    }

    // ---- settlement -----------------------------------------------------------------------

    private static final MatchListener NO_FILLS = new MatchListener() {
        @Override
        public void onFill(long makerId, int makerAccount, long price, long quantity, long makerRemaining) {
        }

        @Override
        public void onSelfTradeCancel(long makerId, long remaining) {
        }
    };

    /** Moves funds for each fill of the current taker and reports the trade and both orders. */
    private final class Settlement implements MatchListener {

        SimOrder taker;

        @Override
        public void onFill(long makerId, int makerAccount, long price, long quantity, long makerRemaining) {
            SimOrder maker = openOrders.get(makerId);
            Market market = taker.market;
            long notional = market.notional(price, quantity);
            long makerFee = market.makerFee.floor(notional);
            long takerFee = market.takerFee.floor(notional);
            boolean takerBuys = taker.side == Side.BUY;
            settleBuyer(takerBuys ? taker : maker, price, quantity, notional + (takerBuys ? takerFee : makerFee));
            settleSeller(takerBuys ? maker : taker, quantity, notional - (takerBuys ? makerFee : takerFee));
            feesCollected[market.quote.id] += makerFee + takerFee;
            market.lastPrice = price;

            trade.sequence = ++tradeSequence;
            trade.market = market;
            trade.price = price;
            trade.quantity = quantity;
            trade.notional = notional;
            trade.maker = maker;
            trade.taker = taker;
            trade.makerFee = makerFee;
            trade.takerFee = takerFee;
            listener.onTrade(trade);

            maker.filled += quantity;
            taker.filled += quantity;
            maker.status = makerRemaining == 0 ? OrderStatus.FILLED : OrderStatus.PARTIAL;
            listener.onOrder(maker);
            taker.status = taker.remaining() == 0 ? OrderStatus.FILLED : OrderStatus.PARTIAL;
            listener.onOrder(taker);
            if (makerRemaining == 0) {
                maker.resting = false;
                if (maker.timeInForce == TimeInForce.ALL_OR_NONE) {
                    market.restingAllOrNone--;
                }
                retire(maker);
            }
        }

        @Override
        public void onSelfTradeCancel(long makerId, long remaining) {
            SimOrder maker = openOrders.get(makerId);
            maker.resting = false;
            if (maker.timeInForce == TimeInForce.ALL_OR_NONE) {
                maker.market.restingAllOrNone--;
            }
            end(maker, OrderStatus.CANCELLED);
        }

        private void settleBuyer(SimOrder buyer, long price, long quantity, long cost) {
            Market market = buyer.market;
            long release = buyer.holdMode == SimOrder.HoldMode.EXACT_COST
                    ? cost
                    : buyer.held - holdFor(buyer, buyer.remaining() - quantity);
            if (release > buyer.held || cost > release) {
                throw new IllegalStateException("order " + buyer.id + ": fill of " + quantity + " at "
                        + price + " costs " + cost + " but frees only " + release + " of its hold " + buyer.held);
            }
            SimAccount account = buyer.account;
            account.held[market.quote.id] -= release;
            account.available[market.quote.id] += release - cost;
            account.available[market.base.id] += market.baseUnits(quantity);
            buyer.held -= release;
        }

        private void settleSeller(SimOrder seller, long quantity, long proceeds) {
            Market market = seller.market;
            SimAccount account = seller.account;
            long sold = market.baseUnits(quantity);
            account.held[market.base.id] -= sold;
            account.available[market.quote.id] += proceeds;
            seller.held -= sold;
        }
    }
}
