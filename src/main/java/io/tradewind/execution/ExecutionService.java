package io.tradewind.execution;

import io.tradewind.domain.Balance;
import io.tradewind.domain.Instrument;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;


/**
 * The only way an order reaches a venue. Tracks live orders, holds, fills, positions and balances
 * of one venue in an {@link ExecutionStore}, and applies the venue's reports through the
 * {@link OrderStateMachine}. A facade over the parts that do each job: {@link OrderEntry} (submit,
 * cancel, write-ahead), {@link VenueReports} (pushed updates and trades), {@link Reconciler},
 * {@link RiskGate} (pre-trade checks, kill switches), {@link LiveState} (the in-memory view and its
 * commits), {@link Publication} (listeners) and {@link ExecutionQueries}.
 *
 * <p>Threading: one service per venue is shared by every strategy instance trading there, each
 * submitting from its own thread, while the operator's API, the reconciliation loop and the
 * venue connector call it from theirs. All methods are thread-safe, and:
 * <ul>
 * <li>No venue call is made holding a lock that other orders need. The state lock guards the
 *     in-memory view and is held only to check, commit to the store and apply one step; an
 *     order's own lock ({@link OrderLocks}) is held across its venue request and the apply of the
 *     answer, so a slow venue call delays only that order (and whoever waits for it: a report of
 *     the same order, a cancel of it).</li>
 * <li>State stays consistent: each step reads the state as it is then, commits to the store and
 *     then moves the view, under the state lock; the pre-trade check and the write-ahead that
 *     spends the balance are one step, so two orders cannot spend the same funds.</li>
 * <li>Listeners hear each committed change once, one call at a time, fills before orders and
 *     an order's states in commit order; what an operation committed has been heard when it
 *     returns. Listeners must be quick (queue the news, as the strategy relay does).</li>
 * </ul>
 *
 * <p>Start-up ({@link #start}) loads what live state needs, not the history: live orders, their
 * holds, balances and the stored positions (kept in the same commit as each fill), then reconciles.
 */
public final class ExecutionService {

    private final LiveState state;
    private final Publication publication = new Publication();
    private final OrderEntry entry;
    private final VenueReports reports;
    private final Reconciler reconciler;
    private final RiskGate risk;
    private final ExecutionQueries queries;

    public ExecutionService(OrderGateway gateway, ExecutionStore store, Map<String, Instrument> instruments,
            RiskConfig risk, ExecutionSettings settings) {
        this.state = new LiveState(gateway.venue(), instruments, store, settings, publication);
        OrderLocks locks = new OrderLocks();
        VenueFacts facts = new VenueFacts(state);
        this.risk = new RiskGate(state, risk, gateway.listsBalances());
        this.entry = new OrderEntry(state, facts, this.risk, gateway, locks);
        this.reports = new VenueReports(state, facts, gateway, locks);
        this.reconciler = new Reconciler(state, facts, reports, entry, gateway, locks);
        this.queries = new ExecutionQueries(state);
    }

    /** Loads the live state of this venue from the store and reconciles it with the venue. */
    public ReconcileReport start() {
        state.locked(() -> {
            state.reload();
            return null;
        });
        return reconcile();
    }

    // ---- order entry ----

    /**
     * Checks an order against the instrument, the available balance and the risk limits, stores
     * it as {@code new} and sends it. Refused orders are stored as {@code rejected} with their
     * reasons and never sent.
     */
    public SubmitResult submit(String strategyInstance, OrderIntent intent) {
        return afterFillsPublished(() -> entry.submit(strategyInstance, null, intent));
    }

    /** {@link #submit}, for an order a user of the Orders API places: it is stored with their {@code userId}. */
    public SubmitResult submitForUser(String placedBy, String userId, OrderIntent intent) {
        return afterFillsPublished(() -> entry.submit(placedBy, userId, intent));
    }

    /**
     * {@link #submitForUser} under the client order id the caller derived from the user's request
     * (an idempotency key): a request sent again gets the order the first one placed, outcome
     * {@code EXISTING}, and nothing is sent twice, also across restarts, since the id is in the store.
     *
     * @param clientOrderId at most 32 characters, as venues take them
     */
    public SubmitResult submitOnceForUser(String placedBy, String userId, String clientOrderId, OrderIntent intent) {
        return afterFillsPublished(() -> entry.submitOnce(placedBy, userId, clientOrderId, intent));
    }

    /**
     * An order as it is once no submission of it is at the venue (it waits for one that is): a
     * request sent again must not be told of an order whose placement may still fail.
     */
    public Optional<OrderRecord> settledOrder(String clientOrderId) {
        return Optional.ofNullable(entry.settled(clientOrderId));
    }

    /**
     * Cancels one order at the venue. Cancelling a terminal order returns it unchanged; if the
     * venue does not answer, the cancel is marked pending and retried by reconciliation.
     *
     * @throws IllegalArgumentException no order with this client order id
     */
    public OrderRecord cancel(String clientOrderId) {
        return afterFillsPublished(() -> entry.cancel(clientOrderId));
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
    public OrderRecord requestCancel(String clientOrderId, String note) {
        return afterFillsPublished(() -> entry.requestCancel(clientOrderId, note));
    }

    /** Cancels every live order in a symbol; returns their states afterwards. */
    public List<OrderRecord> cancelAllForSymbol(String symbol) {
        return afterFillsPublished(() -> entry.cancelWhere(o -> o.symbol().equals(symbol)));
    }

    /** Cancels every live order of a strategy instance; returns their states afterwards. */
    public List<OrderRecord> cancelAllForStrategy(String strategyInstance) {
        return afterFillsPublished(() -> entry.cancelWhere(o -> o.strategyInstance().equals(strategyInstance)));
    }

    // ---- venue reports (pushed by a connector, or pulled by reconciliation) ----

    /** Applies a venue report of one of our orders; an unknown client order id is adopted. */
    public OrderRecord onOrderUpdate(VenueOrder report) {
        return afterFillsPublished(() -> reports.onOrderUpdate(report));
    }

    /**
     * Records one own trade of an account; a trade id already recorded is ignored.
     *
     * @throws IllegalStateException the trade's order is unknown here and the venue could not be
     *                               asked about it; reconciliation records the trade later
     */
    public void onTrade(String account, VenueTrade trade) {
        afterFillsPublished(() -> {
            reports.onTrade(account, trade);
            return null;
        });
    }

    /** The last trade price of an instrument, for price bands and sizing market orders. */
    public void onLastPrice(String symbol, BigDecimal price) {
        state.lastPrice(symbol, price);
    }

    /** See {@link Reconciler}. */
    public ReconcileReport reconcile() {
        return afterFillsPublished(reconciler::reconcile);
    }

    /** Tells {@code listener} of every order change and fill committed from now on. */
    public void addListener(ExecutionListener listener) {
        publication.addListener(listener);
    }

    /**
     * Runs an operation, trips the kill switches its fills may have reached, and tells the
     * listeners what it committed, also when it throws.
     */
    private <T> T afterFillsPublished(Supplier<T> operation) {
        try {
            T result = operation.get();
            risk.afterFills(entry);
            return result;
        } finally {
            publication.publish();
        }
    }

    // ---- queries ----

    /** The venue accounts it trades in and reconciles: its strategy instances' and any API users' wallets. */
    public Set<String> accounts() {
        return state.settings.accounts();
    }

    public List<OrderRecord> orders(OrderQuery query) {
        return queries.orders(query);
    }

    public List<OrderRecord> liveOrders() {
        return queries.liveOrders();
    }

    public List<FillRecord> fills() {
        return queries.fills();
    }

    public List<HoldRecord> holds() {
        return queries.holds();
    }

    public BigDecimal held(String account, String asset) {
        return queries.held(account, asset);
    }

    public List<Position> positions() {
        return queries.positions();
    }

    public Position position(String strategyInstance, String symbol) {
        return queries.position(strategyInstance, symbol);
    }

    /**
     * Why a daily loss limit stops the strategy instance's entries today, in one line, or null when
     * none does: it still trades orders that reduce a position, so it is not paused, and the
     * operator must learn it from somewhere.
     */
    public String dailyLossHalt(String strategyInstance) {
        return risk.lossHalt(strategyInstance);
    }

    /** One order by client order id, open or ended. */
    public Optional<OrderRecord> order(String clientOrderId) {
        return queries.order(clientOrderId);
    }

    /**
     * The account's balances as this service sees them and checks orders against, by asset: the
     * venue's total as the last reconciliation that took it found it, moved by each fill settled
     * since; held, what this service's open orders hold; available, the rest. Asks no venue.
     */
    public List<Balance> balances(String account) {
        return queries.balances(account);
    }

    /** Last known venue balance minus local holds: what a new order may lock. */
    public BigDecimal available(String account, String asset) {
        return queries.available(account, asset);
    }
}
