package io.tradewind.exchange.ordersapi;

import static io.tradewind.exchange.ordersapi.OrdersApiAnswers.read;
import static io.tradewind.exchange.ordersapi.OrdersApiAnswers.refused;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.tradewind.domain.Balance;
import io.tradewind.domain.Instrument;
import io.tradewind.domain.OrderRequest;
import io.tradewind.exchange.BearerAuth;
import io.tradewind.exchange.CandlePage;
import io.tradewind.exchange.OrderNotFound;
import io.tradewind.exchange.PublicTrade;
import io.tradewind.exchange.RestClients;
import io.tradewind.exchange.VenueAnswers;
import io.tradewind.exchange.VenueCallException;
import io.tradewind.exchange.VenueCallException.Kind;
import io.tradewind.exchange.VenueCalls;
import io.tradewind.exchange.VenueCapability;
import io.tradewind.exchange.VenueCredentials;
import io.tradewind.exchange.VenueFailures;
import io.tradewind.exchange.VenueHttpError;
import io.tradewind.exchange.VenueSettings;
import io.tradewind.exchange.VenueWithoutClientOrderIds;
import io.tradewind.execution.TradePage;
import io.tradewind.execution.VenueException;
import io.tradewind.execution.VenueOrder;
import io.tradewind.marketdata.DepthSnapshot;
import io.tradewind.marketdata.Resolution;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/**
 * The connector for any exchange that speaks the Orders API (seed {@code 001_…}, in Persian):
 * {@code /api/exchange/v1/orders} with a Bearer token ({@code TRADEWIND_ORDERSAPI_TOKEN}).
 *
 * <ul>
 *   <li>Orders: the seed's four types and four time-in-force values, stop prices and expiry, one
 *       to one; decimals are sent as strings. A market buy sized by a quote amount is not offered.
 *   <li>No client order ids: the API does not deduplicate placements, so a placement is never sent
 *       again once it may have reached the venue, and one whose answer was lost is found by
 *       {@link #findPlacement}. Orders are retrieved ({@code POST /orders/{uid}}, as the seed says)
 *       and cancelled by the venue's {@code uid}; orders it lists that we cannot attribute carry
 *       {@link VenueOrder#venueKeyed} ids.
 *   <li>Fills: an order's {@code trades}; there is no list of own trades, and no fee per trade
 *       (fills carry a fee of zero).
 *   <li>Refusals: a {@code 422}'s {@code detail} entries become rejection reasons, their
 *       {@code msg} logged verbatim; {@code 401} and {@code 403} are authentication failures,
 *       {@code 404} of an order's retrieval or cancel an unknown order when its {@code detail}
 *       speaks of the order, or when it is ambiguous (no body, {@code Not Found}) and the list of
 *       orders answers; any other {@code 404} a server that is not the venue (a wrong base URL).
 *   <li>Not offered: balances and market data (the seed has no such calls); instruments come from
 *       configuration ({@link io.tradewind.exchange.ConfiguredInstruments}).
 *   <li>Rate limit: none documented; 60 calls a minute for all calls together by default. A
 *       {@code 429} pauses the venue for its {@code Retry-After}, else for a minute.
 *   <li>Base URL: the seed names none ({@code {{ API_BASE_URL }}}); calls refuse to go out until
 *       {@code tradewind.venues.ordersapi.base-url} or {@code --base-url} says where.
 * </ul>
 */
public final class OrdersApiVenue extends VenueWithoutClientOrderIds {

    static final String ID = "ordersapi";
    /** The credential's name: {@code TRADEWIND_ORDERSAPI_TOKEN}. */
    static final String TOKEN = "token";
    /** Where the venue is when configuration does not say: nowhere (a reserved, unresolvable name). */
    static final URI NO_BASE_URL = URI.create("https://ordersapi.invalid");
    /** The seed's largest page. */
    static final int PAGE_SIZE = 100;
    private static final int MAX_PAGES = 50;
    private static final String ALL = "all";
    private static final List<String> OPEN = List.of("new", "queued", "active", "partial");
    private static final String LIST = "GET /api/exchange/v1/orders";
    private static final String RETRIEVE = "POST /api/exchange/v1/orders/{uid}";
    private static final Logger LOG = Logger.getLogger(OrdersApiVenue.class);

    private final OrdersApiClient api;
    private final VenueCredentials credentials;
    private final OrdersApiOptions options;
    private final VenueCalls calls;
    private final Clock clock;
    private final boolean located;
    /** The configured markets by symbol: their fee rates price the fills, which the API reports without fees. */
    private final Map<String, Instrument> instruments;

    OrdersApiVenue(VenueSettings settings, OrdersApiOptions options, Clock clock) {
        this.credentials = settings.credentials();
        this.options = options;
        this.clock = clock;
        this.located = !NO_BASE_URL.equals(settings.baseUrl());
        this.instruments = options.markets().instruments().stream()
                .collect(Collectors.toUnmodifiableMap(Instrument::symbol, instrument -> instrument));
        this.api = RestClients.build(OrdersApiClient.class, settings, new VenueHttpError.Mapper(),
                new BearerAuth(credentials.optional(TOKEN)));
        this.calls = VenueCalls.of(ID, settings, clock, limits -> limits.limit(ALL, options.calls(), options.period()));
    }

    @Override
    public String venue() {
        return ID;
    }

    @Override
    public Set<VenueCapability> capabilities() {
        return EnumSet.of(VenueCapability.INSTRUMENTS, VenueCapability.PLACE, VenueCapability.CANCEL,
                VenueCapability.ORDER_STATUS, VenueCapability.OPEN_ORDERS, VenueCapability.STOP_ORDERS);
    }

    /** No list of own trades: executions come inside each order's {@code trades}. */
    @Override
    public boolean listsOwnTrades() {
        return false;
    }

    /** No balance call: the venue checks funds itself when an order is placed. */
    @Override
    public boolean listsBalances() {
        return false;
    }

    // ---------------------------------------------------------------- not in the seed

    /** The configured markets, asked of no one: the API has no markets call. */
    @Override
    public List<Instrument> instruments() {
        return options.markets().instruments();
    }

    @Override
    public CandlePage candles(String symbol, Resolution resolution, Instant from, Instant to) throws VenueException {
        throw VenueCallException.unsupported(ID, "serve candles (the Orders API has no market data)");
    }

    @Override
    public DepthSnapshot depth(String symbol) throws VenueException {
        throw VenueCallException.unsupported(ID, "serve depth (the Orders API has no market data)");
    }

    @Override
    public List<PublicTrade> recentTrades(String symbol) throws VenueException {
        throw VenueCallException.unsupported(ID, "serve recent trades (the Orders API has no market data)");
    }

    @Override
    public List<Balance> balances(String account) throws VenueException {
        throw VenueCallException.unsupported(ID, "list balances (the Orders API has no balance call)");
    }

    @Override
    public TradePage ownTrades(String account, String cursor) throws VenueException {
        throw VenueCallException.unsupported(ID, "list own trades (they come with each order's trades)");
    }

    // ---------------------------------------------------------------- trading

    private void ready() throws VenueCallException {
        if (!located) {
            throw new VenueCallException(Kind.UNAVAILABLE, ID + ": set tradewind.venues.ordersapi.base-url (or"
                    + " --base-url): the Orders API has no public address", false);
        }
        credentials.required(TOKEN);
    }

    @Override
    public VenueOrder place(OrderRequest request) throws VenueException {
        if (request.quantity() == null) {
            throw VenueCallException.unsupported(ID, "place market buys sized by a quote amount (only by quantity)");
        }
        ready();
        String call = "POST /api/exchange/v1/orders";
        String body = OrdersApiJson.write(OrdersApiAdapters.newOrder(request, options.userId(), options.walletId()));
        VenueCalls.Reply reply = calls.write(ALL, call, () -> api.create(body));
        if (reply.ok()) {
            OrdersApiDtos.Order answer = read(call, true, () -> OrdersApiJson.read(reply.body(), OrdersApiDtos.Order.class));
            return read(call, true, () -> OrdersApiAdapters.order(answer, request.uid(), request.account(), instruments));
        }
        if (reply.status() == 403 || reply.status() == 404) {
            throw refused(call, reply);
        }
        List<OrdersApiDtos.Detail> details = OrdersApiJson.details(reply.body());
        LOG.infof("ordersapi refused order %s (HTTP %d)%s", request.uid(), reply.status(),
                VenueAnswers.venueSays(OrdersApiJson.message(reply.body())));
        return VenueOrder.rejected(request, OrdersApiRejections.reasons(details), clock.instant());
    }

    /**
     * {@code POST /orders/{uid}}, as the seed says; a {@code uid} the venue does not know answers
     * {@code 404} ({@link #knowsNoSuchOrder}).
     */
    @Override
    protected Optional<VenueOrder> statusByVenueId(String account, String clientOrderId, String venueOrderId)
            throws VenueException {
        ready();
        VenueCalls.Reply reply = calls.read(ALL, RETRIEVE, () -> api.retrieve(venueOrderId));
        if (knowsNoSuchOrder(RETRIEVE, reply)) {
            return Optional.empty();
        }
        if (!reply.ok()) {
            throw refused(RETRIEVE, reply);
        }
        return Optional.of(order(RETRIEVE, false, reply.body(), clientOrderId, account));
    }

    /**
     * {@code POST /orders/{uid}/cancel}, refused ({@code 422}) for an order that can no longer be
     * cancelled. A {@code 403} is the token's failure, not the order's: it is not looked up.
     */
    @Override
    protected Optional<VenueOrder> cancelByVenueId(String account, String clientOrderId, String venueOrderId)
            throws VenueException {
        ready();
        String call = "POST /api/exchange/v1/orders/{uid}/cancel";
        VenueCalls.Reply reply = calls.write(ALL, call, () -> api.cancel(venueOrderId));
        if (knowsNoSuchOrder(call, reply)) {
            return Optional.empty();
        }
        if (reply.ok()) {
            return Optional.of(order(call, true, reply.body(), clientOrderId, account));
        }
        if (reply.status() == 403) {
            throw refused(call, reply);
        }
        return endedOrRefused(account, clientOrderId, venueOrderId, refused(call, reply));
    }

    /**
     * Whether a call's {@code 404} for one order means the venue knows no such {@code uid}. Its words
     * may say so. The seed documents that 404 without a body, and a FastAPI server answers {@code
     * {"detail":"Not Found"}} both for an unknown {@code uid} and for a path it does not serve, so such
     * an ambiguous 404 is the order's only if the venue answers one list of orders at this base URL:
     * read as "no such order" at a wrong base URL, a lost placement would look never placed.
     *
     * @throws VenueCallException {@link VenueFailures#notTheVenue} for a 404 that is recognisably not the
     *                            venue's, or when the list is not answered either; a failure of the
     *                            list itself (down, slow, the token) as it is, deciding nothing
     */
    private boolean knowsNoSuchOrder(String call, VenueCalls.Reply reply) throws VenueException {
        return OrderNotFound.on404(ID, call, reply, OrdersApiAnswers::unknownOrder, OrdersApiAnswers::foreign, this::answersAsTheVenue);
    }

    /** {@code GET /orders?limit=1}, which the venue answers with a page of orders at its base URL. */
    private boolean answersAsTheVenue() throws VenueException {
        VenueCalls.Reply reply = calls.read(ALL, LIST, () -> api.list(0, 1, options.userId(), null, null, null, null,
                null));
        if (!reply.ok()) {
            return false;
        }
        try {
            OrdersApiDtos.Page page = OrdersApiJson.read(reply.body(), OrdersApiDtos.Page.class);
            return page != null && page.items() != null;
        } catch (JsonProcessingException e) {
            return false;
        }
    }

    private VenueOrder order(String call, boolean write, String body, String clientOrderId, String account)
            throws VenueCallException {
        OrdersApiDtos.Order order = read(call, write, () -> OrdersApiJson.read(body, OrdersApiDtos.Order.class));
        return read(call, write, () -> OrdersApiAdapters.order(order, clientOrderId, account, instruments));
    }

    /**
     * The orders that can still trade ({@code new}, {@code queued}, {@code active}, {@code partial}),
     * venue-keyed. A list item carries no {@code trades}: an order that has filled something is
     * retrieved, so that its fills are recorded while it is still open.
     */
    @Override
    public List<VenueOrder> openOrders(String account) throws VenueException {
        ready();
        List<VenueOrder> open = new ArrayList<>();
        for (String status : OPEN) {
            for (OrdersApiDtos.Order item : list(null, null, status, null)) {
                VenueOrder order = read(LIST, false, () -> OrdersApiAdapters.order(item,
                        VenueOrder.venueKeyed(item.uid()), account, instruments));
                if (item.trades() == null && order.filled().signum() > 0) {
                    order = orderStatus(account, order.clientOrderId(), order.venueOrderId()).orElse(order);
                }
                open.add(order);
            }
        }
        return open;
    }

    /**
     * The order a placement whose answer was lost created: one list of the market and side created
     * since {@code since} (to the second), of which an open order is taken before one in the
     * history, the earliest of several; not one of {@code claimed}.
     */
    @Override
    public Optional<VenueOrder> findPlacement(OrderRequest request, Instant since, Set<String> claimed)
            throws VenueException {
        ready();
        Instant from = since.truncatedTo(ChronoUnit.SECONDS);
        OrdersApiDtos.Order open = null;
        OrdersApiDtos.Order ended = null;
        for (OrdersApiDtos.Order order : list(request.symbol(), request.side().wireName(), null, from.toString())) {
            if (read(LIST, false, () -> OrdersApiAdapters.samePlacement(order, request, from, claimed))) {
                if (read(LIST, false, () -> OrdersApiAdapters.open(order))) {
                    open = earliest(open, order);
                } else {
                    ended = earliest(ended, order);
                }
            }
        }
        OrdersApiDtos.Order found = open != null ? open : ended;
        if (found == null) {
            return Optional.empty();
        }
        VenueOrder listed = read(LIST, false, () -> OrdersApiAdapters.order(found, request.uid(), request.account(),
                instruments));
        return Optional.of(found.trades() != null ? listed
                : orderStatus(request.account(), request.uid(), found.uid()).orElse(listed));
    }

    private static OrdersApiDtos.Order earliest(OrdersApiDtos.Order best, OrdersApiDtos.Order candidate) {
        return best == null || OrdersApiAdapters.time(candidate.createdAt(), "created_at")
                .isBefore(OrdersApiAdapters.time(best.createdAt(), "created_at")) ? candidate : best;
    }

    /** {@code GET /orders} with the filters given (and the configured user), every page. */
    private List<OrdersApiDtos.Order> list(String symbol, String side, String status, String createdFrom)
            throws VenueException {
        List<OrdersApiDtos.Order> all = new ArrayList<>();
        int offset = 0;
        for (int page = 0; page < MAX_PAGES; page++) {
            int from = offset;
            VenueCalls.Reply reply = calls.read(ALL, LIST, () -> api.list(from, PAGE_SIZE, options.userId(), symbol,
                    side, status, createdFrom, null));
            if (!reply.ok()) {
                throw refused(LIST, reply);
            }
            OrdersApiDtos.Page answer = read(LIST, false, () -> OrdersApiJson.read(reply.body(), OrdersApiDtos.Page.class));
            List<OrdersApiDtos.Order> items = read(LIST, false, () -> OrdersApiAdapters.required(answer.items(), "items"));
            all.addAll(items);
            offset += items.size();
            if (items.size() < PAGE_SIZE || (answer.total() != null && offset >= answer.total())) {
                break;
            }
        }
        return all;
    }
}
