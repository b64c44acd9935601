package io.tradewind.execution;

import io.tradewind.domain.Balance;
import io.tradewind.domain.OrderRequest;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

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
 * <p>Venues that do not know client order ids (NegocieCoins, Nami, the Orders API) say so with
 * {@link #knowsClientOrderIds()}. Their adapters report orders and trades they cannot attribute with
 * the client order id {@link VenueOrder#venueKeyed(String)} of the venue's own id, which the
 * execution service translates to its order with that venue id; they receive the venue id with
 * every status look-up and cancel; and they answer {@link #findPlacement} for a placement whose
 * answer was lost.
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

    /**
     * Whether the venue lists the account's own trades ({@link #ownTrades}). One that does not
     * (NegocieCoins) reports executions only inside each order's {@link VenueOrder#trades()}, which
     * reconciliation records from the open orders and the status look-ups instead.
     */
    default boolean listsOwnTrades() {
        return true;
    }

    /**
     * Whether the venue lists the account's balances ({@link #balances}). At one that does not (the
     * Orders API) the venue itself checks funds when an order is placed: no local balance check is
     * made and reconciliation does not ask for balances.
     */
    default boolean listsBalances() {
        return true;
    }

    /**
     * Whether the venue has done something (a fill) whose news has not reached the execution
     * service yet: its balances are then ahead of the service's, and reconciliation does not take
     * them (taken in, that fill would count twice once its news came). An in-process venue (paper)
     * knows; a remote one cannot tell, and says no.
     */
    default boolean hasUndeliveredNews() {
        return false;
    }

    /**
     * Whether the venue deduplicates placements by our client order id and finds orders by it.
     * When it does not, an unanswered placement is resolved by {@link #findPlacement}, never by
     * placing again.
     */
    default boolean knowsClientOrderIds() {
        return true;
    }

    /**
     * {@link #orderStatus(String, String)} with the venue's id of the order when the execution
     * service knows it (null before the venue answered). Venues without client order ids need it.
     */
    default Optional<VenueOrder> orderStatus(String account, String clientOrderId, String venueOrderId)
            throws VenueException {
        return orderStatus(account, clientOrderId);
    }

    /** {@link #cancel(String, String)} with the venue's id of the order when known (null before the venue answered). */
    default Optional<VenueOrder> cancel(String account, String clientOrderId, String venueOrderId)
            throws VenueException {
        return cancel(account, clientOrderId);
    }

    /**
     * Only asked of a venue that does not know client order ids, about a placement that got no
     * answer: finds the order it may have created — same account, symbol, side, type, price and
     * quantity, created at or after {@code since}, and not one of {@code claimed} (venue ids that
     * already belong to other orders of ours) — in the open orders first, then in the history.
     * Read-only.
     *
     * @return the venue's view of that order with {@link VenueOrder#clientOrderId()} set to the
     *         request's uid, or empty when the venue has no such order
     * @throws VenueException no answer: the question stays open and nothing is placed again
     */
    default Optional<VenueOrder> findPlacement(OrderRequest request, Instant since, Set<String> claimed)
            throws VenueException {
        return Optional.empty();
    }
}
