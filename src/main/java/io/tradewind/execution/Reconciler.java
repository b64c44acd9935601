package io.tradewind.execution;

import io.tradewind.domain.Balance;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Brings the local view in line with the venue: records own trades since the stored cursor,
 * lists the open orders and applies them to the live orders, looks up each live order missing
 * from that list (closing those the venue never got and those that vanished), adopts open orders
 * the store does not know, sends pending cancels and refreshes balances. A venue call that fails
 * skips its step; the next run tries again.
 *
 * <p>Threading: venue calls are made without the state lock; each result is applied in a short
 * locked step to the state as it is then. A live order whose own request is at the venue right
 * now (its order lock is taken) is skipped: that request's answer settles it, the next run looks
 * again. Runs of {@link #reconcile} themselves are one at a time, so two never page the same
 * trade cursor.
 */
final class Reconciler {

    /**
     * How far a venue's clock may be behind ours: an order found for a lost placement may carry a
     * creation time this much before the write-ahead record.
     */
    private static final Duration VENUE_CLOCK_LAG = Duration.ofSeconds(5);

    /** How many times one reconciliation asks the venue for a lost placement, each time claiming one more ended order of ours. */
    private static final int MAX_PLACEMENT_SEARCHES = 3;

    private static final System.Logger LOG = System.getLogger(Reconciler.class.getName());

    /**
     * After this many reconciliations in a row that could not take an account's balances from the
     * venue (5 minutes at the default interval), and again at each further as many, a warning says
     * so: the operator is then looking at the view the fills made, which misses a deposit or
     * anything the venue charged without a fill.
     */
    static final int REFRESHES_KEPT_OUT_BEFORE_A_WARNING = 60;

    private final LiveState state;
    private final VenueFacts facts;
    private final VenueReports reports;
    private final OrderEntry entry;
    private final OrderGateway gateway;
    private final OrderLocks locks;
    /** Per account, how many reconciliations in a row kept the venue's balances out. */
    private final Map<String, Integer> refreshesKeptOut = new HashMap<>();

    Reconciler(LiveState state, VenueFacts facts, VenueReports reports, OrderEntry entry, OrderGateway gateway,
            OrderLocks locks) {
        this.state = state;
        this.facts = facts;
        this.reports = reports;
        this.entry = entry;
        this.gateway = gateway;
        this.locks = locks;
    }

    synchronized ReconcileReport reconcile() {
        ReconcileReport report = new ReconcileReport();
        Set<String> settingsAccounts = state.settings.accounts();
        if (gateway.listsOwnTrades()) {
            for (String account : settingsAccounts) {
                reconcileTrades(account, report);
            }
        }
        Set<String> accounts = new LinkedHashSet<>(settingsAccounts);
        state.locked(() -> {
            state.live.values().forEach(o -> accounts.add(o.account()));
            return null;
        });
        for (VenueOrder venueOrder : reconcileOrders(accounts, report)) {
            adoptIfUnknown(attributedNow(venueOrder), report);
        }
        for (OrderRecord order : state.locked(state::liveSnapshot)) {
            if (order.cancelRequested()) {
                entry.sendCancel(order.clientOrderId());
            }
        }
        if (gateway.listsBalances()) {
            for (String account : settingsAccounts) {
                refreshBalances(account, report);
            }
        }
        return report;
    }

    /**
     * Lists the accounts' open orders and applies them to our live orders there, looking up each
     * live order not listed. Returns the open orders of the accounts whose list came.
     */
    private List<VenueOrder> reconcileOrders(Set<String> accounts, ReconcileReport report) {
        Map<String, VenueOrder> open = new LinkedHashMap<>();
        Set<String> listed = new HashSet<>();
        for (String account : accounts) {
            try {
                for (VenueOrder o : gateway.openOrders(account)) {
                    String ours = ourId(o.clientOrderId());
                    open.put(ours, ours.equals(o.clientOrderId()) ? o : o.withClientOrderId(ours));
                }
                listed.add(account);
            } catch (VenueException e) {
                report.failure("open orders of " + account + ": " + e.getMessage());
            }
        }
        for (OrderRecord order : state.locked(state::liveSnapshot)) {
            if (!accounts.contains(order.account())) {
                continue;
            }
            OrderLocks.Held held = locks.tryAcquire(order.clientOrderId());
            if (held == null) {
                continue;
            }
            try (held) {
                if (state.locked(() -> state.liveOrder(order.clientOrderId())) == null) {
                    continue; // ended since the snapshot
                }
                VenueOrder listedOpen = open.get(order.clientOrderId());
                if (listedOpen != null) {
                    applyAndCommit(order.clientOrderId(), listedOpen, report);
                } else {
                    lookUp(order, report);
                }
            }
        }
        return open.values().stream().filter(o -> listed.contains(o.account())).toList();
    }

    private void reconcileTrades(String account, ReconcileReport report) {
        String cursor = state.store.tradeCursor(state.venue, account).orElse(null);
        boolean more = true;
        while (more) {
            TradePage page;
            Map<String, Optional<VenueOrder>> lookedUp;
            try {
                page = attributed(gateway.ownTrades(account, cursor));
            } catch (VenueException e) {
                report.failure("own trades of " + account + ": " + e.getMessage());
                return;
            }
            try {
                lookedUp = reports.lookUpUnknownOrders(account, page.trades());
            } catch (VenueFacts.TradeOfUnknownOrder e) {
                report.failure(e.getMessage()); // nothing of this page is recorded; the cursor stays before it
                return;
            }
            boolean moved = !Objects.equals(cursor, page.nextCursor());
            state.locked(() -> {
                StoreBatch batch = new StoreBatch();
                report.fills += facts.applyTrades(account, page.trades(), lookedUp, batch);
                if (moved) {
                    // an unchanged cursor written at every reconciliation was a commit every 5 s of an idle
                    // service: 25 MB an hour of disk writes, and a growing H2 file between compactions
                    batch.tradeCursor(state.venue, account, page.nextCursor());
                }
                state.commit(batch);
                return null;
            });
            more = page.more() && !Objects.equals(cursor, page.nextCursor());
            cursor = page.nextCursor();
        }
    }

    /**
     * A live order that is not in the venue's open orders: ask for it by client order id (and the
     * venue's id once known). At a venue without client order ids, an order the venue never
     * answered for is looked for by what it asked — the same order created since it was written
     * ahead — and is never placed again.
     */
    private void lookUp(OrderRecord order, ReconcileReport report) {
        Optional<VenueOrder> found;
        try {
            if (!gateway.knowsClientOrderIds() && order.venueOrderId() == null) {
                found = findPlacement(order);
                if (found == null) {
                    report.failure("placement of " + order.clientOrderId() + ": every order like it that the venue"
                            + " listed after " + MAX_PLACEMENT_SEARCHES + " searches is already another order of ours;"
                            + " it is looked for again at the next reconciliation");
                    return;
                }
            } else {
                found = gateway.orderStatus(order.account(), order.clientOrderId(), order.venueOrderId());
            }
        } catch (VenueException e) {
            report.failure("status of " + order.clientOrderId() + ": " + e.getMessage());
            return;
        }
        if (found.isPresent()) {
            applyAndCommit(order.clientOrderId(), found.get(), report);
            return;
        }
        state.locked(() -> {
            OrderRecord current = state.liveOrder(order.clientOrderId());
            if (current != null && !facts.unknownToVenue(current).holdsFunds()) {
                report.closed++;
            }
            return null;
        });
    }

    /**
     * The order a placement that got no answer created, or {@code null} when every look-alike the
     * venue found is already another order of ours. Claimed up front are the live orders' venue ids
     * and those of every order of ours created since a little before it (an order that has ended, a
     * look-alike placed a moment before and filled at once, is no longer live: taken for the lost
     * placement, it gave it that order's venue id and fills, recorded already, and the lost
     * placement's own fills were never recorded; a bot repeating one order would have more such
     * look-alikes than a few searches get past). The store is asked again about each order found,
     * for one placed meanwhile.
     */
    private Optional<VenueOrder> findPlacement(OrderRecord order) throws VenueException {
        Instant since = order.createdAt().minus(VENUE_CLOCK_LAG);
        Set<String> claimed = claimedVenueIds();
        claimed.addAll(venueIdsOfOrdersSince(since.minus(VENUE_CLOCK_LAG)));
        for (int search = 0; search < MAX_PLACEMENT_SEARCHES; search++) {
            Optional<VenueOrder> found = gateway.findPlacement(order.request(), since, claimed);
            String venueId = found.map(VenueOrder::venueOrderId).orElse(null);
            if (venueId == null || !belongsToAnotherOrder(venueId, order.clientOrderId())) {
                return found;
            }
            claimed.add(venueId);
        }
        return null;
    }

    /** The venue ids of this venue's orders created since {@code since}, whatever their status. */
    private Set<String> venueIdsOfOrdersSince(Instant since) {
        return state.locked(() -> {
            Set<String> ids = new HashSet<>();
            for (OrderRecord stored : state.store.orders(new OrderQuery(state.venue, null, null, null, null, null, since, null))) {
                if (stored.venueOrderId() != null) {
                    ids.add(stored.venueOrderId());
                }
            }
            return ids;
        });
    }

    /** Whether the store holds an order other than {@code clientOrderId} with this venue id. */
    private boolean belongsToAnotherOrder(String venueOrderId, String clientOrderId) {
        return state.locked(() -> state.store.findOrderByVenueId(state.venue, venueOrderId)
                .filter(stored -> !stored.clientOrderId().equals(clientOrderId)).isPresent());
    }

    /** Whether a live order like this one has no venue id yet (its placement got no answer); state lock held. */
    private boolean placementUnresolved(VenueOrder venueOrder) {
        return state.live.values().stream().anyMatch(o -> o.venueOrderId() == null
                && o.account().equals(venueOrder.account()) && o.symbol().equals(venueOrder.symbol())
                && o.side() == venueOrder.side());
    }

    /** Venue ids that already belong to live orders of ours: a lost placement must not adopt one of them. */
    private Set<String> claimedVenueIds() {
        return state.locked(() -> {
            Set<String> claimed = new HashSet<>();
            state.live.values().forEach(o -> {
                if (o.venueOrderId() != null) {
                    claimed.add(o.venueOrderId());
                }
            });
            return claimed;
        });
    }

    /** The page with each trade a venue reported by its own order id attributed to our order with that id. */
    private TradePage attributed(TradePage page) {
        List<VenueTrade> trades = page.trades();
        if (trades.stream().noneMatch(t -> VenueOrder.venueIdIn(t.clientOrderId()) != null)) {
            return page;
        }
        return new TradePage(trades.stream().map(t -> {
            String ours = ourId(t.clientOrderId());
            return ours.equals(t.clientOrderId()) ? t : t.withClientOrderId(ours);
        }).toList(), page.nextCursor(), page.more());
    }

    /**
     * Our client order id for one a venue without client order ids reported by its own id: the live
     * order, else the stored one, with that venue id; unchanged when none has it (an order placed
     * elsewhere, adopted under the venue's id).
     */
    private String ourId(String reported) {
        String venueId = VenueOrder.venueIdIn(reported);
        if (venueId == null) {
            return reported;
        }
        return state.locked(() -> {
            for (OrderRecord live : state.live.values()) {
                if (venueId.equals(live.venueOrderId())) {
                    return live.clientOrderId();
                }
            }
            return state.store.findOrderByVenueId(state.venue, venueId).map(OrderRecord::clientOrderId).orElse(reported);
        });
    }

    private void applyAndCommit(String clientOrderId, VenueOrder found, ReconcileReport report) {
        state.locked(() -> {
            OrderRecord order = state.knownOrder(clientOrderId);
            StoreBatch batch = new StoreBatch();
            OrderRecord after = facts.applyReport(order, found, OrderEventType.STATUS, batch);
            state.commit(batch);
            if (after.status() != order.status()) {
                report.updated++;
            }
            return null;
        });
    }

    /** An open order reported by the venue's id, attributed again: a look-up this run may have found its placement. */
    private VenueOrder attributedNow(VenueOrder venueOrder) {
        String ours = ourId(venueOrder.clientOrderId());
        return ours.equals(venueOrder.clientOrderId()) ? venueOrder : venueOrder.withClientOrderId(ours);
    }

    private void adoptIfUnknown(VenueOrder venueOrder, ReconcileReport report) {
        state.locked(() -> {
            if (state.knownOrder(venueOrder.clientOrderId()) != null) {
                return null;
            }
            if (VenueOrder.venueIdIn(venueOrder.clientOrderId()) != null && placementUnresolved(venueOrder)) {
                // it may be the order of our own lost placement: adopting it would make it twice
                report.failure("open order " + venueOrder.venueOrderId() + " not adopted while a placement in "
                        + venueOrder.symbol() + " awaits its venue id");
                return null;
            }
            if (!state.instruments.containsKey(venueOrder.symbol())) {
                report.failure("open order " + venueOrder.clientOrderId() + " in " + venueOrder.symbol()
                        + " cannot be adopted: the symbol is not configured for venue " + state.venue);
                return null;
            }
            StoreBatch batch = new StoreBatch();
            facts.adopt(venueOrder, batch);
            state.commit(batch);
            report.adopted++;
            return null;
        });
    }

    /**
     * Settles the account's fills the venue made up to now. A remote venue does not push its news:
     * a resting order that filled after this run read the trades (or the orders, where the venue
     * lists no trades) and before the venue answered the balances is in the answer; taken in, the
     * next run's trades would count it again. Settled here instead, it moves the count that keeps
     * the answer out. Returns false when a venue call failed: what it would have brought may be in
     * the answer.
     */
    private boolean settledFillsSinceTheBalances(String account, ReconcileReport report) {
        ReconcileReport again = new ReconcileReport();
        if (gateway.listsOwnTrades()) {
            reconcileTrades(account, again);
        } else {
            reconcileOrders(Set.of(account), again);
        }
        report.add(again);
        return again.failures().isEmpty();
    }

    /**
     * Whether an order of ours may have filled at the venue since this run read the trades: one
     * was live when the balances were asked for, or is now. Without one the second read is not
     * made: at one own-trades call a reconciliation, a venue's rate limit (Nobitex: 30 a minute)
     * would be spent on nothing.
     */
    private boolean mayHaveFilledSince(String account, boolean ordersLiveBefore) {
        return ordersLiveBefore || state.locked(() -> hasLiveOrders(account));
    }

    /** Whether the account has a live order; state lock held. */
    private boolean hasLiveOrders(String account) {
        return state.live.values().stream().anyMatch(order -> order.account().equals(account));
    }

    /**
     * Replaces the view of the account's balances with the venue's, unless a fill was settled while
     * the venue was asked: the answer may predate that fill, and overwriting would drop it from the
     * view (valid orders refused for want of what the fill brought) until the next refresh. Nor while
     * a place or cancel was on its way: the venue's balances may count a fill its answer brings
     * after them, and the answer would count it again. A venue busy with orders all the time keeps
     * the view its fills make until a quiet moment.
     */
    private void refreshBalances(String account, ReconcileReport report) {
        long settledBefore;
        long callsStartedBefore;
        boolean ordersLiveBefore;
        state.lock();
        try {
            settledBefore = state.balances.settled();
            callsStartedBefore = state.callsStarted();
            ordersLiveBefore = hasLiveOrders(account);
        } finally {
            state.unlock();
        }
        if (gateway.hasUndeliveredNews()) {
            keptOut(account); // the next reconciliation takes them
            return;
        }
        List<Balance> fresh;
        try {
            fresh = gateway.balances(account);
        } catch (VenueException e) {
            report.failure("balances of " + account + ": " + e.getMessage());
            return;
        }
        // a fill in the answer is settled already (counted below, or before this refresh began), or its
        // news is still on its way, seen here: taken in then, the fill would count twice once it came
        if (gateway.hasUndeliveredNews()) {
            keptOut(account);
            return;
        }
        if (mayHaveFilledSince(account, ordersLiveBefore) && !settledFillsSinceTheBalances(account, report)) {
            keptOut(account);
            return;
        }
        boolean taken = state.locked(() -> {
            if (state.balances.settled() != settledBefore || state.venueMayCountUnsettledFills(callsStartedBefore)) {
                return false;
            }
            Instant now = state.now();
            StoreBatch batch = new StoreBatch();
            for (Balance balance : fresh) {
                BalanceRecord known = state.balances.balance(account, balance.asset(), now);
                // balances the venue reports unchanged are not written again: an idle service committed
                // them at every reconciliation, every 5 s
                if (!state.balances.known(account, balance.asset()) || known.available().compareTo(balance.available()) != 0
                        || known.held().compareTo(balance.held()) != 0) {
                    batch.balance(new BalanceRecord(state.venue, account, balance.asset(), balance.available(),
                            balance.held(), now));
                }
            }
            state.commit(batch);
            batch.balances().forEach(state.balances::put);
            return true;
        });
        if (taken) {
            Integer keptOutBefore = refreshesKeptOut.remove(account);
            if (keptOutBefore != null && keptOutBefore >= REFRESHES_KEPT_OUT_BEFORE_A_WARNING) {
                LOG.log(System.Logger.Level.INFO, "balances of account {0} at venue {1} taken from the venue again, after {2} reconciliations without",
                        account, state.venue, keptOutBefore);
            }
        } else {
            keptOut(account);
        }
    }

    private void keptOut(String account) {
        int inARow = refreshesKeptOut.merge(account, 1, Integer::sum);
        if (inARow % REFRESHES_KEPT_OUT_BEFORE_A_WARNING == 0) {
            LOG.log(System.Logger.Level.WARNING, "balances of account {0} at venue {1} not taken from the venue for {2} reconciliations in a row: "
                    + "a fill or an order was on its way each time. The balances shown and checked are the ones the fills made; "
                    + "a deposit or a charge without a fill is missing from them until a reconciliation finds the venue quiet",
                    account, state.venue, inARow);
        }
    }
}
