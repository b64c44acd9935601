package io.tradewind.execution;

import io.tradewind.domain.Balance;
import io.tradewind.domain.Instrument;
import io.tradewind.domain.OrderRequest;
import io.tradewind.domain.OrderStatus;
import io.tradewind.domain.RejectionReason;
import java.lang.System.Logger.Level;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * The only way an order reaches a venue. Tracks live orders, holds, fills, positions and balances
 * of one venue in an {@link ExecutionStore}, and applies the venue's reports through the
 * {@link OrderStateMachine}.
 *
 * <p>Write-ahead: an order is committed as {@code new} with a fresh client order id before the
 * venue is called. Whatever happens next (no answer, a crash), {@link #reconcile} finds the order
 * by that id and adopts the venue's view, or closes it as never placed; it is never sent twice.
 *
 * <p>Every change is committed to the store before the in-memory view moves on; if a commit
 * fails, the view is reloaded from the store, so the two never disagree.
 *
 * <p>Thread-safety: all public methods are synchronized; venue calls happen one at a time.
 */
public final class ExecutionService {

    private static final System.Logger LOG = System.getLogger(ExecutionService.class.getName());

    private final OrderGateway gateway;
    private final ExecutionStore store;
    private final Map<String, Instrument> instruments;
    private final RiskConfig risk;
    private final ExecutionSettings settings;
    private final String venue;

    private final Map<String, OrderRecord> live = new LinkedHashMap<>();
    private final HoldsLedger holds = new HoldsLedger();
    private PositionBook positions = new PositionBook();
    private final BalanceBook balances;
    private final Map<String, BigDecimal> lastPrices = new HashMap<>();
    private final List<ExecutionListener> listeners = new ArrayList<>();
    private final List<FillRecord> unpublishedFills = new ArrayList<>();
    private final Map<String, OrderRecord> unpublishedOrders = new LinkedHashMap<>();
    /** "strategy NAME" for risk refusals, made once per strategy instead of once per order. */
    private final Map<String, String> strategyScopes = new HashMap<>();
    private int operationDepth;
    private LocalDate today;

    public ExecutionService(OrderGateway gateway, ExecutionStore store, Map<String, Instrument> instruments,
            RiskConfig risk, ExecutionSettings settings) {
        this.gateway = gateway;
        this.store = store;
        this.instruments = Map.copyOf(instruments);
        this.risk = risk;
        this.settings = settings;
        this.venue = gateway.venue();
        this.balances = new BalanceBook(venue);
    }

    /** Loads the stored state of this venue and reconciles it with the venue. */
    public synchronized ReconcileReport start() {
        return publishingAfter(() -> startNow());
    }

    private ReconcileReport startNow() {
        reload();
        return reconcileNow();
    }

    // ---- submitting and cancelling ----

    /**
     * Checks an order against the instrument, the available balance and the risk limits, stores
     * it as {@code new} and sends it. Refused orders are stored as {@code rejected} with their
     * reasons and never sent.
     */
    public synchronized SubmitResult submit(String strategyInstance, OrderIntent intent) {
        return publishingAfter(() -> submitNow(strategyInstance, intent));
    }

    private SubmitResult submitNow(String strategyInstance, OrderIntent intent) {
        Instant now = settings.clock().instant();
        OrderRequest request = new OrderRequest(settings.clientOrderIds().get(), intent.account(),
                intent.symbol(), intent.side(), intent.type(), intent.price(), intent.quantity(), null,
                intent.stopPrice(), intent.timeInForce(), intent.expireAt());
        OrderRecord order = OrderRecord.fresh(request, venue, strategyInstance, now);

        List<RiskRefusal> refusals = preTradeChecks(order);
        if (!refusals.isEmpty()) {
            List<RejectionReason> reasons = refusals.stream().map(RiskRefusal::reason).distinct().toList();
            OrderRecord rejected = order.withStatus(OrderStatus.REJECTED, reasons, now);
            String detail = String.join("; ", refusals.stream().map(RiskRefusal::toString).toList());
            commit(new StoreBatch().order(rejected)
                    .event(event(rejected, OrderEventType.REFUSED, null, OrderStatus.REJECTED, detail)));
            LOG.log(Level.INFO, "refused order {0} of {1}: {2}", order.clientOrderId(), strategyInstance, detail);
            return new SubmitResult(SubmitResult.Outcome.REFUSED, rejected, refusals);
        }

        StoreBatch writeAhead = new StoreBatch().order(order)
                .event(event(order, OrderEventType.SUBMITTED, null, OrderStatus.NEW, null));
        setHold(order, writeAhead);
        commit(writeAhead);
        live.put(order.clientOrderId(), order);

        VenueOrder answer;
        try {
            answer = gateway.place(request);
        } catch (VenueException e) {
            return placeFailed(order, e);
        }
        StoreBatch batch = new StoreBatch();
        OrderRecord after = applyReport(order, answer, OrderEventType.PLACED, batch);
        commit(batch);
        afterFills();
        return new SubmitResult(SubmitResult.Outcome.SENT, after, List.of());
    }

    private SubmitResult placeFailed(OrderRecord order, VenueException e) {
        if (e.mayHaveTakenEffect()) {
            commit(new StoreBatch().event(event(order, OrderEventType.PLACE_UNCONFIRMED, null, null, e.getMessage())));
            LOG.log(Level.WARNING, "no answer placing order {0}; reconciliation will look it up: {1}",
                    order.clientOrderId(), e.getMessage());
            return new SubmitResult(SubmitResult.Outcome.UNCONFIRMED, order, List.of());
        }
        String why = "venue unreachable, the order cannot have reached it: " + e.getMessage();
        OrderRecord closed = closeNotPlaced(order, why);
        return new SubmitResult(SubmitResult.Outcome.REFUSED, closed,
                List.of(new RiskRefusal(RejectionReason.NOT_PLACED, "venue", "venue " + venue, why)));
    }

    /**
     * Cancels one order at the venue. Cancelling a terminal order returns it unchanged; if the
     * venue does not answer, the cancel is marked pending and retried by reconciliation.
     *
     * @throws IllegalArgumentException no order with this client order id
     */
    public synchronized OrderRecord cancel(String clientOrderId) {
        return publishingAfter(() -> cancelNow(clientOrderId));
    }

    private OrderRecord cancelNow(String clientOrderId) {
        OrderRecord order = live.get(clientOrderId);
        if (order == null) {
            return store.findOrder(clientOrderId)
                    .orElseThrow(() -> new IllegalArgumentException("no order with client order id " + clientOrderId));
        }
        return sendCancel(order);
    }

    /**
     * Asks for an order to be cancelled by whoever trades it: an order this service has live is
     * cancelled at once; otherwise (a command run without a venue connection) the request is
     * recorded and the service trading the order's venue sends it when it next reconciles.
     * An order that holds nothing, or whose cancel is already requested, is returned unchanged.
     *
     * @param note why, kept with the order's event journal
     * @throws IllegalArgumentException no order with this client order id
     */
    public synchronized OrderRecord requestCancel(String clientOrderId, String note) {
        return publishingAfter(() -> requestCancelNow(clientOrderId, note));
    }

    private OrderRecord requestCancelNow(String clientOrderId, String note) {
        OrderRecord known = live.get(clientOrderId);
        if (known != null) {
            return sendCancel(known);
        }
        OrderRecord order = store.findOrder(clientOrderId)
                .orElseThrow(() -> new IllegalArgumentException("no order with client order id " + clientOrderId));
        if (!order.holdsFunds() || order.cancelRequested()) {
            return order;
        }
        OrderRecord requested = order.withCancelRequested(true, settings.clock().instant());
        commit(new StoreBatch().order(requested).event(event(order, OrderEventType.CANCEL_REQUESTED, null, null, note)));
        return requested;
    }

    /** Cancels every live order in a symbol; returns their states afterwards. */
    public synchronized List<OrderRecord> cancelAllForSymbol(String symbol) {
        return publishingAfter(() -> cancelAllForSymbolNow(symbol));
    }

    private List<OrderRecord> cancelAllForSymbolNow(String symbol) {
        return cancelWhere(o -> o.symbol().equals(symbol));
    }

    /** Cancels every live order of a strategy instance; returns their states afterwards. */
    public synchronized List<OrderRecord> cancelAllForStrategy(String strategyInstance) {
        return publishingAfter(() -> cancelAllForStrategyNow(strategyInstance));
    }

    private List<OrderRecord> cancelAllForStrategyNow(String strategyInstance) {
        return cancelWhere(o -> o.strategyInstance().equals(strategyInstance));
    }

    private List<OrderRecord> cancelWhere(Predicate<OrderRecord> which) {
        List<OrderRecord> result = new ArrayList<>();
        for (OrderRecord order : new ArrayList<>(live.values())) {
            if (which.test(order)) {
                result.add(sendCancel(order));
            }
        }
        return result;
    }

    private OrderRecord sendCancel(OrderRecord order) {
        Instant now = settings.clock().instant();
        Optional<VenueOrder> answer;
        try {
            answer = gateway.cancel(order.account(), order.clientOrderId());
        } catch (VenueException e) {
            OrderRecord pending = order.withCancelRequested(true, now);
            commit(new StoreBatch().order(pending)
                    .event(event(order, OrderEventType.CANCEL_UNCONFIRMED, null, null, e.getMessage())));
            live.put(pending.clientOrderId(), pending);
            LOG.log(Level.WARNING, "no answer cancelling order {0}; will retry: {1}",
                    order.clientOrderId(), e.getMessage());
            return pending;
        }
        StoreBatch batch = new StoreBatch()
                .event(event(order, OrderEventType.CANCEL_REQUESTED, null, null, null));
        if (answer.isPresent()) {
            // a venue that cancels asynchronously answers with the order still open: keep asking
            OrderRecord requested = order.withCancelRequested(!answer.get().status().isTerminal(), now);
            if (requested != order) {
                batch.order(requested);
            }
            OrderRecord after = applyReport(requested, answer.get(), OrderEventType.STATUS, batch);
            commit(batch);
            afterFills();
            return after;
        }
        commit(batch);
        OrderRecord after = unknownToVenue(order);
        if (after.holdsFunds() && !after.cancelRequested()) {
            // still within the grace period: the place request may yet arrive, so the cancel must follow it
            after = after.withCancelRequested(true, now);
            commit(new StoreBatch().order(after));
            live.put(after.clientOrderId(), after);
        }
        return after;
    }

    // ---- venue reports (pushed by a connector, or pulled by reconciliation) ----

    /** Applies a venue report of one of our orders; an unknown client order id is adopted. */
    public synchronized OrderRecord onOrderUpdate(VenueOrder report) {
        return publishingAfter(() -> onOrderUpdateNow(report));
    }

    private OrderRecord onOrderUpdateNow(VenueOrder report) {
        StoreBatch batch = new StoreBatch();
        OrderRecord order = knownOrder(report.clientOrderId());
        OrderRecord after = order == null ? adopt(report, batch)
                : applyReport(order, report, OrderEventType.STATUS, batch);
        commit(batch);
        afterFills();
        return after;
    }

    /**
     * Records one own trade of an account; a trade id already recorded is ignored.
     *
     * @throws IllegalStateException the trade's order is unknown here and the venue could not be
     *                               asked about it; reconciliation records the trade later
     */
    public synchronized void onTrade(String account, VenueTrade trade) {
        publishingAfter(() -> {
            onTradeNow(account, trade);
            return null;
        });
    }

    private void onTradeNow(String account, VenueTrade trade) {
        StoreBatch batch = new StoreBatch();
        try {
            applyTrades(account, List.of(trade), batch);
        } catch (TradeOfUnknownOrder e) {
            reload();
            throw new IllegalStateException(e.getMessage(), e);
        }
        commit(batch);
        afterFills();
    }

    /** The last trade price of an instrument, for price bands and sizing market orders. */
    public synchronized void onLastPrice(String symbol, BigDecimal price) {
        lastPrices.put(symbol, price);
    }

    // ---- reconciliation ----

    /**
     * Brings the local view in line with the venue: records own trades since the stored cursor,
     * lists the open orders and applies them to the live orders, looks up each live order missing
     * from that list (closing those the venue never got and those that vanished), adopts open
     * orders the store does not know, sends pending cancels and refreshes balances. A venue call
     * that fails skips its step; the next run tries again.
     */
    public synchronized ReconcileReport reconcile() {
        return publishingAfter(() -> reconcileNow());
    }

    private ReconcileReport reconcileNow() {
        ReconcileReport report = new ReconcileReport();
        for (String account : settings.accounts()) {
            reconcileTrades(account, report);
        }
        Set<String> accounts = new LinkedHashSet<>(settings.accounts());
        live.values().forEach(o -> accounts.add(o.account()));
        Map<String, VenueOrder> open = new LinkedHashMap<>();
        Set<String> listed = new HashSet<>();
        for (String account : accounts) {
            try {
                gateway.openOrders(account).forEach(o -> open.put(o.clientOrderId(), o));
                listed.add(account);
            } catch (VenueException e) {
                report.failure("open orders of " + account + ": " + e.getMessage());
            }
        }
        for (String id : new ArrayList<>(live.keySet())) {
            OrderRecord order = live.get(id);
            if (order == null) {
                continue;
            }
            VenueOrder listedOpen = open.get(id);
            if (listedOpen != null) {
                applyAndCommit(order, listedOpen, report);
            } else {
                lookUp(order, report);
            }
        }
        for (VenueOrder venueOrder : open.values()) {
            if (listed.contains(venueOrder.account()) && knownOrder(venueOrder.clientOrderId()) == null) {
                if (!instruments.containsKey(venueOrder.symbol())) {
                    report.failure("open order " + venueOrder.clientOrderId() + " in " + venueOrder.symbol()
                            + " cannot be adopted: the symbol is not configured for venue " + venue);
                    continue;
                }
                StoreBatch batch = new StoreBatch();
                adopt(venueOrder, batch);
                commit(batch);
                report.adopted++;
            }
        }
        for (OrderRecord order : new ArrayList<>(live.values())) {
            if (order.cancelRequested()) {
                sendCancel(order);
            }
        }
        for (String account : settings.accounts()) {
            refreshBalances(account, report);
        }
        afterFills();
        return report;
    }

    private void reconcileTrades(String account, ReconcileReport report) {
        String cursor = store.tradeCursor(venue, account).orElse(null);
        boolean more = true;
        while (more) {
            TradePage page;
            try {
                page = gateway.ownTrades(account, cursor);
            } catch (VenueException e) {
                report.failure("own trades of " + account + ": " + e.getMessage());
                return;
            }
            StoreBatch batch = new StoreBatch();
            try {
                report.fills += applyTrades(account, page.trades(), batch);
            } catch (TradeOfUnknownOrder e) {
                reload(); // nothing of this page was committed; the cursor stays before it
                report.failure(e.getMessage());
                return;
            }
            batch.tradeCursor(venue, account, page.nextCursor());
            commit(batch);
            more = page.more() && !Objects.equals(cursor, page.nextCursor());
            cursor = page.nextCursor();
        }
    }

    /** A live order that is not in the venue's open orders: ask for it by client order id. */
    private void lookUp(OrderRecord order, ReconcileReport report) {
        Optional<VenueOrder> state;
        try {
            state = gateway.orderStatus(order.account(), order.clientOrderId());
        } catch (VenueException e) {
            report.failure("status of " + order.clientOrderId() + ": " + e.getMessage());
            return;
        }
        if (state.isPresent()) {
            applyAndCommit(order, state.get(), report);
        } else {
            OrderRecord after = unknownToVenue(order);
            if (!after.holdsFunds()) {
                report.closed++;
            }
        }
    }

    private void applyAndCommit(OrderRecord order, VenueOrder state, ReconcileReport report) {
        StoreBatch batch = new StoreBatch();
        OrderRecord after = applyReport(order, state, OrderEventType.STATUS, batch);
        commit(batch);
        if (after.status() != order.status()) {
            report.updated++;
        }
    }

    private void refreshBalances(String account, ReconcileReport report) {
        List<Balance> fresh;
        try {
            fresh = gateway.balances(account);
        } catch (VenueException e) {
            report.failure("balances of " + account + ": " + e.getMessage());
            return;
        }
        Instant now = settings.clock().instant();
        StoreBatch batch = new StoreBatch();
        for (Balance balance : fresh) {
            batch.balance(new BalanceRecord(venue, account, balance.asset(), balance.available(), balance.held(), now));
        }
        commit(batch);
        batch.balances().forEach(balances::put);
    }

    /**
     * The venue does not know an order we have: a {@code new} one was never placed (closed once
     * the grace period is over, so a request still in flight is not raced), an acknowledged one
     * vanished and can no longer trade.
     */
    private OrderRecord unknownToVenue(OrderRecord order) {
        Instant now = settings.clock().instant();
        if (order.status() == OrderStatus.NEW) {
            if (order.createdAt().plus(settings.notPlacedGrace()).isAfter(now)) {
                return order;
            }
            return closeNotPlaced(order, "unknown to the venue " + settings.notPlacedGrace() + " after submission");
        }
        OrderRecord closed = order.withStatus(OrderStatus.CANCELLED, null, now);
        StoreBatch batch = new StoreBatch().order(closed)
                .event(event(order, OrderEventType.VANISHED, order.status(), OrderStatus.CANCELLED,
                        "acknowledged earlier, now unknown to the venue"));
        setHold(closed, batch);
        commit(batch);
        live.remove(order.clientOrderId());
        LOG.log(Level.WARNING, "order {0} vanished from venue {1}; closed as cancelled", order.clientOrderId(), venue);
        return closed;
    }

    private OrderRecord closeNotPlaced(OrderRecord order, String why) {
        OrderRecord closed = order.withStatus(OrderStatus.REJECTED, List.of(RejectionReason.NOT_PLACED),
                settings.clock().instant());
        StoreBatch batch = new StoreBatch().order(closed)
                .event(event(order, OrderEventType.CLOSED_NOT_PLACED, OrderStatus.NEW, OrderStatus.REJECTED, why));
        setHold(closed, batch);
        commit(batch);
        live.remove(order.clientOrderId());
        return closed;
    }

    // ---- applying venue facts ----

    private OrderRecord adopt(VenueOrder report, StoreBatch batch) {
        if (!instruments.containsKey(report.symbol())) {
            throw new IllegalStateException("venue " + venue + " reports order " + report.clientOrderId()
                    + " in symbol " + report.symbol() + ", which is not configured; add the instrument");
        }
        OrderRecord adopted = OrderRecord.adopted(report, venue, settings.clock().instant());
        batch.order(adopted).event(event(adopted, OrderEventType.ADOPTED, null, OrderStatus.NEW,
                "found at the venue, unknown locally"));
        live.put(adopted.clientOrderId(), adopted);
        LOG.log(Level.WARNING, "adopted order {0} found at venue {1}", adopted.clientOrderId(), venue);
        return applyReport(adopted, report, OrderEventType.STATUS, batch);
    }

    /**
     * Applies a report's trades, then its status; adds to the batch only what changes, so a report
     * that repeats what is known (a push after the fills it sums up, a terminal order reported
     * again) is neither written nor published.
     *
     * @param order the caller's latest view of the order: stored, or already in the batch
     */
    private OrderRecord applyReport(OrderRecord order, VenueOrder report, OrderEventType kind, StoreBatch batch) {
        Instant now = settings.clock().instant();
        OrderRecord identified = order.withVenueIds(report, now);
        if (identified != order) {
            batch.order(identified);
        }
        // a report speaks for its own order only; trades of other orders come through their own paths
        applyTrades(order.account(), ownTrades(order, report), batch);
        OrderRecord pending = batch.pendingOrder(order.clientOrderId());
        OrderRecord current = pending != null ? pending : identified;
        OrderStateMachine.Outcome outcome = OrderStateMachine.applyStatus(current, report, now);
        switch (outcome.kind()) {
            case ILLEGAL -> {
                batch.event(event(current, OrderEventType.ILLEGAL_TRANSITION, current.status(), report.status(),
                        outcome.detail()));
                LOG.log(Level.WARNING, "order {0}: venue report not applied: {1}", current.clientOrderId(),
                        outcome.detail());
            }
            case APPLIED -> batch.event(event(current, kind, current.status(), outcome.order().status(),
                    reasonsText(report)));
            case UNCHANGED -> { }
        }
        OrderRecord after = outcome.order();
        if (after != current) {
            batch.order(after);
        }
        setHold(after, batch);
        track(after);
        return after;
    }

    /** The report's trades of its own order: usually all of them, so usually the report's own list. */
    private static List<VenueTrade> ownTrades(OrderRecord order, VenueOrder report) {
        List<VenueTrade> trades = report.trades();
        for (int i = 0; i < trades.size(); i++) {
            if (!trades.get(i).clientOrderId().equals(order.clientOrderId())) {
                List<VenueTrade> own = new ArrayList<>();
                for (VenueTrade trade : trades) {
                    if (trade.clientOrderId().equals(order.clientOrderId())) {
                        own.add(trade);
                    }
                }
                return own;
            }
        }
        return trades;
    }

    /**
     * Records trades not seen before (unique by venue and trade id), moving the order's filled
     * quantity, its hold, the position and the balances.
     *
     * @return how many fills the batch gained, including those of orders adopted on the way
     */
    private int applyTrades(String account, List<VenueTrade> trades, StoreBatch batch) {
        int before = batch.fills().size();
        for (VenueTrade trade : trades) {
            if (batch.hasFill(venue, trade.tradeId()) || store.hasFill(venue, trade.tradeId())) {
                continue;
            }
            Instant now = settings.clock().instant();
            OrderRecord order = currentOrder(trade.clientOrderId(), batch);
            if (order == null) {
                order = adoptForTrade(account, trade, batch);
                if (batch.hasFill(venue, trade.tradeId())) {
                    continue; // the adopted order's report carried it
                }
            }
            if (order == null) {
                settle(FillRecord.of(venue, trade, "adopted", account), batch, now);
                batch.event(new OrderEvent(trade.clientOrderId(), OrderEventType.ORPHAN_FILL, null, null,
                        "trade " + trade.tradeId() + " of an order the venue does not report", now));
                LOG.log(Level.WARNING, "trade {0} of order {1}, unknown here and to the venue, recorded on its own",
                        trade.tradeId(), trade.clientOrderId());
                continue;
            }
            OrderStateMachine.Outcome outcome = OrderStateMachine.applyFill(order, trade.quantity(), now);
            if (outcome.kind() == OrderStateMachine.Outcome.Kind.ILLEGAL) {
                batch.event(event(order, OrderEventType.ILLEGAL_TRANSITION, order.status(), order.status(),
                        "trade " + trade.tradeId() + ": " + outcome.detail()));
                LOG.log(Level.ERROR, "order {0}: trade {1} not recorded: {2}", order.clientOrderId(),
                        trade.tradeId(), outcome.detail());
                continue;
            }
            OrderRecord after = outcome.order();
            batch.order(after).event(event(order, OrderEventType.FILL, order.status(), after.status(),
                    "trade " + trade.tradeId() + ": " + trade.quantity().toPlainString() + " @ "
                            + trade.price().toPlainString()));
            settle(FillRecord.of(venue, trade, order.strategyInstance(), order.account()), batch, now);
            setHold(after, batch);
            track(after);
        }
        return batch.fills().size() - before;
    }

    /** Records a fill and moves the position and the balances it changes. */
    private void settle(FillRecord fill, StoreBatch batch, Instant now) {
        batch.fill(fill);
        Instrument instrument = instruments.get(fill.symbol());
        positions.apply(fill, instrument == null ? "" : instrument.quote());
        if (instrument != null) {
            balances.settle(fill, instrument, batch, now);
        }
    }

    /**
     * A trade of an order we have never stored: take the order over from the venue (its report
     * brings its trades). Returns {@code null} if the venue does not know the order either.
     *
     * @throws TradeOfUnknownOrder the venue did not answer; the trade must wait for the next run
     */
    private OrderRecord adoptForTrade(String account, VenueTrade trade, StoreBatch batch) {
        Optional<VenueOrder> report;
        try {
            report = gateway.orderStatus(account, trade.clientOrderId());
        } catch (VenueException e) {
            throw new TradeOfUnknownOrder("trade " + trade.tradeId() + " belongs to order " + trade.clientOrderId()
                    + ", unknown here, and the venue did not answer a look-up: " + e.getMessage());
        }
        if (report.isEmpty() || !instruments.containsKey(report.get().symbol())) {
            return null;
        }
        return adopt(report.get(), batch);
    }

    /** A trade that can be recorded only once its order has been looked up at the venue. */
    private static final class TradeOfUnknownOrder extends RuntimeException {

        private static final long serialVersionUID = 1L;

        TradeOfUnknownOrder(String message) {
            super(message);
        }
    }

    // ---- checks ----

    private List<RiskRefusal> preTradeChecks(OrderRecord order) {
        Instrument instrument = instruments.get(order.symbol());
        BigDecimal lastPrice = lastPrices.get(order.symbol());
        List<RiskRefusal> refusals = PreTradeChecks.instrument(order, instrument, lastPrice, venue, instruments.keySet());
        if (!refusals.isEmpty()) {
            return refusals;
        }
        Instant now = settings.clock().instant();
        LocalDate today = today(now);
        String strategy = order.strategyInstance();
        int strategyOpen = 0;
        for (OrderRecord open : live.values()) {
            if (open.strategyInstance().equals(strategy)) {
                strategyOpen++;
            }
        }
        String asset = HoldsLedger.heldAsset(order, instrument);
        return PreTradeChecks.limitsAndBalance(order, risk, new PreTradeChecks.State(venue, instrument, lastPrice,
                new RiskContext("global", positions.netQuantity(order.symbol()), live.size(),
                        positions.realisedOn(today), lastPrice),
                new RiskContext(strategyScopes.computeIfAbsent(strategy, name -> "strategy " + name),
                        positions.position(strategy, order.symbol()).quantity(),
                        strategyOpen, positions.realisedOn(strategy, today), lastPrice),
                balances.balance(order.account(), asset, now), holds.held(order.account(), asset)));
    }

    /** Trips the kill switches whose loss limit is reached and that cancel open orders. */
    private void afterFills() {
        if (!risk.global().cancelOnKill() && risk.perStrategy().isEmpty()) {
            return;
        }
        LocalDate today = today(settings.clock().instant());
        if (risk.global().cancelOnKill() && RiskChecks.killSwitchTripped(risk.global(), positions.realisedOn(today))) {
            cancelOpenForKill(o -> true, "global");
        }
        for (Map.Entry<String, RiskLimits> entry : risk.perStrategy().entrySet()) {
            RiskLimits limits = entry.getValue();
            if (limits.cancelOnKill() && RiskChecks.killSwitchTripped(limits, positions.realisedOn(entry.getKey(), today))) {
                cancelOpenForKill(o -> o.strategyInstance().equals(entry.getKey()), "strategy " + entry.getKey());
            }
        }
    }

    /** The UTC day of {@code now}, made once per day: daily limits ask on every order. */
    private LocalDate today(Instant now) {
        long epochDay = Math.floorDiv(now.getEpochSecond(), 86_400L);
        if (today == null || today.toEpochDay() != epochDay) {
            today = LocalDate.ofEpochDay(epochDay);
        }
        return today;
    }

    private void cancelOpenForKill(Predicate<OrderRecord> which, String scope) {
        for (OrderRecord order : new ArrayList<>(live.values())) {
            if (which.test(order) && !order.cancelRequested() && order.status() != OrderStatus.NEW) {
                LOG.log(Level.WARNING, "kill switch ({0}): cancelling order {1}", scope, order.clientOrderId());
                sendCancel(order);
            }
        }
    }

    // ---- state ----

    private void setHold(OrderRecord order, StoreBatch batch) {
        Instrument instrument = instruments.get(order.symbol());
        if (instrument == null) {
            return;
        }
        BigDecimal amount = HoldsLedger.requiredHold(order, instrument, lastPrices.get(order.symbol()));
        HoldRecord existing = holds.holdOf(order.clientOrderId());
        if (amount.signum() == 0 && existing == null) {
            return;
        }
        if (existing != null && existing.amount().compareTo(amount) == 0) {
            return;
        }
        HoldRecord hold = holds.set(order, HoldsLedger.heldAsset(order, instrument), amount, settings.clock().instant());
        if (hold == null) {
            batch.releaseHold(order.clientOrderId());
        } else {
            batch.hold(hold);
        }
    }

    private void track(OrderRecord order) {
        if (order.holdsFunds()) {
            live.put(order.clientOrderId(), order);
        } else {
            live.remove(order.clientOrderId());
        }
    }

    /** The newest version of an order: changed in this batch, live, or stored; {@code null} if unknown. */
    private OrderRecord currentOrder(String clientOrderId, StoreBatch batch) {
        OrderRecord pending = batch.pendingOrder(clientOrderId);
        return pending != null ? pending : knownOrder(clientOrderId);
    }

    private OrderRecord knownOrder(String clientOrderId) {
        OrderRecord order = live.get(clientOrderId);
        return order != null ? order : store.findOrder(clientOrderId).orElse(null);
    }

    private void commit(StoreBatch batch) {
        if (batch.isEmpty()) {
            return;
        }
        try {
            store.commit(batch);
        } catch (RuntimeException e) {
            reload();
            throw e;
        }
        if (!listeners.isEmpty()) {
            List<FillRecord> fills = batch.fills();
            for (int i = 0; i < fills.size(); i++) {
                unpublishedFills.add(fills.get(i));
            }
            List<OrderRecord> orders = batch.orders();
            for (int i = 0; i < orders.size(); i++) {
                unpublishedOrders.put(orders.get(i).clientOrderId(), orders.get(i));
            }
        }
    }

    /** Tells {@code listener} of every order change and fill committed from now on. */
    public synchronized void addListener(ExecutionListener listener) {
        listeners.add(listener);
    }

    /**
     * Runs a public operation and then tells the listeners what it committed: fills first, then
     * each changed order in its latest state. Listeners hear nothing in the middle of an
     * operation, so one that reacts by submitting or cancelling (a strategy) starts a new
     * operation of its own; what that commits is published before this call returns.
     */
    private <T> T publishingAfter(Supplier<T> operation) {
        operationDepth++;
        try {
            return operation.get();
        } finally {
            if (--operationDepth == 0) {
                publish();
            }
        }
    }

    private void publish() {
        while (!unpublishedFills.isEmpty() || !unpublishedOrders.isEmpty()) {
            List<FillRecord> fills = List.copyOf(unpublishedFills);
            List<OrderRecord> orders = List.copyOf(unpublishedOrders.values());
            unpublishedFills.clear();
            unpublishedOrders.clear();
            for (int l = 0; l < listeners.size(); l++) {
                ExecutionListener listener = listeners.get(l);
                for (int i = 0; i < fills.size(); i++) {
                    listener.filled(fills.get(i));
                }
                for (int i = 0; i < orders.size(); i++) {
                    listener.orderChanged(orders.get(i));
                }
            }
        }
    }

    /** Rebuilds the in-memory view from the store. */
    private void reload() {
        live.clear();
        store.liveOrders(venue).forEach(o -> live.put(o.clientOrderId(), o));
        holds.load(store.holds(venue));
        positions = new PositionBook();
        for (FillRecord fill : store.fills(venue)) {
            Instrument instrument = instruments.get(fill.symbol());
            positions.apply(fill, instrument == null ? "" : instrument.quote());
        }
        balances.load(store.balances(venue));
    }

    private OrderEvent event(OrderRecord order, OrderEventType type, OrderStatus from, OrderStatus to, String detail) {
        return new OrderEvent(order.clientOrderId(), type, from, to, detail, settings.clock().instant());
    }

    private static String reasonsText(VenueOrder report) {
        return report.rejectionReasons().isEmpty() ? null
                : String.join(",", report.rejectionReasons().stream().map(RejectionReason::wireName).toList());
    }


    // ---- queries ----

    public synchronized List<OrderRecord> orders(OrderQuery query) {
        return store.orders(query);
    }

    public synchronized List<OrderRecord> liveOrders() {
        return live.isEmpty() ? List.of() : List.copyOf(live.values());
    }

    public synchronized List<FillRecord> fills() {
        return store.fills(venue);
    }

    public synchronized List<HoldRecord> holds() {
        return List.copyOf(holds.all());
    }

    public synchronized BigDecimal held(String account, String asset) {
        return holds.held(account, asset);
    }

    public synchronized List<Position> positions() {
        return positions.all();
    }

    public synchronized Position position(String strategyInstance, String symbol) {
        return positions.position(strategyInstance, symbol);
    }

    /** Last known venue balance minus local holds: what a new order may lock. */
    /** One order by client order id, open or ended. */
    public synchronized Optional<OrderRecord> order(String clientOrderId) {
        OrderRecord open = live.get(clientOrderId);
        return open != null ? Optional.of(open) : store.findOrder(clientOrderId);
    }

    public synchronized BigDecimal available(String account, String asset) {
        return balances.balance(account, asset, settings.clock().instant()).total().subtract(holds.held(account, asset));
    }
}
