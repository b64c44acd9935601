package io.tradewind.execution;

import io.tradewind.domain.Decimals;
import io.tradewind.domain.Instrument;
import io.tradewind.domain.OrderRequest;
import io.tradewind.domain.OrderStatus;
import io.tradewind.domain.OrderType;
import io.tradewind.domain.RejectionReason;
import java.lang.System.Logger.Level;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Order entry: submits and cancels orders at the venue.
 *
 * <p>Write-ahead: an order is committed as {@code new} with a fresh client order id before the
 * venue is called. Whatever happens next (no answer, a crash), reconciliation finds the order by
 * that id and adopts the venue's view, or closes it as never placed; it is never sent twice.
 *
 * <p>Threading: the venue is called holding only the order's own lock ({@link OrderLocks}), never
 * the state lock; the answer is applied to the order's state as it is then (a report may have
 * moved it meanwhile), with the state lock held for the apply and its commit only.
 */
final class OrderEntry {

    private static final System.Logger LOG = System.getLogger(OrderEntry.class.getName());

    private final LiveState state;
    private final VenueFacts facts;
    private final RiskGate risk;
    private final OrderGateway gateway;
    private final OrderLocks locks;
    private final RepeatedLines refusalLines = new RepeatedLines();

    OrderEntry(LiveState state, VenueFacts facts, RiskGate risk, OrderGateway gateway, OrderLocks locks) {
        this.state = state;
        this.facts = facts;
        this.risk = risk;
        this.gateway = gateway;
        this.locks = locks;
    }

    /** @param userId the Orders API user placing it, or null for a strategy instance's order */
    SubmitResult submit(String strategyInstance, String userId, OrderIntent intent) {
        return submit(strategyInstance, userId, nextClientOrderId(), intent);
    }

    /**
     * Submits an order under a client order id the caller chose, once: when an order has that id
     * already (a request sent again after its answer was lost), that order is returned as it is
     * now and nothing is sent. The id's lock is held from the look-up to the write-ahead record, so
     * that two requests with one id place one order.
     */
    SubmitResult submitOnce(String strategyInstance, String userId, String clientOrderId, OrderIntent intent) {
        try (OrderLocks.Held held = locks.acquire(clientOrderId)) {
            OrderRecord earlier = state.locked(() -> state.knownOrder(clientOrderId));
            if (earlier != null) {
                return new SubmitResult(SubmitResult.Outcome.EXISTING, earlier, List.of());
            }
            return submit(strategyInstance, userId, clientOrderId, intent);
        }
    }

    /**
     * The order of a client order id once no request of it is at the venue: waits for the id's
     * lock, which a submission holds from its write-ahead record to the venue's answer; null when
     * no order has the id.
     */
    OrderRecord settled(String clientOrderId) {
        try (OrderLocks.Held held = locks.acquire(clientOrderId)) {
            return state.locked(() -> state.knownOrder(clientOrderId));
        }
    }

    private SubmitResult submit(String strategyInstance, String userId, String clientOrderId, OrderIntent intent) {
        Instant now = state.now();
        OrderRequest request = new OrderRequest(clientOrderId, intent.account(),
                intent.symbol(), intent.side(), intent.type(), intent.price(), intent.quantity(), null,
                intent.stopPrice(), intent.timeInForce(), intent.expireAt());
        OrderRecord order = OrderRecord.fresh(request, state.venue, strategyInstance, intent.reason(), userId, now);
        try (OrderLocks.Held held = locks.acquire(order.clientOrderId())) {
            SubmitResult refused;
            state.lock();
            try {
                refused = refuseOrWriteAhead(order, now);
                if (refused == null) {
                    state.callStarted();
                }
            } finally {
                state.unlock();
            }
            if (refused != null) {
                return refused;
            }
            try {
                return place(order, request);
            } finally {
                finishCall();
            }
        }
    }

    private SubmitResult place(OrderRecord order, OrderRequest request) {
        VenueOrder answer;
        try {
            answer = gateway.place(request);
        } catch (VenueException e) {
            return placeFailed(order, e);
        }
        state.lock();
        try {
            StoreBatch batch = new StoreBatch();
            OrderRecord accepted = adoptTerms(state.knownOrder(order.clientOrderId()), answer, batch);
            OrderRecord after = facts.applyReport(accepted, answer, OrderEventType.PLACED, batch);
            state.commit(batch);
            return new SubmitResult(SubmitResult.Outcome.SENT, after, List.of());
        } finally {
            state.unlock();
        }
    }

    /**
     * A venue that accepts an order on other terms than it was sent (a price moved to its grid, a
     * quantity clipped) holds, fills and reports it on those terms: a resting order takes them, so
     * its hold and its remaining quantity are the venue's, and the change is journaled. Taken only
     * where the answer can be the venue's own terms: a positive amount the store can keep, on the
     * instrument's grid, a quantity not below what already filled; a market order's answer
     * (often an execution's average or what was executed) changes nothing. Either way the operator
     * is warned.
     */
    private OrderRecord adoptTerms(OrderRecord order, VenueOrder answer, StoreBatch batch) {
        Instrument instrument = state.instruments.get(order.symbol());
        boolean resting = order.type() != OrderType.MARKET && instrument != null;
        BigDecimal price = order.price();
        if (differs(price, answer.price()) && resting && plausible(answer.price(), instrument::onTickGrid)) {
            price = answer.price();
        }
        BigDecimal quantity = order.quantity();
        if (differs(quantity, answer.quantity()) && resting && plausible(answer.quantity(), instrument::onStepGrid)
                && answer.quantity().compareTo(answer.filled()) >= 0) {
            quantity = answer.quantity();
        }
        String answered = change("price", order.price(), answer.price()) + change("quantity", order.quantity(), answer.quantity());
        if (answered.isEmpty()) {
            return order;
        }
        boolean taken = price != order.price() || quantity != order.quantity();
        String detail = "accepted it with" + answered + (taken ? "" : "; kept as sent, the answer is not on the instrument's terms");
        LOG.log(Level.WARNING, "order {0}: the venue {1}", order.clientOrderId(), detail);
        if (!taken) {
            return order;
        }
        OrderRecord amended = order.withTerms(price, quantity, state.now());
        batch.order(amended).event(state.event(amended, OrderEventType.AMENDED, null, null, detail));
        return amended;
    }

    private static boolean plausible(BigDecimal value, Predicate<BigDecimal> onGrid) {
        return value.signum() > 0 && Decimals.unstorable(value) == null && onGrid.test(value);
    }

    private static boolean differs(BigDecimal sent, BigDecimal answered) {
        return sent != null && answered != null && sent.compareTo(answered) != 0;
    }

    private static String change(String field, BigDecimal sent, BigDecimal answered) {
        return differs(sent, answered) ? " " + field + " " + Decimals.format(answered) + " (sent " + Decimals.format(sent) + ")" : "";
    }

    /** The supplier of ids need not be thread-safe: strategies submit from their own threads. */
    private synchronized String nextClientOrderId() {
        return state.settings.clientOrderIds().get();
    }

    /** Stores a refused order as rejected and returns why, or stores the order as {@code new} with its hold. */
    private SubmitResult refuseOrWriteAhead(OrderRecord order, Instant now) {
        List<RiskRefusal> refusals = risk.refusals(order);
        if (!refusals.isEmpty()) {
            List<RejectionReason> reasons = refusals.stream().map(RiskRefusal::reason).distinct().toList();
            OrderRecord rejected = order.withStatus(OrderStatus.REJECTED, reasons, now);
            String detail = String.join("; ", refusals.stream().map(RiskRefusal::toString).toList());
            state.commit(new StoreBatch().order(rejected)
                    .event(state.event(rejected, OrderEventType.REFUSED, null, OrderStatus.REJECTED, detail)));
            logRefusal(order, refusals, detail);
            return new SubmitResult(SubmitResult.Outcome.REFUSED, rejected, refusals);
        }
        StoreBatch writeAhead = new StoreBatch().order(order)
                .event(state.event(order, OrderEventType.SUBMITTED, null, OrderStatus.NEW, null));
        state.setHold(order, writeAhead);
        state.commit(writeAhead);
        state.live.put(order.clientOrderId(), order);
        return null;
    }

    /** One line per refusal, but one for a run of the same limits refusing an instance within a minute. */
    private void logRefusal(OrderRecord order, List<RiskRefusal> refusals, String detail) {
        if (!state.settings.logsRefusals()) {
            return;
        }
        long notLogged = refusalLines.log(order.strategyInstance(),
                String.join("; ", refusals.stream().map(refusal -> refusal.limit() + " (" + refusal.scope() + ")").toList()));
        if (notLogged != RepeatedLines.NOT_LOGGED) {
            LOG.log(Level.INFO, "refused order {0} of {1}: {2}{3}", order.clientOrderId(), order.strategyInstance(), detail,
                    RepeatedLines.notLoggedBefore(notLogged, "refusals"));
        }
    }

    private SubmitResult placeFailed(OrderRecord order, VenueException e) {
        return state.locked(() -> {
            OrderRecord current = state.knownOrder(order.clientOrderId());
            if (e.mayHaveTakenEffect()) {
                state.commit(new StoreBatch().event(state.event(current, OrderEventType.PLACE_UNCONFIRMED, null, null,
                        e.getMessage())));
                LOG.log(Level.WARNING, "no answer placing order {0}; reconciliation will look it up: {1}",
                        order.clientOrderId(), e.getMessage());
                return new SubmitResult(SubmitResult.Outcome.UNCONFIRMED, current, List.of());
            }
            String why = "not placed, the venue cannot have taken it: " + e.getMessage();
            OrderRecord closed = facts.closeNotPlaced(current, why);
            return new SubmitResult(SubmitResult.Outcome.REFUSED, closed,
                    List.of(new RiskRefusal(RejectionReason.NOT_PLACED, "venue", "venue " + state.venue, why)));
        });
    }

    /** See {@link ExecutionService#cancel}. */
    OrderRecord cancel(String clientOrderId) {
        return sendCancel(clientOrderId);
    }

    /** See {@link ExecutionService#requestCancel}. */
    OrderRecord requestCancel(String clientOrderId, String note) {
        OrderRecord recorded = state.locked(() -> {
            if (state.liveOrder(clientOrderId) != null) {
                return null;
            }
            OrderRecord order = state.knownOrder(clientOrderId);
            if (order == null) {
                throw new IllegalArgumentException("no order with client order id " + clientOrderId);
            }
            if (!order.holdsFunds() || order.cancelRequested()) {
                return order;
            }
            OrderRecord requested = order.withCancelRequested(true, state.now());
            state.commit(new StoreBatch().order(requested)
                    .event(state.event(order, OrderEventType.CANCEL_REQUESTED, null, null, note)));
            return requested;
        });
        return recorded != null ? recorded : sendCancel(clientOrderId);
    }

    /** Cancels every live order that {@code which} selects, one at a time; returns their states afterwards. */
    List<OrderRecord> cancelWhere(Predicate<OrderRecord> which) {
        List<OrderRecord> result = new ArrayList<>();
        for (OrderRecord order : state.locked(state::liveSnapshot)) {
            if (which.test(order)) {
                result.add(sendCancel(order.clientOrderId()));
            }
        }
        return result;
    }

    /**
     * Cancels one order at the venue. An order that is not live here (terminal, or of another
     * venue) is returned as stored; if the venue does not answer, the cancel is marked pending and
     * retried by reconciliation.
     *
     * @throws IllegalArgumentException no order with this client order id
     */
    OrderRecord sendCancel(String clientOrderId) {
        try (OrderLocks.Held held = locks.acquire(clientOrderId)) {
            OrderRecord order;
            state.lock();
            try {
                order = state.liveOrder(clientOrderId);
                if (order != null) {
                    state.callStarted();
                }
            } finally {
                state.unlock();
            }
            if (order == null) {
                OrderRecord stored = state.locked(() -> state.knownOrder(clientOrderId));
                if (stored == null) {
                    throw new IllegalArgumentException("no order with client order id " + clientOrderId);
                }
                return stored;
            }
            try {
                Optional<VenueOrder> answer;
                try {
                    answer = gateway.cancel(order.account(), clientOrderId, order.venueOrderId());
                } catch (VenueException e) {
                    return state.locked(() -> cancelUnanswered(clientOrderId, e));
                }
                return state.locked(() -> cancelAnswered(clientOrderId, answer));
            } finally {
                finishCall();
            }
        }
    }

    /** A place or cancel started by {@link LiveState#callStarted()} has its answer applied, or failed. */
    private void finishCall() {
        state.lock();
        try {
            state.callFinished();
        } finally {
            state.unlock();
        }
    }

    private OrderRecord cancelUnanswered(String clientOrderId, VenueException e) {
        OrderRecord order = state.knownOrder(clientOrderId);
        if (!order.holdsFunds()) {
            return order; // ended while the cancel was out: nothing left to cancel
        }
        OrderRecord pending = order.withCancelRequested(true, state.now());
        state.commit(new StoreBatch().order(pending)
                .event(state.event(order, OrderEventType.CANCEL_UNCONFIRMED, null, null, e.getMessage())));
        state.track(pending);
        LOG.log(Level.WARNING, "no answer cancelling order {0}; will retry: {1}", clientOrderId, e.getMessage());
        return pending;
    }

    private OrderRecord cancelAnswered(String clientOrderId, Optional<VenueOrder> answer) {
        Instant now = state.now();
        OrderRecord order = state.knownOrder(clientOrderId);
        StoreBatch batch = new StoreBatch()
                .event(state.event(order, OrderEventType.CANCEL_REQUESTED, null, null, null));
        if (answer.isPresent()) {
            // a venue that cancels asynchronously answers with the order still open: keep asking
            OrderRecord requested = order.withCancelRequested(!answer.get().status().isTerminal(), now);
            if (requested != order) {
                batch.order(requested);
            }
            OrderRecord after = facts.applyReport(requested, answer.get(), OrderEventType.STATUS, batch);
            state.commit(batch);
            return after;
        }
        state.commit(batch);
        if (!order.holdsFunds()) {
            return order;
        }
        OrderRecord after = facts.unknownToVenue(order);
        if (after.holdsFunds() && !after.cancelRequested()) {
            // still within the grace period: the place request may yet arrive, so the cancel must follow it
            after = after.withCancelRequested(true, now);
            state.commit(new StoreBatch().order(after));
            state.live.put(after.clientOrderId(), after);
        }
        return after;
    }
}
