package io.tradewind.service.ordersapi;

import io.tradewind.domain.OrderStatus;
import io.tradewind.domain.RejectionReason;
import io.tradewind.execution.ExecutionStore;
import io.tradewind.execution.OrderEventType;
import io.tradewind.execution.OrderIntent;
import io.tradewind.execution.OrderPage;
import io.tradewind.execution.OrderQuery;
import io.tradewind.execution.OrderRecord;
import io.tradewind.execution.RiskRefusal;
import io.tradewind.execution.SubmitResult;
import io.tradewind.live.VenueRuntime;
import io.tradewind.runtime.TradingService;
import io.tradewind.sim.Market;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * What the Orders API does, on the venues the service runs: orders are created through the venue's
 * execution service, as a strategy's are (write-ahead, holds, risk limits, kill switch), so on the
 * paper venue they meet each other and the strategies' orders in the simulated exchange, and live
 * they reach the venue. A user sees and cancels the orders of their own wallet; an admin everyone's.
 */
@ApplicationScoped
public class OrdersApiService {

    /** Who the execution service records as having placed an order of this API, followed by the user_id. */
    public static final String PLACED_BY = "orders-api:";

    /** Whether a strategy instance as the store names it is an Orders API user's wallet, no configured instance. */
    public static boolean placedByAUser(String strategyInstance) {
        return strategyInstance.startsWith(PLACED_BY);
    }

    private final Function<String, Optional<VenueRuntime>> venues;
    private final ExecutionStore store;
    private final ApiUsers users;

    @Inject
    OrdersApiService(TradingService service, ExecutionStore store, ApiUsers users) {
        this(service::venue, store, users);
    }

    /** @param venues the running venue of a name ({@code paper} or a connector's id) */
    OrdersApiService(Function<String, Optional<VenueRuntime>> venues, ExecutionStore store, ApiUsers users) {
        this.venues = venues;
        this.store = store;
        this.users = users;
    }

    Map<String, Object> list(ApiUser user, ListQuery query) {
        if (!user.admin() && query.userId() != null && !query.userId().equals(user.userId())) {
            throw new OrdersApiProblem(403, "a user sees only their own orders: user_id must be " + user.userId());
        }
        // a user's wallet and every filter but user_id go to the store, which counts and pages them: picked out of
        // every order of the venue, a user's page of ten cost as much as the whole history (a market maker's too)
        OrderQuery stored = new OrderQuery(user.admin() ? null : user.venue(), query.status(), query.symbol(), null,
                user.admin() ? null : user.account(), query.side(), query.createdFrom(), query.createdTo());
        OrderPage orders = query.userId() == null ? store.orderPage(stored, query.offset(), query.limit())
                : ownedBy(query, stored);
        Map<String, Object> page = new LinkedHashMap<>();
        page.put("heads", OrderJson.HEADS);
        page.put("items", orders.orders().stream().map(order -> OrderJson.item(order, users.ownerOf(order))).toList());
        page.put("total", orders.total());
        page.put("offset", query.offset());
        page.put("limit", query.limit());
        return page;
    }

    /**
     * The page of the orders whose {@code user_id} is the one asked for: who an order belongs to is worked out
     * ({@link ApiUsers#ownerOf}: its user, its wallet's, or its strategy instance), not kept, so these are picked.
     */
    private OrderPage ownedBy(ListQuery query, OrderQuery stored) {
        List<OrderRecord> owned = store.orders(stored).stream().filter(order -> query.matches(order, users.ownerOf(order)))
                .toList();
        int first = Math.min(query.offset(), owned.size());
        return new OrderPage(owned.subList(first, Math.min(owned.size(), first + query.limit())), owned.size());
    }

    /** What a create answers: the order, and whether an earlier request with the same idempotency key placed it. */
    record Created(Map<String, Object> order, boolean replayed) {
    }

    /**
     * Places the order in the wallet it names (the user's own; an admin names a user by user_id),
     * or, for an idempotency key that placed one before, answers that order as the first request
     * was answered.
     *
     * @param key null when the request has none
     * @throws UnprocessableOrder a check refused it (it is kept as {@code rejected}), or the key
     *                            placed an order with other terms
     */
    Created create(ApiUser user, CreateOrderBody body, IdempotencyKey key) {
        ApiUser owner = walletOwner(user, body);
        VenueRuntime venue = running(owner.venue());
        Optional<OrderRecord> earlier = key == null ? Optional.empty() : venue.execution().settledOrder(key.clientOrderId());
        if (earlier.isPresent()) {
            // before the kill switch: answering what was placed places nothing
            return replay(earlier.get(), owner, body, venue);
        }
        if (venue.killSwitchOn()) {
            // a user's wallet has no position to reduce: while entries are stopped, no order is one that may pass
            throw new UnprocessableOrder(new ErrorDetail(List.of("body"), "kill switch on: the operator has stopped new"
                    + " orders on every venue; open orders can still be cancelled", "value_error.kill_switch", null));
        }
        Market market = venue.market(body.symbol());
        BigDecimal reference = venue.isPaper() && market != null ? venue.paper().referencePrice(body.symbol(), body.side()) : null;
        if (reference != null) {
            venue.execution().onLastPrice(body.symbol(), reference);
        }
        OrderIntent intent = new OrderIntent(owner.account(), body.symbol(), body.side(), body.type(), body.price(),
                body.quantity(), body.stopPrice(), body.timeInForce(), body.expireAt());
        SubmitResult result = key == null ? venue.execution().submitForUser(PLACED_BY + owner.userId(), owner.userId(), intent)
                : venue.execution().submitOnceForUser(PLACED_BY + owner.userId(), owner.userId(), key.clientOrderId(), intent);
        venue.deliver();
        OrderRecord order = venue.execution().order(result.order().clientOrderId()).orElse(result.order());
        if (result.outcome() == SubmitResult.Outcome.EXISTING) {
            return replay(order, owner, body, venue); // the same key sent twice at once: the other request placed it
        }
        refuseIfRejected(order, venue, reference, result.refusals(), "");
        return new Created(full(order), false);
    }

    /** The answer to a key sent again: the order its first request placed, if the terms are the same. */
    private Created replay(OrderRecord order, ApiUser owner, CreateOrderBody body, VenueRuntime venue) {
        boolean amended = store.events(order.clientOrderId()).stream().anyMatch(event -> event.type() == OrderEventType.AMENDED);
        String difference = OrderTerms.difference(order, amended, owner, body);
        if (difference != null) {
            // not "send it with a new key": a client that retried a changed request would then hold two orders
            throw new UnprocessableOrder(new ErrorDetail(List.of("header", IdempotencyKey.HEADER), "this "
                    + IdempotencyKey.HEADER + " placed order " + order.clientOrderId() + " before, whose " + difference
                    + ": look that order up before placing another with a new key", "value_error.idempotency_key_reused",
                    Map.of("uid", order.clientOrderId())));
        }
        refuseIfRejected(order, venue, null, List.of(), "; send it again with a new " + IdempotencyKey.HEADER);
        return new Created(full(order), true);
    }

    /** A rejected order's answer: 503 when the venue could not be reached, else 422 with what refused it. */
    private static void refuseIfRejected(OrderRecord order, VenueRuntime venue, BigDecimal reference,
            List<RiskRefusal> refusals, String whatNext) {
        if (order.status() != OrderStatus.REJECTED) {
            return;
        }
        if (order.rejectionReasons().equals(List.of(RejectionReason.NOT_PLACED))) {
            throw new OrdersApiProblem(503, "venue " + venue.name() + " could not be reached; the order was not placed"
                    + whatNext);
        }
        Market market = venue.market(order.symbol());
        throw new UnprocessableOrder(RejectionDetails.of(order.rejectionReasons(), order.type(),
                market == null ? null : market.instrument(), reference, refusals));
    }

    Map<String, Object> retrieve(ApiUser user, String uid) {
        return full(visibleOrder(user, uid));
    }

    /** @throws UnprocessableOrder the order is no longer open */
    Map<String, Object> cancel(ApiUser user, String uid) {
        OrderRecord order = visibleOrder(user, uid);
        if (!order.holdsFunds()) {
            throw new UnprocessableOrder(new ErrorDetail(List.of("path", "uid"), "order cannot be cancelled: it is "
                    + order.status().wireName(), "value_error.order_not_open", Map.of("status", order.status().wireName())));
        }
        VenueRuntime venue = running(order.venue());
        venue.execution().requestCancel(uid, "cancelled through the Orders API by " + user.userId());
        venue.deliver();
        return full(venue.execution().order(uid).orElseThrow());
    }

    /** The order as it is now, once its venue's news is in; 404 when unknown, 403 when another user's. */
    private OrderRecord visibleOrder(ApiUser user, String uid) {
        OrderRecord order = store.findOrder(uid).orElseThrow(() -> new OrdersApiProblem(404, "no order with uid '" + uid + "'"));
        if (!visible(user, order)) {
            throw new OrdersApiProblem(403, "order " + uid + " is not in your wallet");
        }
        return venues.apply(order.venue()).map(venue -> {
            venue.deliver();
            return venue.execution().order(uid).orElse(order);
        }).orElse(order);
    }

    private Map<String, Object> full(OrderRecord order) {
        return OrderJson.full(order, users.ownerOf(order), store.fillsOf(order.clientOrderId()));
    }

    private static boolean visible(ApiUser user, OrderRecord order) {
        return user.admin() || user.owns(order.venue(), order.account());
    }

    /** The user whose wallet the order goes to; 403 when a user names another's. */
    private ApiUser walletOwner(ApiUser user, CreateOrderBody body) {
        ApiUser owner = user;
        if (body.userId() != null && !body.userId().equals(user.userId())) {
            if (!user.admin()) {
                throw new OrdersApiProblem(403, "a user places orders only for themselves: user_id must be " + user.userId());
            }
            owner = users.byUserId(body.userId()).orElseThrow(() -> new UnprocessableOrder(
                    ErrorDetail.body("user_id", "no user with this user_id", "value_error")));
        }
        if (!owner.hasWallet()) {
            throw new UnprocessableOrder(ErrorDetail.body("user_id", owner.userId() + " has no wallet: name the user the"
                    + " order is for", "value_error.missing"));
        }
        if (body.walletId() != null && !body.walletId().equals(owner.account())) {
            if (!user.admin()) {
                throw new OrdersApiProblem(403, "wallet " + body.walletId() + " is not yours: your wallet is " + owner.account());
            }
            throw new UnprocessableOrder(ErrorDetail.body("wallet_id", owner.userId() + "'s wallet is " + owner.account(),
                    "value_error"));
        }
        return owner;
    }

    private VenueRuntime running(String venue) {
        return venues.apply(venue).orElseThrow(() -> new OrdersApiProblem(503, "venue " + venue
                + " is not running in this service"));
    }
}
