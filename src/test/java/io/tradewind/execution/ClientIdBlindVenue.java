package io.tradewind.execution;

import io.tradewind.domain.Balance;
import io.tradewind.domain.OrderRequest;
import io.tradewind.sim.gateway.SimulatedExchangeGateway;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A venue that does not know our client order ids (as NegocieCoins, Nami and the Orders API):
 * it reports its orders and trades by its own ids, finds an order only by its own id, and can
 * search for the order a lost placement may have created. Matching is a real simulated exchange.
 */
final class ClientIdBlindVenue implements OrderGateway {

    private final SimulatedExchangeGateway exchange;
    private final Clock clock;
    /** The venue's own bookkeeping: its order id to the request it came from, and when it came. */
    private final Map<String, String> uidByVenueId = new HashMap<>();
    private final Map<String, Instant> createdAt = new HashMap<>();
    private boolean loseAnswerAfterAccepting;
    private boolean loseRequestBeforeArriving;
    private boolean listsOwnTrades = true;
    private boolean listsBalances = true;
    int placements;

    ClientIdBlindVenue(SimulatedExchangeGateway exchange, Clock clock) {
        this.exchange = exchange;
        this.clock = clock;
    }

    void loseNextAnswerAfterAccepting() {
        loseAnswerAfterAccepting = true;
    }

    /** Like NegocieCoins and Nami: executions come only inside each order's report. */
    void withoutOwnTrades() {
        listsOwnTrades = false;
    }

    @Override
    public boolean listsOwnTrades() {
        return listsOwnTrades;
    }

    /** Like the Orders API: no balance call; the venue checks funds when an order is placed. */
    void withoutBalances() {
        listsBalances = false;
    }

    @Override
    public boolean listsBalances() {
        return listsBalances;
    }

    void loseNextRequestBeforeArriving() {
        loseRequestBeforeArriving = true;
    }

    @Override
    public String venue() {
        return "blind";
    }

    @Override
    public boolean knowsClientOrderIds() {
        return false;
    }

    @Override
    public VenueOrder place(OrderRequest request) throws VenueException {
        if (loseRequestBeforeArriving) {
            loseRequestBeforeArriving = false;
            throw new VenueException("blind place: no answer in time", true);
        }
        placements++;
        VenueOrder answer = exchange.place(request);
        uidByVenueId.put(answer.venueOrderId(), request.uid());
        createdAt.put(answer.venueOrderId(), clock.instant());
        if (loseAnswerAfterAccepting) {
            loseAnswerAfterAccepting = false;
            throw new VenueException("blind place: no answer in time", true);
        }
        return answer;
    }

    @Override
    public Optional<VenueOrder> cancel(String account, String clientOrderId) {
        return Optional.empty();
    }

    @Override
    public Optional<VenueOrder> cancel(String account, String clientOrderId, String venueOrderId) {
        String uid = venueOrderId == null ? null : uidByVenueId.get(venueOrderId);
        return uid == null ? Optional.empty() : exchange.cancel(account, uid).map(o -> o.withClientOrderId(clientOrderId));
    }

    @Override
    public Optional<VenueOrder> orderStatus(String account, String clientOrderId) {
        return Optional.empty();
    }

    @Override
    public Optional<VenueOrder> orderStatus(String account, String clientOrderId, String venueOrderId) {
        String uid = venueOrderId == null ? null : uidByVenueId.get(venueOrderId);
        return uid == null ? Optional.empty()
                : exchange.orderStatus(account, uid).map(o -> o.withClientOrderId(clientOrderId));
    }

    @Override
    public Optional<VenueOrder> findPlacement(OrderRequest request, Instant since, Set<String> claimed) {
        for (Map.Entry<String, String> placed : uidByVenueId.entrySet()) {
            if (claimed.contains(placed.getKey()) || createdAt.get(placed.getKey()).isBefore(since)) {
                continue;
            }
            Optional<VenueOrder> order = exchange.orderStatus(request.account(), placed.getValue());
            if (order.isPresent() && sameOrder(order.get(), request)) {
                return Optional.of(order.get().withClientOrderId(request.uid()));
            }
        }
        return Optional.empty();
    }

    @Override
    public List<VenueOrder> openOrders(String account) {
        return exchange.openOrders(account).stream().map(o -> o.withClientOrderId(VenueOrder.venueKeyed(o.venueOrderId())))
                .toList();
    }

    @Override
    public TradePage ownTrades(String account, String cursor) throws VenueException {
        if (!listsOwnTrades) {
            throw new VenueException("blind cannot list own trades", false);
        }
        TradePage page = exchange.ownTrades(account, cursor);
        Map<String, String> venueIdByUid = new HashMap<>();
        uidByVenueId.forEach((venueId, uid) -> venueIdByUid.put(uid, venueId));
        List<VenueTrade> blind = new ArrayList<>();
        for (VenueTrade trade : page.trades()) {
            blind.add(trade.withClientOrderId(VenueOrder.venueKeyed(venueIdByUid.get(trade.clientOrderId()))));
        }
        return new TradePage(blind, page.nextCursor(), page.more());
    }

    @Override
    public List<Balance> balances(String account) {
        if (!listsBalances) {
            throw new IllegalStateException("balances asked of a venue that lists none");
        }
        return exchange.balances(account);
    }

    private static boolean sameOrder(VenueOrder order, OrderRequest request) {
        return order.symbol().equals(request.symbol()) && order.side() == request.side() && order.type() == request.type()
                && order.quantity().compareTo(request.quantity()) == 0
                && (request.price() == null ? order.price() == null
                        : order.price() != null && order.price().compareTo(request.price()) == 0);
    }
}
