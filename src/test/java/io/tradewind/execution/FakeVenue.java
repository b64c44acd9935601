package io.tradewind.execution;

import io.tradewind.domain.Balance;
import io.tradewind.domain.OrderRequest;
import io.tradewind.domain.OrderStatus;
import io.tradewind.domain.OrderType;
import io.tradewind.domain.RejectionReason;
import io.tradewind.domain.Side;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A scriptable venue double: keeps orders by client order id, lets the test fill, cancel, expire
 * or drop them, and fails on command at a chosen step. Fees are 0.1% of the notional in quote.
 */
final class FakeVenue implements OrderGateway {

    /** Where the next place request fails. */
    enum Failure {
        /** The process dies after storing, before the request leaves. */
        CRASH_BEFORE_SEND,
        /** The venue accepts, the process dies before the answer arrives. */
        CRASH_AFTER_ACCEPT,
        /** The request times out before the venue got it. */
        TIMEOUT_BEFORE_ACCEPT,
        /** The venue accepts, the answer is lost (timeout). */
        TIMEOUT_AFTER_ACCEPT,
        /** The connection is refused: the request certainly had no effect. */
        REFUSED_CONNECTION
    }

    /** Thrown to simulate the death of the process at a point of the protocol. */
    static final class SimulatedCrash extends RuntimeException {
        private static final long serialVersionUID = 1L;

        SimulatedCrash(String where) {
            super("simulated crash " + where);
        }
    }

    private static final BigDecimal FEE = new BigDecimal("0.001");

    private final Map<String, VenueOrder> orders = new LinkedHashMap<>();
    private final Map<String, Integer> placeCalls = new HashMap<>();
    private final List<VenueTrade> trades = new ArrayList<>();
    private final Map<String, List<VenueTrade>> tradesByOrder = new HashMap<>();
    private final Map<String, Balance> balances = new LinkedHashMap<>();
    private final Map<String, String> quoteOf = new HashMap<>();
    private Failure nextPlaceFailure;
    private List<RejectionReason> rejectNext;
    private boolean unreachable;
    private int ids;
    Instant now = Instant.parse("2025-12-30T10:00:00Z");

    FakeVenue quote(String symbol, String quoteAsset) {
        quoteOf.put(symbol, quoteAsset);
        return this;
    }

    FakeVenue balance(String asset, String available) {
        balances.put(asset, new Balance(asset, new BigDecimal(available), BigDecimal.ZERO));
        return this;
    }

    private BigDecimal nextAcceptedQuantity;

    void failNextPlace(Failure failure) {
        nextPlaceFailure = failure;
    }

    void rejectNextPlace(RejectionReason... reasons) {
        rejectNext = List.of(reasons);
    }

    /** The next placement is accepted with this quantity instead of the one sent. */
    void acceptNextWithQuantity(String quantity) {
        nextAcceptedQuantity = new BigDecimal(quantity);
    }

    /** Every call fails with a timeout until set back. */
    void unreachable(boolean value) {
        unreachable = value;
    }

    int placeCalls(String clientOrderId) {
        return placeCalls.getOrDefault(clientOrderId, 0);
    }

    int orderCount() {
        return orders.size();
    }

    List<VenueTrade> allTrades() {
        return List.copyOf(trades);
    }

    Optional<VenueOrder> order(String clientOrderId) {
        return Optional.ofNullable(orders.get(clientOrderId));
    }

    @Override
    public String venue() {
        return "fake";
    }

    @Override
    public VenueOrder place(OrderRequest request) throws VenueException {
        checkReachable();
        Failure failure = nextPlaceFailure;
        nextPlaceFailure = null;
        if (failure == Failure.CRASH_BEFORE_SEND) {
            throw new SimulatedCrash("before the place request was sent");
        }
        if (failure == Failure.TIMEOUT_BEFORE_ACCEPT) {
            throw new VenueException("read timed out", true);
        }
        if (failure == Failure.REFUSED_CONNECTION) {
            throw new VenueException("connection refused", false);
        }
        placeCalls.merge(request.uid(), 1, Integer::sum);
        VenueOrder existing = orders.get(request.uid());
        if (existing != null) {
            return existing;
        }
        OrderStatus status;
        if (rejectNext != null) {
            status = OrderStatus.REJECTED;
        } else {
            status = request.type() == OrderType.STOP_LIMIT || request.type() == OrderType.STOP_MARKET
                    ? OrderStatus.QUEUED : OrderStatus.ACTIVE;
        }
        BigDecimal quantity = nextAcceptedQuantity != null ? nextAcceptedQuantity : request.quantity();
        nextAcceptedQuantity = null;
        VenueOrder order = new VenueOrder(request.uid(), "ord_" + (++ids), request.account(), request.symbol(),
                request.side(), request.type(), request.price(), quantity, request.stopPrice(),
                request.timeInForce(), status, BigDecimal.ZERO, rejectNext, "sess_1", "hold_" + ids, List.of(), now);
        rejectNext = null;
        orders.put(request.uid(), order);
        if (failure == Failure.CRASH_AFTER_ACCEPT) {
            throw new SimulatedCrash("after the venue accepted the order");
        }
        if (failure == Failure.TIMEOUT_AFTER_ACCEPT) {
            throw new VenueException("read timed out", true);
        }
        return order;
    }

    @Override
    public Optional<VenueOrder> cancel(String account, String clientOrderId) throws VenueException {
        checkReachable();
        VenueOrder order = orders.get(clientOrderId);
        if (order == null) {
            return Optional.empty();
        }
        if (order.status().isOpen()) {
            order = with(order, OrderStatus.CANCELLED, order.filled());
            orders.put(clientOrderId, order);
        }
        return Optional.of(order);
    }

    @Override
    public Optional<VenueOrder> orderStatus(String account, String clientOrderId) throws VenueException {
        checkReachable();
        return Optional.ofNullable(orders.get(clientOrderId));
    }

    @Override
    public List<VenueOrder> openOrders(String account) throws VenueException {
        checkReachable();
        return orders.values().stream().filter(o -> o.status().isOpen()).toList();
    }

    @Override
    public TradePage ownTrades(String account, String cursor) throws VenueException {
        checkReachable();
        int from = cursor == null ? 0 : Integer.parseInt(cursor);
        int to = Math.min(trades.size(), from + 50);
        return new TradePage(trades.subList(from, to), Integer.toString(to), to < trades.size());
    }

    @Override
    public List<Balance> balances(String account) throws VenueException {
        checkReachable();
        return List.copyOf(balances.values());
    }

    /** Executes part of an order at a price; returns the trade. */
    VenueTrade fill(String clientOrderId, String quantity, String price) {
        VenueOrder order = orders.get(clientOrderId);
        BigDecimal qty = new BigDecimal(quantity);
        BigDecimal px = new BigDecimal(price);
        BigDecimal filled = order.filled().add(qty);
        VenueTrade trade = new VenueTrade("trade_" + (trades.size() + 1), clientOrderId, order.symbol(),
                order.side(), px, qty, px.multiply(qty).multiply(FEE), quoteOf.getOrDefault(order.symbol(), "IRR"), now);
        trades.add(trade);
        tradesByOrder.computeIfAbsent(clientOrderId, id -> new ArrayList<>()).add(trade);
        OrderStatus status = filled.compareTo(order.quantity()) == 0 ? OrderStatus.FILLED : OrderStatus.PARTIAL;
        orders.put(clientOrderId, with(order, status, filled));
        return trade;
    }

    /** A trade of an order the venue no longer reports (e.g. purged from its history). */
    VenueTrade orphanTrade(String clientOrderId, Side side, String quantity, String price) {
        BigDecimal qty = new BigDecimal(quantity);
        BigDecimal px = new BigDecimal(price);
        VenueTrade trade = new VenueTrade("trade_" + (trades.size() + 1), clientOrderId, "BTC-IRR", side, px, qty,
                px.multiply(qty).multiply(FEE), "IRR", now);
        trades.add(trade);
        return trade;
    }

    void expire(String clientOrderId) {
        orders.put(clientOrderId, with(orders.get(clientOrderId), OrderStatus.EXPIRED, orders.get(clientOrderId).filled()));
    }

    /** The venue loses an order (e.g. after its own restart). */
    void forget(String clientOrderId) {
        orders.remove(clientOrderId);
    }

    /** An order placed at the venue by someone else (another tool, a lost store). */
    VenueOrder placeOutside(String clientOrderId, String symbol, Side side, String price, String quantity) {
        VenueOrder order = new VenueOrder(clientOrderId, "ord_" + (++ids), "main", symbol, side, OrderType.LIMIT,
                new BigDecimal(price), new BigDecimal(quantity), null, null, OrderStatus.ACTIVE, BigDecimal.ZERO,
                List.of(), "sess_1", "hold_" + ids, List.of(), now);
        orders.put(clientOrderId, order);
        return order;
    }

    private VenueOrder with(VenueOrder o, OrderStatus status, BigDecimal filled) {
        List<VenueTrade> own = tradesByOrder.getOrDefault(o.clientOrderId(), List.of());
        return new VenueOrder(o.clientOrderId(), o.venueOrderId(), o.account(), o.symbol(), o.side(), o.type(),
                o.price(), o.quantity(), o.stopPrice(), o.timeInForce(), status, filled, o.rejectionReasons(),
                o.sessionId(), o.holdId(), own, now);
    }

    private void checkReachable() throws VenueException {
        if (unreachable) {
            throw new VenueException("connect timed out", true);
        }
    }
}
