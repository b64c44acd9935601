package io.tradewind.execution;

import io.tradewind.domain.Balance;
import io.tradewind.domain.OrderRequest;
import java.util.List;
import java.util.Optional;

/**
 * The port through which the execution service reaches one venue: the simulated exchange in
 * backtest and paper mode, a real connector live. Every order is addressed by our client order id
 * ({@link OrderRequest#uid()}), which the adapter passes to the venue (or maps to the venue's id)
 * so that a request repeated after a timeout is recognised instead of duplicated.
 *
 * <p>Failures: every method throws {@link VenueException} when it got no answer; the exception
 * says whether the request may have taken effect. A venue's business refusal is not an exception:
 * it is an answer (e.g. a {@code rejected} order with its reasons). Implementations must not log
 * or put credentials into exception messages.
 *
 * <p>Threading: the execution service calls a gateway from one thread at a time.
 */
public interface OrderGateway {

    /** The venue's name as stored with every order and fill, e.g. {@code sim} or {@code nobitex}. */
    String venue();

    /**
     * Places an order.
     *
     * <p>Idempotent by client order id: placing a client order id the venue already knows must
     * not create a second order; it returns the existing order's current state instead.
     *
     * @return the venue's view right after placing: {@code active}, {@code queued},
     *         {@code partial}, {@code filled}, {@code cancelled} (an IOC remainder) or
     *         {@code rejected} with its {@code rejectionReasons}; immediate executions may be
     *         listed in {@link VenueOrder#trades()}
     * @throws VenueException no answer; if {@link VenueException#mayHaveTakenEffect()} the order
     *                        may exist at the venue and must be looked up, never placed again
     */
    VenueOrder place(OrderRequest request) throws VenueException;

    /**
     * Asks the venue to cancel an order.
     *
     * <p>Idempotent: cancelling an order that is already terminal returns its terminal state
     * (which may be {@code filled} if the cancel came too late).
     *
     * @return the order's state after the request, or empty if the venue does not know this
     *         client order id
     * @throws VenueException no answer; the cancel may or may not have happened
     */
    Optional<VenueOrder> cancel(String account, String clientOrderId) throws VenueException;

    /**
     * Looks up one order by client order id. Read-only.
     *
     * @return the venue's current view, or empty if the venue has never accepted or rejected an
     *         order with this client order id
     * @throws VenueException no answer
     */
    Optional<VenueOrder> orderStatus(String account, String clientOrderId) throws VenueException;

    /**
     * Lists the account's orders that can still trade ({@code queued}, {@code active},
     * {@code partial}) in all symbols. Read-only.
     *
     * @throws VenueException no answer
     */
    List<VenueOrder> openOrders(String account) throws VenueException;

    /**
     * Returns the account's own executions after {@code cursor}, oldest first. Read-only; calling
     * again with the same cursor returns the same trades (the caller deduplicates by trade id).
     *
     * @param cursor {@code null} for the beginning of the venue's history, otherwise a
     *               {@link TradePage#nextCursor()} from an earlier call
     * @throws VenueException no answer
     */
    TradePage ownTrades(String account, String cursor) throws VenueException;

    /**
     * Returns the account's balances per asset: available plus what the venue holds for open
     * orders. Read-only. Assets with nothing in them may be left out.
     *
     * @throws VenueException no answer
     */
    List<Balance> balances(String account) throws VenueException;
}
