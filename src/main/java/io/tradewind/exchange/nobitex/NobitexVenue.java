package io.tradewind.exchange.nobitex;

import static io.tradewind.exchange.nobitex.NobitexTransport.VENUE;

import io.tradewind.domain.Balance;
import io.tradewind.domain.Instrument;
import io.tradewind.domain.OrderRequest;
import io.tradewind.domain.OrderType;
import io.tradewind.domain.TimeInForce;
import io.tradewind.exchange.CandlePage;
import io.tradewind.exchange.PublicTrade;
import io.tradewind.exchange.RestClients;
import io.tradewind.exchange.SafeRetry;
import io.tradewind.exchange.SecretMask;
import io.tradewind.exchange.SingleTimeInForce;
import io.tradewind.exchange.Venue;
import io.tradewind.exchange.VenueCallException;
import io.tradewind.exchange.VenueCallException.Kind;
import io.tradewind.exchange.VenueCapability;
import io.tradewind.exchange.VenueRateLimits;
import io.tradewind.exchange.VenueSettings;
import io.tradewind.execution.TradePage;
import io.tradewind.execution.VenueException;
import io.tradewind.execution.VenueOrder;
import io.tradewind.execution.VenueTrade;
import io.tradewind.marketdata.DepthSnapshot;
import io.tradewind.marketdata.Resolution;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.jboss.logging.Logger;

/**
 * The Nobitex connector: market data from the public API, trading with a login token. Nobitex
 * deduplicates placements by {@code clientOrderId} and finds orders by it, so a placement is
 * addressed by our client order id (mapped by {@link NobitexClientIds}), a timeout or lost answer is
 * reported as "may have taken effect" and resolved by {@link #orderStatus}, and placing an id the
 * venue already knows returns the existing order.
 */
final class NobitexVenue implements Venue {

    /**
     * Refusals of a look-up that say nothing of the order, only that Nobitex will not answer now
     * (the error codes exchanges.md lists for a closed or halted market): the question stays open.
     * Any other refusal means "not found this way", as the seed documents no not-found code.
     */
    private static final Set<String> TEMPORARY_REFUSALS = Set.of("TradingUnavailable", "MarketClosed", "TooManyRequests");
    private static final Logger LOG = Logger.getLogger(NobitexVenue.class);

    /** Nobitex's UDF resolutions: 1, 5, 15, 30, 60, 180, 240, 360, 720 minutes and D. */
    private static final Map<Resolution, String> UDF_RESOLUTIONS = Map.of(Resolution.M1, "1", Resolution.M5, "5",
            Resolution.M15, "15", Resolution.M30, "30", Resolution.H1, "60", Resolution.H4, "240", Resolution.H6, "360",
            Resolution.H12, "720", Resolution.D1, "D");

    /** Everything the port has: Nobitex documents each call, stop orders and client order ids. */
    private static final Set<VenueCapability> CAPABILITIES = EnumSet.of(VenueCapability.INSTRUMENTS,
            VenueCapability.CANDLES, VenueCapability.DEPTH, VenueCapability.RECENT_TRADES, VenueCapability.BALANCES,
            VenueCapability.PLACE, VenueCapability.CANCEL, VenueCapability.ORDER_STATUS, VenueCapability.OPEN_ORDERS,
            VenueCapability.OWN_TRADES, VenueCapability.STOP_ORDERS, VenueCapability.CLIENT_ORDER_IDS);

    /** Own trades are read in pages of Nobitex's largest size, at most this many pages a call. */
    private static final int TRADE_PAGE_SIZE = 100;
    private static final int MAX_TRADE_PAGES = 10;

    private final Clock clock;
    private final NobitexPublicApi publicApi;
    private final NobitexPrivateApi privateApi;
    private final NobitexTransport transport;
    private final NobitexSession session;
    private final VenueRateLimits limits;
    private final SafeRetry retry = new SafeRetry(2, 200);
    private final NobitexClientIds clientIds = new NobitexClientIds();
    /** Our client order id of every Nobitex order id seen, to name the order of an own trade. */
    private final Map<Long, String> uidsByOrderId = new ConcurrentHashMap<>();
    /** The Nobitex id of each of our orders seen, to look it up after it closed. */
    private final Map<String, Long> orderIdsByUid = new ConcurrentHashMap<>();

    NobitexVenue(VenueSettings settings, Clock clock) {
        this.clock = clock;
        this.limits = NobitexRateLimits.build(settings.rateLimitWait());
        this.transport = new NobitexTransport(limits);
        this.publicApi = RestClients.build(NobitexPublicApi.class, settings);
        this.session = new NobitexSession(settings.credentials(), publicApi, transport, clock, true);
        this.privateApi = RestClients.build(NobitexPrivateApi.class, settings, new NobitexAuthFilter(session));
    }

    @Override
    public String venue() {
        return VENUE;
    }

    @Override
    public Set<VenueCapability> capabilities() {
        return CAPABILITIES;
    }

    /** The limits this connector keeps, for tests and status pages. */
    VenueRateLimits rateLimits() {
        return limits;
    }

    @Override
    public List<Instrument> instruments() throws VenueException {
        String call = "GET /v2/options";
        NobitexDtos.Options options = read(NobitexRateLimits.OPTIONS, call, NobitexDtos.Options.class, false,
                publicApi::options);
        return adapt(call, false, () -> NobitexMarketData.instruments(options));
    }

    @Override
    public CandlePage candles(String symbol, Resolution resolution, Instant from, Instant to) throws VenueException {
        NobitexSymbols.Pair pair = NobitexSymbols.pair(symbol);
        String code = UDF_RESOLUTIONS.get(resolution);
        if (code == null) {
            throw VenueCallException.unsupported(VENUE, "serve " + resolution.label() + " candles (it has 1m, 5m, 15m, "
                    + "30m, 1h, 4h, 6h, 12h and 1d)");
        }
        Instant windowEnd = NobitexMarketData.windowEnd(resolution, from, to);
        String call = "GET /market/udf/history";
        NobitexDtos.UdfHistory history = read(NobitexRateLimits.HISTORY, call, NobitexDtos.UdfHistory.class, false,
                () -> publicApi.history(pair.wire(), code, from.getEpochSecond(), windowEnd.getEpochSecond()));
        return adapt(call, false,
                () -> NobitexMarketData.candles(history, resolution, from, windowEnd, to, clock.instant()));
    }

    @Override
    public DepthSnapshot depth(String symbol) throws VenueException {
        NobitexSymbols.Pair pair = NobitexSymbols.pair(symbol);
        String call = "GET /v3/orderbook";
        NobitexDtos.OrderBook book = read(NobitexRateLimits.ORDER_BOOK, call, NobitexDtos.OrderBook.class, false,
                () -> publicApi.orderBook(pair.wire()));
        return adapt(call, false, () -> NobitexMarketData.depth(pair.canonical(), book, clock.instant()));
    }

    @Override
    public List<PublicTrade> recentTrades(String symbol) throws VenueException {
        NobitexSymbols.Pair pair = NobitexSymbols.pair(symbol);
        String call = "GET /v2/trades";
        NobitexDtos.PublicTrades trades = read(NobitexRateLimits.TRADES, call, NobitexDtos.PublicTrades.class, false,
                () -> publicApi.trades(pair.wire()));
        return adapt(call, false, () -> NobitexMarketData.trades(pair.canonical(), trades));
    }

    @Override
    public List<Balance> balances(String account) throws VenueException {
        String call = "GET /users/wallets/list";
        NobitexDtos.Wallets wallets = read(NobitexRateLimits.WALLETS, call, NobitexDtos.Wallets.class, true,
                privateApi::wallets);
        return adapt(call, false, () -> NobitexAccount.balances(wallets));
    }

    @Override
    public VenueOrder place(OrderRequest request) throws VenueException {
        requirePlaceable(request);
        NobitexSymbols.Pair pair = NobitexSymbols.pair(request.symbol());
        String wireId = clientIds.toWire(request.uid());
        NobitexDtos.PlaceOrder body = new NobitexDtos.PlaceOrder(request.side().wireName(),
                NobitexOrders.execution(request.type()), pair.srcCurrency(), pair.dstCurrency(), plain(request.quantity()),
                request.type().needsPrice() ? plain(request.price()) : null, plain(request.stopPrice()), wireId);
        String call = "POST /market/orders/add";
        NobitexAnswer answer = retry.callWrite(
                () -> privately(NobitexRateLimits.ADD, call, true, () -> privateApi.addOrder(body)));
        if (answer.failed()) {
            if ("DuplicateClientOrderId".equals(answer.code())) {
                Optional<VenueOrder> existing = orderStatus(request.account(), request.uid());
                if (existing.isPresent()) {
                    return existing.get();
                }
            }
            LOG.warnf("%s refused order %s (%s %s %s): %s", VENUE, request.uid(), request.side().wireName(),
                    plain(request.quantity()), pair.canonical(), SecretMask.mask(answer.refusal()));
            return NobitexOrders.rejected(request, answer.code(), clock.instant());
        }
        NobitexDtos.OrderAnswer placed = NobitexTransport.as(answer, NobitexDtos.OrderAnswer.class, call, true);
        return adapt(call, true, () -> order(placed.order(), request.uid(), request.account(), pair.canonical()));
    }

    /** With the Nobitex id the execution service stored: after a restart this connector has not seen the order yet. */
    @Override
    public Optional<VenueOrder> cancel(String account, String clientOrderId, String venueOrderId) throws VenueException {
        rememberOrderId(clientOrderId, venueOrderId);
        return cancel(account, clientOrderId);
    }

    /** By the order's Nobitex id when this connector has seen it, else by client order id (open orders only). */
    @Override
    public Optional<VenueOrder> cancel(String account, String clientOrderId) throws VenueException {
        Long knownId = orderIdsByUid.get(clientOrderId);
        NobitexDtos.UpdateStatus body = new NobitexDtos.UpdateStatus(knownId,
                knownId == null ? clientIds.toWire(clientOrderId) : null, "canceled");
        String call = "POST /market/orders/update-status";
        NobitexAnswer answer = retry.callWrite(() -> privately(NobitexRateLimits.CANCEL, call, true,
                () -> privateApi.updateStatus(body)));
        if (answer.failed()) {
            LOG.infof("%s did not cancel order %s: %s; looking it up", VENUE, clientOrderId,
                    SecretMask.mask(answer.refusal()));
        } else {
            NobitexDtos.OrderAnswer cancelled = NobitexTransport.as(answer, NobitexDtos.OrderAnswer.class, call, true);
            if (cancelled.order() != null) {
                return Optional.of(adapt(call, true, () -> order(cancelled.order(), clientOrderId, account, null)));
            }
        }
        return orderStatus(account, clientOrderId);
    }

    /**
     * With the Nobitex id the execution service stored: Nobitex finds a client order id only among
     * open orders, so after a restart an order that finished is found by that id, not among the
     * newest orders only.
     */
    @Override
    public Optional<VenueOrder> orderStatus(String account, String clientOrderId, String venueOrderId)
            throws VenueException {
        rememberOrderId(clientOrderId, venueOrderId);
        return orderStatus(account, clientOrderId);
    }

    /** Learns an order's Nobitex id from the execution service's store; an id Nobitex would not have given is ignored. */
    private void rememberOrderId(String clientOrderId, String venueOrderId) {
        if (venueOrderId == null || orderIdsByUid.containsKey(clientOrderId)) {
            return;
        }
        try {
            long id = Long.parseLong(venueOrderId);
            orderIdsByUid.put(clientOrderId, id);
            uidsByOrderId.putIfAbsent(id, clientOrderId);
        } catch (NumberFormatException notNobitexs) {
            LOG.debugf("%s: order %s has venue id %s, not a Nobitex order id; looking it up by client order id",
                    VENUE, clientOrderId, venueOrderId);
        }
    }

    /**
     * Nobitex finds a client order id only among open orders. So the order is looked up by its
     * Nobitex id when this connector has seen it, else by client order id, else among the most
     * recent orders of every status ({@code orders/list?status=all}, newest 100): an order that
     * filled or was cancelled before a restart is found there.
     */
    @Override
    public Optional<VenueOrder> orderStatus(String account, String clientOrderId) throws VenueException {
        String wireId = clientIds.toWire(clientOrderId);
        Long knownId = orderIdsByUid.get(clientOrderId);
        Optional<NobitexDtos.Order> found = lookUp(new NobitexDtos.OrderLookup(knownId, knownId == null ? wireId : null));
        if (found.isEmpty()) {
            found = recentOrders("all").stream().filter(order -> wireId.equals(order.clientOrderId())).findFirst();
        }
        if (found.isEmpty()) {
            return Optional.empty();
        }
        NobitexDtos.Order order = found.get();
        return Optional.of(adapt("POST /market/orders/status", false, () -> order(order, clientOrderId, account, null)));
    }

    @Override
    public List<VenueOrder> openOrders(String account) throws VenueException {
        List<NobitexDtos.Order> orders = recentOrders("open");
        return adapt("GET /market/orders/list", false, () -> {
            List<VenueOrder> open = new ArrayList<>();
            for (NobitexDtos.Order order : orders) {
                VenueOrder mapped = order(order, uidOf(order), account, null);
                if (mapped.status().isOpen()) {
                    open.add(mapped);
                }
            }
            return open;
        });
    }

    /**
     * Own trades after the cursor (the last trade id seen); {@code null} starts at the oldest
     * Nobitex still lists (three days). Nobitex's {@code fromId} includes its own id and its order
     * of a page is not documented, so every page from the cursor on is read (up to 1,000 trades)
     * and sorted here. Trades of orders this connector has not seen are named by looking their
     * order up by id.
     */
    @Override
    public TradePage ownTrades(String account, String cursor) throws VenueException {
        long after = cursor == null ? -1 : parseCursor(cursor);
        String call = "GET /market/trades/list";
        List<NobitexDtos.OwnTrade> fetched = new ArrayList<>();
        boolean complete = false;
        boolean oldestFirst = true;
        for (int page = 1; page <= MAX_TRADE_PAGES && !complete; page++) {
            int number = page;
            NobitexDtos.OwnTrades answer = read(NobitexRateLimits.OWN_TRADES, call, NobitexDtos.OwnTrades.class, true,
                    () -> privateApi.ownTrades(after + 1, number, TRADE_PAGE_SIZE));
            if (answer.trades() == null) {
                throw NobitexTransport.malformed(call, false);
            }
            oldestFirst = page > 1 ? oldestFirst : NobitexAccount.oldestFirst(answer.trades());
            int before = fetched.size();
            fetched.addAll(answer.trades());
            // hasNext is not documented: without it, a full page may have more behind it
            complete = answer.trades().isEmpty() || (answer.hasNext() != null ? !answer.hasNext()
                    : answer.trades().size() < TRADE_PAGE_SIZE);
            if (!complete && page > 1 && NobitexAccount.repeats(fetched, before)) {
                break; // a venue that ignores the page number answers the first page again: read no further
            }
        }
        nameOrdersOf(fetched);
        List<VenueTrade> trades = adapt(call, false, () -> NobitexAccount.trades(fetched, after,
                orderId -> uidsByOrderId.getOrDefault(orderId, manualOrderUid(orderId))));
        String last = trades.isEmpty() ? cursor : trades.get(trades.size() - 1).tradeId();
        if (complete || oldestFirst) {
            return new TradePage(trades, last, !complete);
        }
        // the pages read are the newest: moving the cursor past them would skip the older ones
        LOG.warnf("%s: more than %d own trades since trade %s; the cursor stays until fewer are new", VENUE,
                MAX_TRADE_PAGES * TRADE_PAGE_SIZE, cursor);
        return new TradePage(trades, cursor, false);
    }

    /** Looks up, by id, the orders of trades whose order this connector has not seen. */
    private void nameOrdersOf(List<NobitexDtos.OwnTrade> trades) throws VenueException {
        Set<Long> unknown = new LinkedHashSet<>();
        for (NobitexDtos.OwnTrade trade : trades) {
            if (trade.orderId() != null && !uidsByOrderId.containsKey(trade.orderId())) {
                unknown.add(trade.orderId());
            }
        }
        for (Long orderId : unknown) {
            lookUp(new NobitexDtos.OrderLookup(orderId, null)).ifPresent(this::uidOf);
        }
    }

    /** {@code orders/list} of one status in every market, with details; newest first. */
    private List<NobitexDtos.Order> recentOrders(String status) throws VenueException {
        String call = "GET /market/orders/list";
        NobitexDtos.OrderList list = read(NobitexRateLimits.LIST, call, NobitexDtos.OrderList.class, true,
                () -> privateApi.orders(status, 2));
        if (list.orders() == null) {
            throw NobitexTransport.malformed(call, false);
        }
        return list.orders();
    }

    private Optional<NobitexDtos.Order> lookUp(NobitexDtos.OrderLookup lookup) throws VenueException {
        String call = "POST /market/orders/status";
        NobitexAnswer answer = retry.call(() -> privately(NobitexRateLimits.STATUS, call, false,
                () -> privateApi.orderStatus(lookup)));
        if (answer.failed() && TEMPORARY_REFUSALS.contains(answer.code())) {
            // read as "not found", a refusal for a passing reason closed a live order as vanished
            throw NobitexTransport.refused(call, answer);
        }
        if (answer.failed()) {
            LOG.debugf("%s %s: %s", VENUE, call, answer.refusal());
            return Optional.empty();
        }
        NobitexDtos.OrderAnswer found = NobitexTransport.as(answer, NobitexDtos.OrderAnswer.class, call, false);
        if (found.order() == null) {
            throw NobitexTransport.malformed(call, false);
        }
        return Optional.of(found.order());
    }

    /** Maps an order and remembers whose it is, so that its trades can be named. */
    private VenueOrder order(NobitexDtos.Order order, String uid, String account, String fallbackSymbol) {
        if (order.id() != null) {
            uidsByOrderId.put(order.id(), uid);
            orderIdsByUid.put(uid, order.id());
        }
        return NobitexOrders.toVenueOrder(order, uid, account, fallbackSymbol);
    }

    /** Our client order id of a listed order: from its {@code clientOrderId}, else a name for a manual order. */
    private String uidOf(NobitexDtos.Order order) {
        String uid = order.clientOrderId() != null && !order.clientOrderId().isBlank()
                ? clientIds.fromWire(order.clientOrderId())
                : manualOrderUid(order.id());
        if (order.id() != null) {
            uidsByOrderId.put(order.id(), uid);
            orderIdsByUid.put(uid, order.id());
        }
        return uid;
    }

    /** An order placed without a client order id (by hand on the website) is named by its Nobitex id. */
    private static String manualOrderUid(Long orderId) {
        return "nobitex-" + orderId;
    }

    private static void requirePlaceable(OrderRequest request) throws VenueCallException {
        if (request.totalPrice() != null) {
            throw VenueCallException.unsupported(VENUE, "size a market buy by quote amount; give a quantity");
        }
        boolean market = request.type() == OrderType.MARKET || request.type() == OrderType.STOP_MARKET;
        // orders/add has no expiry field: an order asking for one would rest past it
        SingleTimeInForce.require(VENUE, request, market ? TimeInForce.IMMEDIATE_OR_CANCEL : TimeInForce.GOOD_TILL_CANCELED);
    }

    /**
     * A call with the session's token; a 401 renews the token once and repeats the call. Each
     * refusal is told to the session, which counts them.
     */
    private NobitexAnswer privately(String group, String call, boolean write, Supplier<Response> request)
            throws VenueCallException {
        String token = session.token();
        try {
            return transport.send(group, call, write, request);
        } catch (VenueCallException e) {
            if (e.kind() != Kind.AUTHENTICATION) {
                throw e;
            }
            LOG.infof("%s %s: the token was refused; logging in again", VENUE, call);
            session.refused(token);
        }
        String renewed = session.token();
        try {
            return transport.send(group, call, write, request);
        } catch (VenueCallException e) {
            if (e.kind() == Kind.AUTHENTICATION) {
                session.refused(renewed);
            }
            throw e;
        }
    }

    /** A read, retried on transport failures; {@code "status":"failed"} is a refusal. */
    private <T> T read(String group, String call, Class<T> type, boolean authenticated, Supplier<Response> request)
            throws VenueException {
        return retry.call(() -> {
            NobitexAnswer answer = authenticated ? privately(group, call, false, request)
                    : transport.send(group, call, false, request);
            if (answer.failed() || answer.httpStatus() >= 300) {
                throw NobitexTransport.refused(call, answer);
            }
            return NobitexTransport.as(answer, type, call, false);
        });
    }

    /** Runs an adapter: an answer it cannot map is malformed, never a stack trace. */
    private static <T> T adapt(String call, boolean write, Supplier<T> adapter) throws VenueCallException {
        try {
            return adapter.get();
        } catch (RuntimeException e) {
            LOG.debugf("%s %s: cannot map the answer (%s)", VENUE, call, e.getMessage());
            throw NobitexTransport.malformed(call, write);
        }
    }

    private static long parseCursor(String cursor) {
        try {
            return Long.parseLong(cursor);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(VENUE + ": trade cursor '" + cursor + "' is not a Nobitex trade id");
        }
    }

    private static String plain(BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros().toPlainString();
    }
}
