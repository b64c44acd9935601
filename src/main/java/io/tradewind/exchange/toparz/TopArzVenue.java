package io.tradewind.exchange.toparz;

import io.tradewind.exchange.VenueHttpError;
import static io.tradewind.exchange.toparz.TopArzAnswers.adapt;
import static io.tradewind.exchange.toparz.TopArzAnswers.data;
import static io.tradewind.exchange.toparz.TopArzAnswers.envelope;
import static io.tradewind.exchange.toparz.TopArzAnswers.message;
import static io.tradewind.exchange.toparz.TopArzAnswers.present;
import static io.tradewind.exchange.toparz.TopArzAnswers.refused;
import static io.tradewind.exchange.toparz.TopArzAnswers.venueSays;

import com.fasterxml.jackson.core.type.TypeReference;
import io.tradewind.domain.Balance;
import io.tradewind.domain.Instrument;
import io.tradewind.domain.OrderRequest;
import io.tradewind.domain.OrderType;
import io.tradewind.domain.RejectionReason;
import io.tradewind.domain.TimeInForce;
import io.tradewind.exchange.BearerAuth;
import io.tradewind.exchange.CandlePage;
import io.tradewind.exchange.PublicTrade;
import io.tradewind.exchange.RestClients;
import io.tradewind.exchange.SecretMask;
import io.tradewind.exchange.SingleTimeInForce;
import io.tradewind.exchange.Venue;
import io.tradewind.exchange.VenueCallException;
import io.tradewind.exchange.VenueCalls;
import io.tradewind.exchange.VenueCapability;
import io.tradewind.exchange.VenueCredentials;
import io.tradewind.exchange.VenueSettings;
import io.tradewind.execution.TradePage;
import io.tradewind.execution.VenueException;
import io.tradewind.execution.VenueOrder;
import io.tradewind.marketdata.Candle;
import io.tradewind.marketdata.DepthSnapshot;
import io.tradewind.marketdata.Resolution;
import java.math.BigInteger;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jboss.logging.Logger;

/**
 * The TopArz connector ({@code https://api-trading.toparz.com}, seed {@code 003_…}).
 *
 * <ul>
 *   <li>Orders: limit and market. A buy is sized by the quote amount ({@code total_price}): a
 *       limit buy sends {@code price × quantity}, a market buy needs
 *       {@link OrderRequest#totalPrice()} and is rejected ({@code total_price_missing}) without it,
 *       since turning a quantity into an amount would mean guessing a price. No stop orders, no
 *       time in force but good-till-cancelled limits and immediate market orders, no expiry.
 *   <li>Client ids: sent as the UUID v4 the seed asks for ({@link TopArzClientIds}, which packs our
 *       ids into it and reads them back). TopArz refuses a {@code client_id} it has seen, so a placement is never
 *       executed twice; a refusal as duplicate returns the existing order. A placement whose answer
 *       is lost is not sent again: it fails as "may have taken effect" and is found by
 *       {@link #orderStatus}.
 *   <li>Looking an order up by client id: {@code GET /account/orders/{client_order_id}} (the seed
 *       names the parameter so but types it "number"); when that does not answer the order, the
 *       active orders and then the history are searched with {@code filter=command_id=<id>}, and
 *       the answer is matched on {@code command_id} here as well. Cancel works the same way and
 *       retries with TopArz's own id when the client id is not accepted.
 *   <li>Rate limits: none documented; defaults in {@link TopArzOptions}. A {@code 429} pauses the
 *       venue for its {@code Retry-After}, else for a minute.
 *   <li>Candles: 1m, 1h and 1d only; {@code start_time}/{@code end_time} are sent in milliseconds
 *       (the unit is not documented; every other time in the API is milliseconds) and bars are
 *       read in seconds or milliseconds.
 * </ul>
 */
public final class TopArzVenue implements Venue {

    static final String ID = "toparz";
    static final int CANDLE_PAGE = 500;
    static final int LIST_PAGE = 100;
    /** The most pages of own trades read down to the cursor in one call: a venue that ignores the filter must not loop. */
    private static final int MAX_TRADE_PAGES = 100;
    private static final int MAX_LIST_PAGES = 50;
    /** The credential's name: {@code TRADEWIND_TOPARZ_TOKEN}. */
    static final String TOKEN = "token";
    private static final String MARKET = "market";
    private static final String ACCOUNT = "account";
    private static final String ORDERS = "orders";
    private static final Logger LOG = Logger.getLogger(TopArzVenue.class);

    private static final TypeReference<TopArzEnvelope<List<TopArzMarket>>> MARKETS = new TypeReference<>() { };
    private static final TypeReference<TopArzEnvelope<List<TopArzBalance>>> BALANCES = new TypeReference<>() { };
    private static final TypeReference<TopArzEnvelope<TopArzOrderDetail>> DETAIL = new TypeReference<>() { };
    private static final TypeReference<TopArzEnvelope<List<TopArzOrder>>> ORDER_LIST = new TypeReference<>() { };
    private static final TypeReference<TopArzEnvelope<TopArzCancelledOrders>> CANCELLED = new TypeReference<>() { };
    private static final TypeReference<TopArzEnvelope<List<TopArzTrade>>> TRADES = new TypeReference<>() { };
    private static final TypeReference<TopArzEnvelope<List<TopArzCandle>>> CANDLES = new TypeReference<>() { };
    private static final TypeReference<TopArzEnvelope<List<TopArzDepth>>> DEPTH = new TypeReference<>() { };
    private static final TypeReference<TopArzEnvelope<List<TopArzTradeSummary>>> SUMMARIES = new TypeReference<>() { };

    private final TopArzPublicApi publicApi;
    private final TopArzApi api;
    private final VenueCredentials credentials;
    private final TopArzOptions options;
    private final VenueCalls calls;
    private final TopArzSymbols symbols = new TopArzSymbols();
    private final TopArzClientIds clientIds = new TopArzClientIds();
    private final Clock clock;

    TopArzVenue(VenueSettings settings, TopArzOptions options, Clock clock) {
        this.credentials = settings.credentials();
        this.options = options;
        this.clock = clock;
        this.publicApi = RestClients.build(TopArzPublicApi.class, settings, new VenueHttpError.Mapper());
        this.api = RestClients.build(TopArzApi.class, settings, new VenueHttpError.Mapper(),
                new BearerAuth(credentials.optional(TOKEN)));
        this.calls = VenueCalls.of(ID, settings, clock, limits -> limits
                .limit(MARKET, options.marketCallsPerMinute(), Duration.ofMinutes(1))
                .limit(ACCOUNT, options.accountCallsPerMinute(), Duration.ofMinutes(1))
                .limit(ORDERS, options.orderCallsPerMinute(), Duration.ofMinutes(1)));
    }

    @Override
    public String venue() {
        return ID;
    }

    @Override
    public Set<VenueCapability> capabilities() {
        return EnumSet.of(VenueCapability.INSTRUMENTS, VenueCapability.CANDLES, VenueCapability.DEPTH,
                VenueCapability.RECENT_TRADES, VenueCapability.BALANCES, VenueCapability.PLACE, VenueCapability.CANCEL,
                VenueCapability.ORDER_STATUS, VenueCapability.OPEN_ORDERS, VenueCapability.OWN_TRADES,
                VenueCapability.CLIENT_ORDER_IDS);
    }

    /** A read of one rate-limit group; a refusal throws {@code REFUSED}. */
    private String readBody(String group, String call, VenueCalls.Http http) throws VenueException {
        VenueCalls.Reply reply = calls.read(group, call, http);
        if (!reply.ok()) {
            throw refused(call, reply);
        }
        return reply.body();
    }

    // ---------------------------------------------------------------- market data

    @Override
    public List<Instrument> instruments() throws VenueException {
        String call = "GET /api/v1/markets";
        List<TopArzMarket> markets = data(readBody(MARKET, call, publicApi::markets), MARKETS, call, false);
        List<Instrument> instruments = new ArrayList<>();
        for (TopArzMarket market : markets) {
            try {
                instruments.add(TopArzMarketAdapters.instrument(market, options.makerFee(), options.takerFee()));
            } catch (RuntimeException e) {
                LOG.warnf("toparz market %s left out: %s", market.symbol(), SecretMask.mask(e.getMessage()));
            }
        }
        instruments.forEach(symbols::learn);
        return instruments;
    }

    @Override
    public CandlePage candles(String symbol, Resolution resolution, Instant from, Instant to) throws VenueException {
        String name = TopArzMarketAdapters.resolution(resolution);
        if (name == null) {
            throw VenueCallException.unsupported(ID, "serve " + resolution + " candles (only 1m, 1h and 1d)");
        }
        if (!from.isBefore(to)) {
            return new CandlePage(List.of(), null);
        }
        String call = "GET /api/v1/udf";
        String wire = TopArzSymbols.wire(symbol);
        // asked a window that fits one page: which bars of a longer range TopArz would pick is not documented
        Instant windowLimit = from.plus(resolution.duration().multipliedBy(CANDLE_PAGE - 1));
        Instant windowEnd = windowLimit.isBefore(to) ? windowLimit : to;
        List<TopArzCandle> bars = data(readBody(MARKET, call,
                () -> api.candles(wire, name, from.toEpochMilli(), windowEnd.toEpochMilli(), CANDLE_PAGE)), CANDLES, call,
                false);
        Instant now = clock.instant();
        List<Candle> candles = adapt(call, false, () -> TopArzMarketAdapters.candles(bars, resolution, from, windowEnd, now));
        if (windowEnd.equals(to)) {
            return CandlePage.upTo(to, candles, resolution, now);
        }
        // the next window, also after one without bars (a gap in the history is not its end)
        return new CandlePage(candles, windowEnd.isBefore(now) ? windowEnd : null);
    }

    @Override
    public DepthSnapshot depth(String symbol) throws VenueException {
        String call = "GET /api/v1/depth";
        String canonical = symbols.canonical(symbol);
        String wire = TopArzSymbols.wire(symbol);
        List<TopArzDepth> book = data(readBody(MARKET, call, () -> api.depth(wire)), DEPTH, call, false);
        return adapt(call, false, () -> TopArzMarketAdapters.depth(book, canonical, clock.instant()));
    }

    @Override
    public List<PublicTrade> recentTrades(String symbol) throws VenueException {
        String call = "GET /api/v1/latest-trade-summaries";
        String canonical = symbols.canonical(symbol);
        String wire = TopArzSymbols.wire(symbol);
        List<TopArzTradeSummary> summaries = data(readBody(MARKET, call, () -> api.latestTrades(wire)), SUMMARIES, call,
                false);
        return adapt(call, false, () -> TopArzMarketAdapters.publicTrades(summaries, canonical));
    }

    // ---------------------------------------------------------------- trading

    @Override
    public List<Balance> balances(String account) throws VenueException {
        credentials.required(TOKEN);
        String call = "GET /api/v1/account/balances";
        List<TopArzBalance> balances = data(readBody(ACCOUNT, call, api::balances), BALANCES, call, false);
        return adapt(call, false, () -> TopArzAccountAdapters.balances(balances));
    }

    @Override
    public VenueOrder place(OrderRequest request) throws VenueException {
        refuseWhatTopArzCannotDo(request);
        List<RejectionReason> refusal = TopArzAccountAdapters.refusal(request);
        if (refusal != null) {
            return VenueOrder.rejected(request, refusal, clock.instant());
        }
        credentials.required(TOKEN);
        String call = "place";
        String body = TopArzJson.write(TopArzAccountAdapters.orderRequest(request, clientIds));
        VenueCalls.Reply reply = calls.write(ORDERS, call, () -> api.place(body));
        String refusedBecause;
        if (reply.ok()) {
            TopArzEnvelope<TopArzOrderDetail> answer = envelope(reply.body(), DETAIL, call, true);
            if (!Boolean.FALSE.equals(answer.succeed())) {
                return order(present(answer.data(), call, true), call, true, request.account());
            }
            refusedBecause = message(answer.error());
        } else if (TopArzAnswers.notTopArz(reply)) {
            // no order endpoint at this server: nothing was placed, and nothing was rejected either
            throw refused(call, reply);
        } else {
            refusedBecause = message(TopArzJson.error(reply.body()));
        }
        if (TopArzRejections.isDuplicate(refusedBecause)) {
            Optional<VenueOrder> existing = orderStatus(request.account(), request.uid());
            if (existing.isPresent()) {
                return existing.get();
            }
            // the id is taken, so an order exists that TopArz does not show yet: booked as rejected, its hold
            // would be released while it can fill; left open, the reconciliation finds it by this id
            throw new VenueCallException(VenueCallException.Kind.UNAVAILABLE, "toparz refused order " + request.uid()
                    + " as a duplicate client id but does not show an order with it yet; it is looked up again", true);
        }
        LOG.infof("toparz refused order %s%s", request.uid(), venueSays(refusedBecause));
        return VenueOrder.rejected(request, TopArzRejections.reasons(refusedBecause), clock.instant());
    }

    private static void refuseWhatTopArzCannotDo(OrderRequest request) throws VenueCallException {
        if (isTopArzId(request.uid())) {
            // a later cancel or status with it would name the TopArz order of that number, perhaps another of the account's
            throw VenueCallException.unsupported(ID, "take a client order id of digits only (" + request.uid()
                    + "): it would be read as TopArz's own order id; start it with a letter");
        }
        if (request.type() != OrderType.LIMIT && request.type() != OrderType.MARKET) {
            throw VenueCallException.unsupported(ID, "place " + request.type().wireName() + " orders");
        }
        SingleTimeInForce.require(ID, request, request.type() == OrderType.LIMIT
                ? TimeInForce.GOOD_TILL_CANCELED : TimeInForce.IMMEDIATE_OR_CANCEL);
    }

    @Override
    public Optional<VenueOrder> cancel(String account, String clientOrderId) throws VenueException {
        credentials.required(TOKEN);
        String call = "cancel";
        String asked = askedAs(clientOrderId);
        Optional<VenueOrder> cancelled = cancelled(calls.write(ORDERS, call, () -> api.cancel(asked)), call, account);
        if (cancelled.isPresent()) {
            return cancelled;
        }
        Optional<VenueOrder> known = orderStatus(account, clientOrderId);
        if (known.isEmpty() || !known.get().status().isOpen()) {
            return known;
        }
        String venueId = known.get().venueOrderId();
        VenueCalls.Reply byVenueId = calls.write(ORDERS, call, () -> api.cancel(venueId));
        return Optional.of(cancelled(byVenueId, call, account).orElseThrow(() -> refused(call, byVenueId)));
    }

    /** The order a cancel answered, or empty when TopArz refused it. */
    private Optional<VenueOrder> cancelled(VenueCalls.Reply reply, String call, String account)
            throws VenueCallException {
        if (!reply.ok()) {
            return Optional.empty();
        }
        TopArzEnvelope<TopArzOrderDetail> answer = envelope(reply.body(), DETAIL, call, true);
        if (Boolean.FALSE.equals(answer.succeed())) {
            return Optional.empty();
        }
        return Optional.of(order(present(answer.data(), call, true), call, true, account));
    }

    /**
     * Cancels every open order of one market ({@code DELETE /account/orders?symbol=}); TopArz
     * would cancel all markets without a symbol, which this never sends.
     *
     * @return the orders cancelled
     */
    public List<VenueOrder> cancelAll(String account, String symbol) throws VenueException {
        if (symbol == null || symbol.isBlank()) {
            throw new IllegalArgumentException("toparz cancel all: a symbol is required");
        }
        credentials.required(TOKEN);
        String call = "cancel all";
        String wire = TopArzSymbols.wire(symbol);
        VenueCalls.Reply reply = calls.write(ORDERS, call, () -> api.cancelAll(wire));
        if (!reply.ok()) {
            throw refused(call, reply);
        }
        TopArzCancelledOrders cancelled = data(reply.body(), CANCELLED, call, true);
        return adapt(call, true, () -> orders(cancelled.orders(), account));
    }

    @Override
    public Optional<VenueOrder> orderStatus(String account, String clientOrderId) throws VenueException {
        credentials.required(TOKEN);
        String call = "GET /api/v1/account/orders/{id}";
        String wire = clientIds.toWire(clientOrderId);
        String asked = askedAs(clientOrderId);
        VenueCalls.Reply reply = calls.read(ACCOUNT, call, () -> api.order(asked));
        if (reply.ok()) {
            TopArzEnvelope<TopArzOrderDetail> answer = envelope(reply.body(), DETAIL, call, false);
            TopArzOrderDetail detail = answer.data();
            if (!Boolean.FALSE.equals(answer.succeed()) && detail != null && detail.order() != null) {
                // an order without its id is a broken answer, not a sign that the order does not exist:
                // read as absent, reconciliation would close an order the venue holds as never placed
                if (detail.order().id() == null) {
                    throw TopArzAnswers.malformed(call, false, "the order has no id");
                }
                String commandId = detail.order().commandId();
                // an order placed elsewhere has no command_id: it is known here by its TopArz id
                if (wire.equals(commandId)
                        || (commandId == null || commandId.isBlank()) && clientOrderId.equals(detail.order().id())) {
                    return Optional.of(order(detail, call, false, account));
                }
            }
        }
        String filter = TopArzFilter.where("command_id", TopArzFilter.Op.EQ, wire).text();
        Optional<VenueOrder> active = find(ordersPage("GET /api/v1/account/orders/active",
                () -> api.activeOrders(filter, LIST_PAGE)), wire, account);
        if (active.isPresent()) {
            return active;
        }
        return find(ordersPage("GET /api/v1/account/orders", () -> api.orders(filter, LIST_PAGE)), wire, account);
    }

    /**
     * The id an order is asked for by: its {@code client_id}, or TopArz's own id for an order placed
     * elsewhere, which is known by that id (digits, never one of our ids, which start with a letter).
     */
    private String askedAs(String clientOrderId) {
        return isTopArzId(clientOrderId) ? clientOrderId : clientIds.toWire(clientOrderId);
    }

    private static boolean isTopArzId(String clientOrderId) {
        return !clientOrderId.isEmpty() && clientOrderId.chars().allMatch(Character::isDigit);
    }

    /** The order among {@code orders} placed with {@code wire} as its {@code client_id}. */
    private Optional<VenueOrder> find(List<TopArzOrder> orders, String wire, String account)
            throws VenueCallException {
        for (TopArzOrder order : orders) {
            if (order.id() == null) {
                throw TopArzAnswers.malformed("order lookup", false, "an order of the list has no id");
            }
            if (wire.equals(order.commandId())) {
                return Optional.of(adapt("order lookup", false,
                        () -> TopArzAccountAdapters.order(order, List.of(), account, symbols, clientIds)));
            }
        }
        return Optional.empty();
    }

    /** All active orders, paged by TopArz id ({@code filter=id>last}) while pages come back full. */
    @Override
    public List<VenueOrder> openOrders(String account) throws VenueException {
        credentials.required(TOKEN);
        String call = "GET /api/v1/account/orders/active";
        Map<String, TopArzOrder> all = new LinkedHashMap<>();
        String filter = null;
        Boolean newestFirst = null;
        for (int page = 0; page < MAX_LIST_PAGES; page++) {
            String pageFilter = filter;
            List<TopArzOrder> orders = ordersPage(call, () -> api.activeOrders(pageFilter, LIST_PAGE));
            int before = all.size();
            orders.forEach(order -> all.putIfAbsent(order.id(), order));
            if (orders.size() < LIST_PAGE || all.size() == before) {
                break;
            }
            List<BigInteger> ids = adapt(call, false, () -> orders.stream().map(o -> new BigInteger(o.id())).toList());
            if (newestFirst == null) {
                // the seed does not say in which order: follow the page the way it runs
                newestFirst = ids.get(0).compareTo(ids.get(ids.size() - 1)) > 0;
            }
            filter = newestFirst
                    ? TopArzFilter.where("id", TopArzFilter.Op.LT, ids.stream().min(BigInteger::compareTo).orElseThrow()).text()
                    : TopArzFilter.where("id", TopArzFilter.Op.GT, ids.stream().max(BigInteger::compareTo).orElseThrow()).text();
        }
        return adapt(call, false, () -> orders(new ArrayList<>(all.values()), account));
    }

    private List<VenueOrder> orders(List<TopArzOrder> orders, String account) {
        List<VenueOrder> result = new ArrayList<>();
        for (TopArzOrder order : orders) {
            result.add(TopArzAccountAdapters.order(order, List.of(), account, symbols, clientIds));
        }
        return result;
    }

    private List<TopArzOrder> ordersPage(String call, VenueCalls.Http http) throws VenueException {
        return data(readBody(ACCOUNT, call, http), ORDER_LIST, call, false);
    }

    /**
     * Own trades after {@code cursor} (a TopArz trade id), {@value #LIST_PAGE} at a time. The seed
     * does not say in which order a page comes: a full page whose ids fall is the newest trades,
     * and moving the cursor past it would skip those between the cursor and it for good, so the
     * pages under it are read down to the cursor first (each bounded by {@code id<} the lowest seen).
     */
    @Override
    public TradePage ownTrades(String account, String cursor) throws VenueException {
        credentials.required(TOKEN);
        if (cursor != null && !cursor.matches("\\d+")) {
            throw new IllegalArgumentException("toparz trade cursor '" + cursor + "' is not a trade id");
        }
        String call = "GET /api/v1/account/trades";
        List<TopArzTrade> page = tradesBetween(call, cursor, null);
        if (cursor == null || page.size() < LIST_PAGE
                || !adapt(call, false, () -> TopArzAccountAdapters.newestFirst(page))) {
            warnOfUnattributed(page);
            return adapt(call, false, () -> TopArzAccountAdapters.tradePage(page, cursor, LIST_PAGE, symbols, clientIds));
        }
        List<TopArzTrade> all = new ArrayList<>(page);
        List<TopArzTrade> older = page;
        for (int pages = 1; older.size() >= LIST_PAGE; pages++) {
            String lowest = adapt(call, false, () -> TopArzAccountAdapters.lowestId(all));
            List<TopArzTrade> below = pages == MAX_TRADE_PAGES ? List.of() : tradesBetween(call, cursor, lowest);
            if (pages == MAX_TRADE_PAGES || !adapt(call, false, () -> TopArzAccountAdapters.allBelow(below, lowest))) {
                // recorded as far as read, and said: a cursor that never moved would record no trade again
                LOG.errorf("toparz own trades between %s and %s may be missing: %s", cursor, lowest, pages == MAX_TRADE_PAGES
                        ? "more than " + MAX_TRADE_PAGES * LIST_PAGE + " came newest first" : "the venue ignored id<" + lowest);
                break;
            }
            all.addAll(below);
            older = below;
        }
        warnOfUnattributed(all);
        return adapt(call, false, () -> TopArzAccountAdapters.tradePage(all, cursor, Integer.MAX_VALUE, symbols, clientIds));
    }

    /** Trades that name no order are passed over ({@link TopArzAccountAdapters#tradePage}); the log says which. */
    private static void warnOfUnattributed(List<TopArzTrade> trades) {
        List<String> ids = trades.stream().filter(trade -> !TopArzAccountAdapters.attributable(trade))
                .map(TopArzTrade::id).toList();
        if (!ids.isEmpty()) {
            LOG.warnf("toparz own trades %s name no order (order_command_id): not the bot's, passed over", ids);
        }
    }

    /** One page of own trades with an id above {@code above} (if given) and below {@code below} (if given). */
    private List<TopArzTrade> tradesBetween(String call, String above, String below) throws VenueException {
        TopArzFilter filter = above == null ? null : TopArzFilter.where("id", TopArzFilter.Op.GT, above);
        if (below != null) {
            filter = filter == null ? TopArzFilter.where("id", TopArzFilter.Op.LT, below)
                    : filter.and("id", TopArzFilter.Op.LT, below);
        }
        String text = filter == null ? null : filter.text();
        return data(readBody(ACCOUNT, call, () -> api.trades(text, LIST_PAGE)), TRADES, call, false);
    }

    private VenueOrder order(TopArzOrderDetail detail, String call, boolean write, String account)
            throws VenueCallException {
        TopArzOrder order = present(detail.order(), call, write);
        return adapt(call, write, () -> TopArzAccountAdapters.order(order, detail.trades(), account, symbols, clientIds));
    }
}
