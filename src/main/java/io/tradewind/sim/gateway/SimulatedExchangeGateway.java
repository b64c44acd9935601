package io.tradewind.sim.gateway;

import io.tradewind.domain.Balance;
import io.tradewind.domain.OrderRequest;
import io.tradewind.domain.OrderStatus;
import io.tradewind.domain.RejectionReason;
import io.tradewind.execution.OrderGateway;
import io.tradewind.execution.TradePage;
import io.tradewind.execution.VenueOrder;
import io.tradewind.execution.VenueTrade;
import io.tradewind.sim.Asset;
import io.tradewind.sim.ExchangeListener;
import io.tradewind.sim.Market;
import io.tradewind.sim.OrderTranslation;
import io.tradewind.sim.PlaceOrder;
import io.tradewind.sim.SimAccount;
import io.tradewind.sim.SimOrder;
import io.tradewind.sim.SimTrade;
import io.tradewind.sim.SimulatedExchange;
import io.tradewind.sim.book.OrderBook;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.agrona.collections.LongArrayList;

/**
 * The simulated exchange as a venue: the {@link OrderGateway} that backtests and paper trading
 * use, so that the execution service cannot tell it from a real connector. Orders are known by
 * client order id (placing one twice returns the first; a backtest's venue forgets finished ones
 * when told to, see {@link #forBacktest}, and a durable one its old history, which its store then
 * answers for, see {@link #forgetOldHistory}), own trades are kept per account
 * for {@link #ownTrades}, and changes to the client's orders that no call answered (fills of
 * resting orders, self-trade cancels) are queued for {@link #deliverEvents}, as a connector's push
 * stream would deliver them.
 *
 * <p>The venue never fails to answer: it is in the same process.
 */
public final class SimulatedExchangeGateway implements OrderGateway, ExchangeListener {

    public static final String VENUE = "sim";
    private static final int TRADE_PAGE = 500;

    /** What the venue knows of one client order. */
    private static final class KnownOrder {
        final OrderRequest request;
        final long id;
        OrderStatus status = OrderStatus.NEW;
        BigDecimal filled = BigDecimal.ZERO;
        List<RejectionReason> reasons = List.of();
        /** Sized for the one trade most orders get (an empty ArrayList grows to ten on its first add); kept for the order's life. */
        final List<VenueTrade> trades = new ArrayList<>(1);
        Instant updatedAt;
        /** Changed since the last save; only tracked for a durable venue. */
        boolean unsaved;
        /** Made on the first report: each order is reported several times. */
        private String venueOrderId;

        KnownOrder(OrderRequest request, long id, Instant now) {
            this.request = request;
            this.id = id;
            this.updatedAt = now;
        }

        String venueOrderId() {
            if (venueOrderId == null) {
                venueOrderId = VENUE + "-" + id;
            }
            return venueOrderId;
        }
    }

    private final SimulatedExchange exchange;
    private final Map<String, KnownOrder> byUid = new HashMap<>();
    /**
     * By the exchange's order id, which this gateway hands out in sequence from 1. Every fill looks
     * its order up, and a list needs no hashing and no rehashing as a long run piles up orders.
     * Orders the exchange has from elsewhere (a backtest's synthetic liquidity, with negative ids)
     * are not in it.
     */
    private final OrdersById<KnownOrder> byId = new OrdersById<>();
    private final Map<String, AccountTrades> tradesByAccount = new HashMap<>();
    /** Orders changed since the last delivery, each once, in the order they first changed. */
    private final LongArrayList changedOrders = new LongArrayList();
    private final List<AccountTrade> undeliveredTrades = new ArrayList<>();
    private long answering;
    private final PlaceOrder request = new PlaceOrder();
    private LiquidityHook liquidity = LiquidityHook.NONE;
    /** Whether anything changed since the last save; set whatever the mode, read by a durable venue. */
    private boolean changed;
    /** Whether to remember what changed for the next save: off in backtests, which never save. */
    private boolean tracking;
    private final LongArrayList unsavedOrders = new LongArrayList();
    private final Map<String, Integer> savedTradeCounts = new HashMap<>();
    /** Whether finished orders are known forever, as at a venue, or forgotten when a backtest says so. */
    private final boolean keepsHistory;
    /** Without history: exchange ids of the orders that finished since the last {@link #forgetFinishedOrders}. */
    private final LongArrayList finishedOrders = new LongArrayList();

    public SimulatedExchangeGateway(Supplier<OrderBook> books) {
        this(books, true);
    }

    private SimulatedExchangeGateway(Supplier<OrderBook> books, boolean keepsHistory) {
        this.exchange = new SimulatedExchange(books, this, 1024);
        this.keepsHistory = keepsHistory;
    }

    /**
     * The venue of a backtest: the same, except that it forgets finished orders when told to
     * ({@link #forgetFinishedOrders}), so that a long run does not carry every order it placed.
     */
    public static SimulatedExchangeGateway forBacktest(Supplier<OrderBook> books) {
        return new SimulatedExchangeGateway(books, false);
    }

    /**
     * A backtest's venue forgets the orders that finished since the last call, once their news
     * has been delivered (until then it keeps them, and the next call tries again): their status
     * can no longer be asked, they are not cancelled, and their client order id placed again
     * would be a new order — nothing a backtest does, whose ids are never reused and whose
     * execution service asks only about its open orders. Their trades stay in {@link #ownTrades}.
     * Does nothing to a venue that keeps its history.
     */
    public void forgetFinishedOrders() {
        if (keepsHistory || hasEventsToDeliver()) {
            return;
        }
        for (int i = 0; i < finishedOrders.size(); i++) {
            long id = finishedOrders.getLong(i);
            KnownOrder known = known(id);
            if (known != null) {
                byUid.remove(known.request.uid());
                byId.forget(id);
            }
        }
        finishedOrders.clear();
    }

    /** The exchange behind the gateway, for set-up (instruments, accounts) and the clock. */
    public SimulatedExchange exchange() {
        return exchange;
    }

    public void useLiquidity(LiquidityHook hook) {
        this.liquidity = hook;
    }

    /**
     * Pushes what changed since the last call: own trades in the order they happened, then the
     * current state of every order that changed. A push stream may coalesce updates; sending the
     * latest state, not each step, keeps a receiver from seeing an order go back to an earlier
     * status it already left. Changes to the order a place or cancel call was about are left out:
     * that call's answer carried them. The sink may place and cancel orders; what that changes is
     * delivered in the same call.
     */
    public void deliverEvents(VenueEventSink sink) {
        while (!undeliveredTrades.isEmpty() || !changedOrders.isEmpty()) {
            changed = true;
            List<AccountTrade> trades = List.copyOf(undeliveredTrades);
            undeliveredTrades.clear();
            for (AccountTrade trade : trades) {
                sink.traded(trade.account(), trade.trade());
            }
            long[] orders = changedOrders.toLongArray();
            changedOrders.clear();
            for (long id : orders) {
                sink.orderUpdated(view(known(id)));
            }
        }
    }

    /** Whether {@link #deliverEvents} has anything to push: trades or order changes no call answered. */
    public boolean hasEventsToDeliver() {
        return !undeliveredTrades.isEmpty() || !changedOrders.isEmpty();
    }

    private record AccountTrade(String account, int position, VenueTrade trade) {
    }

    @Override
    public String venue() {
        return VENUE;
    }

    @Override
    public VenueOrder place(OrderRequest order) {
        KnownOrder known = byUid.get(order.uid());
        if (known != null) {
            return view(known);
        }
        known = new KnownOrder(order, byId.nextId(), exchange.now());
        byUid.put(order.uid(), known);
        byId.add(known);
        markChanged(known);
        SimAccount account = exchange.account(order.account());
        Market market = exchange.market(order.symbol());
        if (account == null || market == null) {
            return reject(known, account == null ? RejectionReason.UNKNOWN_ACCOUNT : RejectionReason.UNKNOWN_SYMBOL);
        }
        try {
            OrderTranslation.translate(order, known.id, account, market, request);
        } catch (IllegalArgumentException | ArithmeticException e) {
            // rejected, not thrown: an order left new here would be reported new to every lookup
            return reject(known, RejectionReason.AMOUNT_OVERFLOW);
        }
        liquidity.beforeOrder(order.side(), order.type(), request.priceUnits(), request.quantityUnits());
        answering = known.id;
        try {
            exchange.place(request);
        } finally {
            answering = 0;
            liquidity.afterOrder();
        }
        return view(known);
    }

    private VenueOrder reject(KnownOrder known, RejectionReason reason) {
        known.status = OrderStatus.REJECTED;
        known.reasons = List.of(reason);
        finished(known);
        return view(known);
    }

    @Override
    public Optional<VenueOrder> cancel(String account, String clientOrderId) {
        KnownOrder known = find(account, clientOrderId);
        if (known == null) {
            return Optional.empty();
        }
        answering = known.id;
        try {
            exchange.cancel(known.id);
        } finally {
            answering = 0;
        }
        return Optional.of(view(known));
    }

    @Override
    public Optional<VenueOrder> orderStatus(String account, String clientOrderId) {
        return Optional.ofNullable(find(account, clientOrderId)).map(this::view);
    }

    @Override
    public List<VenueOrder> openOrders(String account) {
        List<VenueOrder> open = new ArrayList<>();
        byId.forEach(known -> {
            if (known.status.isOpen() && known.request.account().equals(account)) {
                open.add(view(known));
            }
        });
        open.sort((a, b) -> a.clientOrderId().compareTo(b.clientOrderId()));
        return open;
    }

    @Override
    public TradePage ownTrades(String account, String cursor) {
        return ownTrades(account, cursor, (a, from, limit) -> {
            throw new IllegalStateException("trades of " + a + " from " + from + " were forgotten with no store to ask");
        });
    }

    /** Reads an account's trades that are no longer in memory: {@code limit} from position {@code from}. */
    interface ForgottenTrades {
        List<VenueTrade> read(String account, int from, int limit);
    }

    /** {@link #ownTrades(String, String)}, taking the trades no longer in memory from {@code forgotten}. */
    TradePage ownTrades(String account, String cursor, ForgottenTrades forgotten) {
        AccountTrades trades = tradesByAccount.get(account);
        int size = trades == null ? 0 : trades.size();
        int from = cursor == null ? 0 : Integer.parseInt(cursor);
        int to = Math.min(size, from + TRADE_PAGE);
        List<VenueTrade> page = new ArrayList<>(Math.max(0, to - from));
        int remembered = trades == null ? 0 : Math.max(from, Math.min(to, trades.first()));
        if (from < remembered) {
            page.addAll(forgotten.read(account, from, remembered - from));
        }
        if (remembered < to) {
            page.addAll(trades.range(remembered, to));
        }
        return new TradePage(page, Integer.toString(to), to < size);
    }

    @Override
    public List<Balance> balances(String account) {
        SimAccount simAccount = exchange.account(account);
        if (simAccount == null) {
            return List.of();
        }
        List<Balance> balances = new ArrayList<>();
        for (Asset asset : exchange.assets()) {
            long available = simAccount.available(asset);
            long held = simAccount.held(asset);
            if (available != 0 || held != 0) {
                balances.add(new Balance(asset.name(), asset.toDecimal(available), asset.toDecimal(held)));
            }
        }
        return balances;
    }

    /** The order this gateway placed with exchange id {@code id}, null for one it did not place or forgot. */
    private KnownOrder known(long id) {
        return byId.get(id);
    }

    private KnownOrder find(String account, String clientOrderId) {
        KnownOrder known = byUid.get(clientOrderId);
        return known != null && known.request.account().equals(account) ? known : null;
    }

    // ---- what the exchange reports ----------------------------------------------------------

    @Override
    public void onOrder(SimOrder order) {
        KnownOrder known = known(order.id());
        if (known == null) {
            return;
        }
        known.status = order.status();
        known.filled = order.market().quantity(order.filled());
        known.reasons = order.hasRejectionReasons() ? List.copyOf(order.rejectionReasons()) : List.of();
        known.updatedAt = exchange.now();
        markChanged(known);
        if (known.id != answering && !changedOrders.containsLong(known.id)) {
            changedOrders.addLong(known.id);
        }
        finished(known);
    }

    private void finished(KnownOrder known) {
        if (!keepsHistory && known.status.isTerminal()) {
            finishedOrders.addLong(known.id);
        }
    }

    @Override
    public void onTrade(SimTrade trade) {
        record(trade, trade.maker(), trade.makerFee(), "maker");
        record(trade, trade.taker(), trade.takerFee(), "taker");
    }

    /**
     * Each side of a trade is its own fill, with its own id: when two accounts of one client meet,
     * both fills must be recorded, and fills are unique per venue and id.
     */
    private void record(SimTrade trade, SimOrder order, long fee, String role) {
        KnownOrder known = known(order.id());
        if (known == null) {
            return;
        }
        Market market = trade.market();
        VenueTrade own = new VenueTrade("t" + trade.sequence() + "-" + role, known.request.uid(), market.symbol(), order.side(),
                market.price(trade.price()), market.quantity(trade.quantity()), market.quote().toDecimal(fee),
                market.quote().name(), exchange.now());
        known.trades.add(own);
        AccountTrades accountTrades = tradesByAccount.computeIfAbsent(known.request.account(), a -> new AccountTrades(0));
        accountTrades.add(own);
        changed = true;
        if (known.id != answering) {
            undeliveredTrades.add(new AccountTrade(known.request.account(), accountTrades.size() - 1, own));
        }
    }

    private void markChanged(KnownOrder known) {
        changed = true;
        if (tracking && !known.unsaved) {
            known.unsaved = true;
            unsavedOrders.addLong(known.id);
        }
    }

    // ---- durable state (see DurablePaperGateway) ---------------------------------------------

    /**
     * A gateway in the state a {@link PaperVenueStore} loaded: the same exchange, the same client
     * orders and trades, the same news waiting to be pushed. It remembers changes for the next save.
     */
    static SimulatedExchangeGateway restore(Supplier<OrderBook> books, PaperVenueState state) {
        SimulatedExchangeGateway gateway = new SimulatedExchangeGateway(books);
        gateway.exchange.restore(state.exchange());
        List<PaperVenueState.ClientOrder> orders = new ArrayList<>(state.orders());
        orders.sort(Comparator.comparingLong(PaperVenueState.ClientOrder::id));
        // the recent orders run without a gap to the last one placed; any before the gap were loaded as still open
        int recentFrom = Math.max(0, orders.size() - 1);
        while (recentFrom > 0 && orders.get(recentFrom - 1).id() == orders.get(recentFrom).id() - 1) {
            recentFrom--;
        }
        if (!orders.isEmpty()) {
            gateway.byId.startAt(orders.get(recentFrom).id());
        }
        for (int i = 0; i < orders.size(); i++) {
            PaperVenueState.ClientOrder order = orders.get(i);
            KnownOrder known = new KnownOrder(order.request(), order.id(), order.updatedAt());
            known.status = order.status();
            known.filled = order.filled();
            known.reasons = order.reasons();
            gateway.byUid.put(order.request().uid(), known);
            if (i < recentFrom) {
                gateway.byId.putOlder(order.id(), known);
            } else {
                gateway.byId.add(known);
            }
        }
        List<PaperVenueState.OwnTrade> trades = new ArrayList<>(state.trades());
        trades.sort(Comparator.comparing(PaperVenueState.OwnTrade::account).thenComparingInt(PaperVenueState.OwnTrade::position));
        for (int end = 0; end < trades.size(); ) {
            String account = trades.get(end).account();
            int start = end;
            while (end < trades.size() && trades.get(end).account().equals(account)) {
                end++;
            }
            // the account's recent trades run without a gap to its last; any before were loaded for their orders
            int recentStart = end - 1;
            while (recentStart > start && trades.get(recentStart - 1).position() == trades.get(recentStart).position() - 1) {
                recentStart--;
            }
            AccountTrades accountTrades = new AccountTrades(trades.get(recentStart).position());
            for (int i = start; i < end; i++) {
                PaperVenueState.OwnTrade trade = trades.get(i);
                if (i >= recentStart) {
                    accountTrades.add(trade.trade());
                }
                KnownOrder known = gateway.byUid.get(trade.trade().clientOrderId());
                if (known != null) {
                    known.trades.add(trade.trade());
                }
            }
            gateway.tradesByAccount.put(account, accountTrades);
        }
        for (long id : state.undeliveredOrders()) {
            if (gateway.known(id) == null) {
                throw new IllegalArgumentException("paper venue state lacks client order " + id + ", whose news is not pushed yet");
            }
            gateway.changedOrders.addLong(id);
        }
        for (PaperVenueState.TradeRef ref : state.undeliveredTrades()) {
            AccountTrades accountTrades = gateway.tradesByAccount.get(ref.account());
            if (accountTrades == null || ref.position() < accountTrades.first() || ref.position() >= accountTrades.size()) {
                throw new IllegalArgumentException("paper venue state lacks trade " + ref.position() + " of " + ref.account()
                        + ", whose news is not pushed yet");
            }
            gateway.undeliveredTrades.add(new AccountTrade(ref.account(), ref.position(), accountTrades.get(ref.position())));
        }
        gateway.tradesByAccount.forEach((account, list) -> gateway.savedTradeCounts.put(account, list.size()));
        gateway.tracking = true;
        return gateway;
    }

    /**
     * Forgets what a durable venue no longer needs in memory: the finished orders placed before
     * its last {@code keptOrders} and each account's trades before its last {@code keptTrades},
     * once they are saved and their news pushed. Its store answers for them from then on (see
     * {@link DurablePaperGateway}), as a venue's database does for a venue.
     */
    void forgetOldHistory(int keptOrders, int keptTrades) {
        Predicate<KnownOrder> forgettable = known -> known.status.isTerminal() && !known.unsaved
                && !changedOrders.containsLong(known.id);
        Consumer<KnownOrder> forgotten = known -> byUid.remove(known.request.uid());
        byId.retireBelow(byId.nextId() - keptOrders, forgettable, forgotten);
        byId.forgetOlder(forgettable, forgotten);
        tradesByAccount.forEach((account, trades) -> trades.forgetBelow(
                Math.min(savedTradeCounts.getOrDefault(account, 0), trades.size() - keptTrades)));
    }

    /** How many client orders are in memory: what {@link #forgetOldHistory} bounds. */
    int ordersInMemory() {
        return byUid.size();
    }

    /** Whether {@code clientOrderId} may be an order this venue took and forgot (see {@link #forgetOldHistory}). */
    boolean mayHaveForgotten(String clientOrderId) {
        return byId.firstId() > 1 && !byUid.containsKey(clientOrderId);
    }

    /** From now on, remember what changes for {@link #unsavedChanges}; everything so far counts as unsaved. */
    void trackChanges() {
        if (!tracking) {
            tracking = true;
            byId.forEach(this::markChanged);
            changed = true;
        }
    }

    boolean hasUnsavedChanges() {
        return changed;
    }

    /** What a save must write now (see {@link PaperVenueState}); {@link #markSaved} once it is written. */
    PaperVenueState unsavedChanges() {
        List<PaperVenueState.ClientOrder> orders = new ArrayList<>(unsavedOrders.size());
        for (int i = 0; i < unsavedOrders.size(); i++) {
            KnownOrder known = known(unsavedOrders.getLong(i));
            orders.add(new PaperVenueState.ClientOrder(known.id, known.request, known.status, known.filled, known.reasons,
                    known.updatedAt));
        }
        List<PaperVenueState.OwnTrade> trades = new ArrayList<>();
        tradesByAccount.forEach((account, list) -> {
            for (int position = savedTradeCounts.getOrDefault(account, 0); position < list.size(); position++) {
                trades.add(new PaperVenueState.OwnTrade(account, position, list.get(position)));
            }
        });
        List<Long> pendingOrders = new ArrayList<>(changedOrders.size());
        for (int i = 0; i < changedOrders.size(); i++) {
            pendingOrders.add(changedOrders.getLong(i));
        }
        List<PaperVenueState.TradeRef> pendingTrades = new ArrayList<>(undeliveredTrades.size());
        for (AccountTrade trade : undeliveredTrades) {
            pendingTrades.add(new PaperVenueState.TradeRef(trade.account(), trade.position()));
        }
        return new PaperVenueState(exchange.snapshot(), orders, trades, pendingOrders, pendingTrades);
    }

    /** The changes last returned by {@link #unsavedChanges} are durable. */
    void markSaved() {
        for (int i = 0; i < unsavedOrders.size(); i++) {
            known(unsavedOrders.getLong(i)).unsaved = false;
        }
        unsavedOrders.clear();
        tradesByAccount.forEach((account, list) -> savedTradeCounts.put(account, list.size()));
        changed = false;
    }

    private VenueOrder view(KnownOrder known) {
        return view(known.request, known.venueOrderId(), known.status, known.filled, known.reasons, known.trades,
                known.updatedAt);
    }

    /** What the venue answers for an order it no longer holds in memory, as it answered while it did. */
    static VenueOrder view(PaperVenueStore.StoredOrder stored) {
        PaperVenueState.ClientOrder order = stored.order();
        return view(order.request(), VENUE + "-" + order.id(), order.status(), order.filled(), order.reasons(),
                stored.trades(), order.updatedAt());
    }

    private static VenueOrder view(OrderRequest order, String venueOrderId, OrderStatus status, BigDecimal filled,
            List<RejectionReason> reasons, List<VenueTrade> trades, Instant updatedAt) {
        return new VenueOrder(order.uid(), venueOrderId, order.account(), order.symbol(), order.side(), order.type(),
                order.price(), order.quantity(), order.stopPrice(), order.timeInForce(), status, filled, reasons, null, null,
                trades, updatedAt);
    }
}
