package io.tradewind.execution;

import java.util.List;
import java.util.Optional;

/**
 * The local record of orders, fills, holds, balances and the order event journal: the port the
 * execution service writes through. Implemented by an H2 file store (paper and live) and an
 * in-memory store (backtests).
 *
 * <p>Durability: when {@link #commit} returns, the batch survives a crash of the process
 * ({@code kill -9}) for a store that claims to be durable; the in-memory store is not.
 *
 * <p>Failures: methods throw {@link StoreException} when the store cannot be read or written;
 * after a failed commit nothing of the batch is stored.
 *
 * <p>Ordering: lists are returned in a stable order: orders by creation time then client order
 * id, fills by time then trade id, events in the order they were committed.
 */
public interface ExecutionStore {

    /** The longest client order id the store keeps (its column's width): a longer one names no order. */
    int LONGEST_CLIENT_ORDER_ID = 64;


    /**
     * Writes all changes of the batch in one transaction: all or nothing.
     *
     * @throws StoreException nothing was written; in particular when a fill with the same
     *                        {@code (venue, tradeId)} is already stored
     */
    void commit(StoreBatch batch);

    Optional<OrderRecord> findOrder(String clientOrderId);

    /** The order the venue knows by this id, if any (how orders of venues without client order ids are found). */
    Optional<OrderRecord> findOrderByVenueId(String venue, String venueOrderId);

    /** Orders matching the query, oldest first. */
    List<OrderRecord> orders(OrderQuery query);

    /**
     * The last {@code limit} orders matching the query (by creation), oldest first: a list that does
     * not grow with the store's history, as {@link #orders} does (a market maker places thousands of
     * orders a day).
     */
    default List<OrderRecord> latestOrders(OrderQuery query, int limit) {
        List<OrderRecord> all = orders(query);
        return List.copyOf(all.subList(Math.max(0, all.size() - limit), all.size()));
    }

    /**
     * The orders matching the query from the {@code offset}-th on (oldest first, as {@link #orders}),
     * at most {@code limit}, and how many match in all: a page that does not read the history, as
     * picking it out of {@link #orders} does.
     */
    default OrderPage orderPage(OrderQuery query, int offset, int limit) {
        List<OrderRecord> all = orders(query);
        int first = Math.min(offset, all.size());
        return new OrderPage(all.subList(first, (int) Math.min(all.size(), (long) first + limit)), all.size());
    }

    /** Orders of one venue in status {@code new}, {@code queued}, {@code active} or {@code partial}. */
    List<OrderRecord> liveOrders(String venue);

    /**
     * Why writes to the store fail for now (its disk is full), or empty: reads may still answer,
     * so readiness asks this beside a read.
     */
    default Optional<String> writeFailure() {
        return Optional.empty();
    }

    /** Whether a fill with this venue and trade id is stored. */
    boolean hasFill(String venue, String tradeId);

    /** All fills, oldest first; {@code venue} {@code null} for every venue. */
    List<FillRecord> fills(String venue);

    /** The latest {@code limit} fills of every venue (by time, then trade id), oldest first. */
    default List<FillRecord> latestFills(int limit) {
        List<FillRecord> all = fills(null);
        return List.copyOf(all.subList(Math.max(0, all.size() - limit), all.size()));
    }

    /**
     * The fills of one order, oldest first (by time, then trade id). What an order's answer shows
     * (the Orders API's {@code trades}, {@code orders show}): read through the order's index, where
     * filtering {@link #fills} read every fill of the venue for each order shown or created.
     */
    default List<FillRecord> fillsOf(String clientOrderId) {
        return fills(null).stream().filter(fill -> fill.clientOrderId().equals(clientOrderId)).toList();
    }

    /** Whether any fill of this venue is stored: cheaper than {@link #fills}, which reads them all. */
    boolean hasFills(String venue);

    /**
     * Stored positions of one venue, ordered by strategy instance then symbol: kept by the
     * execution service in the same commit as the fills that move them, so that a restart reads
     * one row per position instead of every fill.
     */
    List<PositionRecord> positions(String venue);

    /** Current holds; {@code venue} {@code null} for every venue. */
    List<HoldRecord> holds(String venue);

    /** Last known balances; {@code venue} {@code null} for every venue. */
    List<BalanceRecord> balances(String venue);

    /** The journal of one order, in commit order. */
    List<OrderEvent> events(String clientOrderId);

    /** The stored trade cursor of a venue account, see {@link OrderGateway#ownTrades}. */
    Optional<String> tradeCursor(String venue, String account);
}
