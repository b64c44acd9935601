package io.tradewind.exchange.negociecoins;

import io.tradewind.exchange.VenueHttpError;
import static io.tradewind.exchange.negociecoins.NegocieCoinsAnswers.read;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.tradewind.domain.Balance;
import io.tradewind.domain.Instrument;
import io.tradewind.domain.OrderRequest;
import io.tradewind.domain.OrderType;
import io.tradewind.domain.TimeInForce;
import io.tradewind.exchange.CandlePage;
import io.tradewind.exchange.OrderNotFound;
import io.tradewind.exchange.PublicTrade;
import io.tradewind.exchange.RestClients;
import io.tradewind.exchange.SingleTimeInForce;
import io.tradewind.exchange.VenueAnswers;
import io.tradewind.exchange.VenueCallException;
import io.tradewind.exchange.VenueCallException.Kind;
import io.tradewind.exchange.VenueCalls;
import io.tradewind.exchange.VenueCapability;
import io.tradewind.exchange.VenueCredentials;
import io.tradewind.exchange.VenueFailures;
import io.tradewind.exchange.VenueSettings;
import io.tradewind.exchange.VenueWithoutClientOrderIds;
import io.tradewind.execution.TradePage;
import io.tradewind.execution.VenueException;
import io.tradewind.execution.VenueOrder;
import io.tradewind.marketdata.Candle;
import io.tradewind.marketdata.DepthSnapshot;
import io.tradewind.marketdata.Resolution;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.logging.Logger;

/**
 * The NegocieCoins connector ({@code https://broker.negociecoins.com.br}, seed {@code 002_…} in
 * Portuguese).
 *
 * <ul>
 *   <li>Signing: the AMX header ({@link NegocieCoinsSignature}) on every Trade API call, with
 *       {@code TRADEWIND_NEGOCIECOINS_APP_ID} and {@code TRADEWIND_NEGOCIECOINS_API_KEY}.
 *   <li>Orders: limit, good till cancelled, only ({@code price} and {@code volume}); no market,
 *       stop or expiring orders.
 *   <li>No client order ids: NegocieCoins does not deduplicate placements, so a placement is never
 *       sent again once it may have reached the venue, and one whose answer was lost is found by
 *       {@link #findPlacement}. Orders are looked up and cancelled by NegocieCoins' id; orders it
 *       lists that we cannot attribute carry {@link VenueOrder#venueKeyed} ids.
 *   <li>Market data: order book and public trades; candles are built from public trades
 *       ({@link NegocieCoinsCandles}), one window of at least an hour per page.
 *   <li>Rate limit: none documented; one call a second by default for all calls together. A
 *       {@code 429} pauses the venue for its {@code Retry-After}, else for a minute.
 *   <li>Instruments: the API lists no markets, so they come from configuration (symbols, grid,
 *       fees), see {@link NegocieCoinsVenueFactory}.
 *   <li>Not offered: own trades as a feed (executions come with each order as its
 *       {@code operations}); the public ticker is not used (no domain call needs it).
 * </ul>
 */
public final class NegocieCoinsVenue extends VenueWithoutClientOrderIds {

    static final String ID = "negociecoins";
    /** Credential names: {@code TRADEWIND_NEGOCIECOINS_APP_ID}, {@code TRADEWIND_NEGOCIECOINS_API_KEY}. */
    static final String APP_ID = "app_id";
    static final String API_KEY = "api_key";
    /** "Usar 1 para a NegocieCoins." */
    static final int BROKER_ID = 1;
    static final int PAGE_SIZE = 100;
    /** The one rate-limit group: NegocieCoins documents no limits, so all calls share one pace. */
    private static final String ALL = "all";
    private static final int MAX_PAGES = 20;
    /** A candle page covers at least this many seconds of trades (one bucket at least). */
    private static final long WINDOW_SECONDS = 3600;
    private static final List<String> OPEN = List.of("pending", "partially filled");
    /** "type", a filter the seed marks required: open orders are listed one side at a time. */
    private static final List<String> SIDES = List.of("buy", "sell");
    /** The required "startDate" where any date will do: before the seed's oldest example (2015-09-10). */
    private static final String FIRST_DAY = "2015-01-01";
    /** The required "startId" and "endId" where any order will do ("Inteiro": a 32-bit whole number). */
    private static final long FIRST_ID = 1;
    private static final long LAST_ID = Integer.MAX_VALUE;
    private static final List<String> HISTORY = List.of("filled", "cancelled", "rejected");
    private static final String BALANCE = "GET /tradeapi/v1/user/balance";
    private static final Logger LOG = Logger.getLogger(NegocieCoinsVenue.class);

    /** Orders whose fees were warned of: reconciliation reads an order again and again. */
    private final Set<String> feesWarnedOf = ConcurrentHashMap.newKeySet();

    private final NegocieCoinsPublicApi publicApi;
    private final NegocieCoinsTradeApi api;
    private final VenueCredentials credentials;
    private final NegocieCoinsOptions options;
    private final VenueCalls calls;
    private final Clock clock;

    NegocieCoinsVenue(VenueSettings settings, NegocieCoinsOptions options, Clock clock) {
        this.credentials = settings.credentials();
        this.options = options;
        this.clock = clock;
        this.publicApi = RestClients.build(NegocieCoinsPublicApi.class, settings, new VenueHttpError.Mapper());
        this.api = RestClients.build(NegocieCoinsTradeApi.class, settings, new VenueHttpError.Mapper(),
                new NegocieCoinsAuthFilter(credentials.optional(APP_ID), credentials.optional(API_KEY), clock));
        this.calls = VenueCalls.of(ID, settings, clock, limits -> limits.limit(ALL, options.calls(), options.period()));
    }

    @Override
    public String venue() {
        return ID;
    }

    @Override
    public Set<VenueCapability> capabilities() {
        return EnumSet.of(VenueCapability.INSTRUMENTS, VenueCapability.CANDLES, VenueCapability.DEPTH, VenueCapability.RECENT_TRADES,
                VenueCapability.BALANCES, VenueCapability.PLACE, VenueCapability.CANCEL,
                VenueCapability.ORDER_STATUS, VenueCapability.OPEN_ORDERS);
    }

    /** No list of own trades: executions come inside each order's report. */
    @Override
    public boolean listsOwnTrades() {
        return false;
    }

    // ---------------------------------------------------------------- market data

    /**
     * The configured markets ({@code tradewind.venues.negociecoins.symbols}) with the configured
     * grid and fees: the API has no markets call, so nothing is asked of the venue.
     */
    @Override
    public List<Instrument> instruments() {
        return options.markets().instruments();
    }

    /**
     * Candles from public trades: one window of whole buckets, at least an hour long, per page;
     * only closed buckets. The seed does not say whether {@code /trades/{from}/{to}} caps its
     * answer; a window that short keeps each answer small.
     */
    @Override
    public CandlePage candles(String symbol, Resolution resolution, Instant from, Instant to) throws VenueException {
        Instant start = alignUp(resolution, from);
        Instant end = min(alignUp(resolution, to), resolution.bucketStart(clock.instant()));
        if (!start.isBefore(end)) {
            return new CandlePage(List.of(), null);
        }
        long buckets = Math.max(1, WINDOW_SECONDS / resolution.seconds());
        Instant windowEnd = min(start.plusSeconds(buckets * resolution.seconds()), end);
        String call = "GET /api/v3/{pair}/trades/{from}/{to}";
        String pair = NegocieCoinsSymbols.publicPair(symbol);
        String body = readBody(call, () -> publicApi.trades(pair, start.getEpochSecond(),
                windowEnd.getEpochSecond()));
        List<Candle> candles = read(call, false, () -> NegocieCoinsCandles.candles(
                NegocieCoinsAdapters.publicTrades(NegocieCoinsJson.list(body, NegocieCoinsDtos.Trade.class), symbol),
                resolution, start, windowEnd));
        return new CandlePage(candles, windowEnd.isBefore(end) ? windowEnd : null);
    }

    private static Instant alignUp(Resolution resolution, Instant time) {
        Instant start = resolution.bucketStart(time);
        return start.equals(time) ? start : start.plus(resolution.duration());
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    @Override
    public DepthSnapshot depth(String symbol) throws VenueException {
        String call = "GET /api/v3/{pair}/orderbook";
        String pair = NegocieCoinsSymbols.publicPair(symbol);
        String body = readBody(call, () -> publicApi.orderBook(pair));
        return read(call, false, () -> NegocieCoinsAdapters.depth(
                NegocieCoinsJson.read(body, NegocieCoinsDtos.Book.class), symbol, clock.instant()));
    }

    @Override
    public List<PublicTrade> recentTrades(String symbol) throws VenueException {
        String call = "GET /api/v3/{pair}/trades";
        String pair = NegocieCoinsSymbols.publicPair(symbol);
        String body = readBody(call, () -> publicApi.trades(pair));
        return read(call, false, () -> NegocieCoinsAdapters.publicTrades(
                NegocieCoinsJson.list(body, NegocieCoinsDtos.Trade.class), symbol));
    }

    /** A read; a refusal throws {@code REFUSED} with the venue's words. */
    private String readBody(String call, VenueCalls.Http http) throws VenueException {
        VenueCalls.Reply reply = calls.read(ALL, call, http);
        if (!reply.ok()) {
            throw NegocieCoinsAnswers.refused(call, reply);
        }
        return reply.body();
    }

    // ---------------------------------------------------------------- trading

    private void requireCredentials() throws VenueCallException {
        credentials.required(APP_ID);
        if (!NegocieCoinsSignature.isKey(credentials.required(API_KEY))) {
            // found here, not while signing: there it was a failure of the connection, "maybe placed"
            throw new VenueCallException(Kind.AUTHENTICATION, ID + ": " + VenueCredentials.variable(ID, API_KEY)
                    + " is not base64, as NegocieCoins gives its API keys; copy the key again", false);
        }
    }

    @Override
    public List<Balance> balances(String account) throws VenueException {
        requireCredentials();
        String body = readBody(BALANCE, api::balance);
        return read(BALANCE, false, () -> NegocieCoinsAdapters.balances(
                NegocieCoinsJson.map(body, NegocieCoinsDtos.Balance.class)));
    }

    @Override
    public VenueOrder place(OrderRequest request) throws VenueException {
        refuseWhatNegocieCoinsCannotDo(request);
        requireCredentials();
        if (options.userId() == null) {
            throw new VenueCallException(Kind.AUTHENTICATION, ID + ": set tradewind.venues.negociecoins.user-id (the"
                    + " userID every order carries) to place orders", false);
        }
        String call = "place";
        String body = NegocieCoinsJson.write(new NegocieCoinsDtos.NewOrder(BROKER_ID, options.userId(),
                NegocieCoinsSymbols.tradePair(request.symbol()), NegocieCoinsAdapters.wireSide(request.side()),
                request.quantity(), request.price()));
        VenueCalls.Reply reply = calls.write(ALL, call, () -> api.place(body));
        if (reply.ok()) {
            List<NegocieCoinsDtos.Order> answer = read(call, true,
                    () -> NegocieCoinsJson.list(reply.body(), NegocieCoinsDtos.Order.class));
            if (answer.isEmpty()) {
                throw NegocieCoinsAnswers.malformed(call, true, "no order in the answer");
            }
            return read(call, true, () -> adapted(answer.get(0), request.uid(), request.account()));
        }
        if (reply.status() == 404) {
            // no order endpoint at this server: nothing was placed, and nothing was rejected either
            throw NegocieCoinsAnswers.refused(call, reply);
        }
        String said = NegocieCoinsJson.message(reply.body());
        LOG.infof("negociecoins refused order %s (HTTP %d)%s", request.uid(), reply.status(),
                VenueAnswers.venueSays(said));
        return VenueOrder.rejected(request, NegocieCoinsRejections.reasons(said), clock.instant());
    }

    private static void refuseWhatNegocieCoinsCannotDo(OrderRequest request) throws VenueCallException {
        if (request.type() != OrderType.LIMIT) {
            throw VenueCallException.unsupported(ID, "place " + request.type().wireName() + " orders (only limit)");
        }
        SingleTimeInForce.require(ID, request, TimeInForce.GOOD_TILL_CANCELED);
    }

    /** {@code GET /user/order/{orderId}}; an id NegocieCoins does not know answers {@code 404} ({@link #knowsNoSuchOrder}). */
    @Override
    protected Optional<VenueOrder> statusByVenueId(String account, String clientOrderId, String venueOrderId)
            throws VenueException {
        requireCredentials();
        String call = "GET /tradeapi/v1/user/order/{orderId}";
        VenueCalls.Reply reply = calls.read(ALL, call, () -> api.order(venueOrderId));
        if (knowsNoSuchOrder(call, reply)) {
            return Optional.empty();
        }
        if (!reply.ok()) {
            throw NegocieCoinsAnswers.refused(call, reply);
        }
        return first(call, false, reply.body(), clientOrderId, account);
    }

    /** {@code DELETE /user/order/{id}}, refused for an order that is no longer open. */
    @Override
    protected Optional<VenueOrder> cancelByVenueId(String account, String clientOrderId, String venueOrderId)
            throws VenueException {
        requireCredentials();
        String call = "cancel";
        VenueCalls.Reply reply = calls.write(ALL, call, () -> api.cancel(venueOrderId));
        if (knowsNoSuchOrder(call, reply)) {
            return Optional.empty();
        }
        if (reply.ok()) {
            return first(call, true, reply.body(), clientOrderId, account);
        }
        return endedOrRefused(account, clientOrderId, venueOrderId, NegocieCoinsAnswers.refused(call, reply));
    }

    /**
     * Whether a call's {@code 404} for one order id means NegocieCoins knows no such order. Its words
     * may say so; but the seed documents no error body, so an empty body or a bare {@code Not Found}
     * may be its answer as well as a server's that has no such path. Such an ambiguous 404 is the
     * order's only if NegocieCoins answers the balances, signed alike, at this base URL: read as "no
     * such order" at a wrong base URL, a lost placement would look never placed.
     *
     * @throws VenueCallException {@link VenueFailures#notTheVenue} for a 404 that is recognisably not
     *                            NegocieCoins', or when the balances are not answered either; a
     *                            failure of the balances call itself (down, slow, the key) as it is,
     *                            deciding nothing
     */
    private boolean knowsNoSuchOrder(String call, VenueCalls.Reply reply) throws VenueException {
        return OrderNotFound.on404(ID, call, reply, NegocieCoinsAnswers::unknownOrder, NegocieCoinsAnswers::foreign, this::answersAsTheVenue);
    }

    /** {@code GET /user/balance}, which NegocieCoins answers with the balances by asset at its base URL. */
    private boolean answersAsTheVenue() throws VenueException {
        VenueCalls.Reply reply = calls.read(ALL, BALANCE, api::balance);
        if (!reply.ok()) {
            return false;
        }
        try {
            return NegocieCoinsJson.map(reply.body(), NegocieCoinsDtos.Balance.class) != null;
        } catch (JsonProcessingException e) {
            return false;
        }
    }

    private Optional<VenueOrder> first(String call, boolean write, String body, String clientOrderId,
            String account) throws VenueCallException {
        List<NegocieCoinsDtos.Order> orders = read(call, write,
                () -> NegocieCoinsJson.list(body, NegocieCoinsDtos.Order.class));
        if (orders.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(read(call, write, () -> adapted(orders.get(0), clientOrderId, account)));
    }

    /** The pending and partially filled orders of every configured market, venue-keyed. */
    @Override
    public List<VenueOrder> openOrders(String account) throws VenueException {
        requireCredentials();
        List<VenueOrder> open = new ArrayList<>();
        for (String symbol : options.markets().symbols()) {
            for (String status : OPEN) {
                for (String side : SIDES) {
                    for (NegocieCoinsDtos.Order order : orders(symbol, side, status, FIRST_DAY)) {
                        open.add(read("user/orders", false, () -> adapted(order,
                                VenueOrder.venueKeyed(order.id()), account)));
                    }
                }
            }
        }
        return open;
    }

    /** The order as ours, with a warning (once an order) when its operations' fees and its own disagree. */
    private VenueOrder adapted(NegocieCoinsDtos.Order order, String clientOrderId, String account) {
        VenueOrder adapted = NegocieCoinsAdapters.order(order, clientOrderId, account);
        String disagreement = NegocieCoinsAdapters.feeDisagreement(order, adapted);
        if (disagreement != null && feesWarnedOf.add(order.id())) {
            LOG.warnf("%s: %s", ID, disagreement);
        }
        return adapted;
    }

    @Override
    public TradePage ownTrades(String account, String cursor) throws VenueException {
        throw VenueCallException.unsupported(ID, "list own trades (they come with each order's operations)");
    }

    /**
     * The order a placement whose answer was lost created: same market, side, price and quantity
     * (NegocieCoins has limit orders only), created at or after {@code since} (the venue's times
     * have whole seconds), not claimed; open orders first, then the history. Of several, the
     * earliest.
     */
    @Override
    public Optional<VenueOrder> findPlacement(OrderRequest request, Instant since, Set<String> claimed)
            throws VenueException {
        requireCredentials();
        Instant from = since.truncatedTo(ChronoUnit.SECONDS);
        Optional<NegocieCoinsDtos.Order> found = openThenHistory(() -> earliestPlaced(request, OPEN, from, claimed),
                () -> earliestPlaced(request, HISTORY, from, claimed));
        if (found.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(read("user/orders", false,
                () -> adapted(found.get(), request.uid(), request.account())));
    }

    /** Of the orders in these statuses, the earliest the placement may have created. */
    private Optional<NegocieCoinsDtos.Order> earliestPlaced(OrderRequest request, List<String> statuses, Instant from,
            Set<String> claimed) throws VenueException {
        String startDate = LocalDate.ofInstant(from, NegocieCoinsAdapters.VENUE_ZONE).toString();
        String side = NegocieCoinsAdapters.wireSide(request.side());
        NegocieCoinsDtos.Order earliest = null;
        for (String status : statuses) {
            for (NegocieCoinsDtos.Order order : orders(request.symbol(), side, status, startDate)) {
                if (sameOrder(order, request) && !claimed.contains(order.id()) && !created(order).isBefore(from)
                        && (earliest == null || created(order).isBefore(created(earliest)))) {
                    earliest = order;
                }
            }
        }
        return Optional.ofNullable(earliest);
    }

    private static Instant created(NegocieCoinsDtos.Order order) throws VenueCallException {
        return read("user/orders", false, () -> NegocieCoinsAdapters.time(order.created()));
    }

    /** The side was filtered by the venue already; checked again, with the rest, here. */
    private static boolean sameOrder(NegocieCoinsDtos.Order order, OrderRequest request) {
        return NegocieCoinsSymbols.tradePair(request.symbol()).equalsIgnoreCase(order.pair())
                && NegocieCoinsAdapters.wireSide(request.side()).equalsIgnoreCase(order.type())
                && order.price() != null && order.price().compareTo(request.price()) == 0
                && order.quantity() != null && order.quantity().compareTo(request.quantity()) == 0;
    }

    /**
     * "user / orders" of one market, side and status created from {@code startDate}, every page
     * ({@value #PAGE_SIZE} a page, from page 1). The seed marks every filter required, so each is
     * sent: any id, and up to tomorrow in the venue's zone (so that no order of today is left out).
     * Past {@value #MAX_PAGES} full pages the call fails: a list cut short would let reconciliation take a
     * lost placement for one never placed, or miss an open order.
     */
    private List<NegocieCoinsDtos.Order> orders(String symbol, String side, String status, String startDate)
            throws VenueException {
        String call = "POST /tradeapi/v1/user/orders";
        String endDate = LocalDate.ofInstant(clock.instant(), NegocieCoinsAdapters.VENUE_ZONE).plusDays(1).toString();
        List<NegocieCoinsDtos.Order> all = new ArrayList<>();
        for (int page = 1; page <= MAX_PAGES; page++) {
            String body = NegocieCoinsJson.write(new NegocieCoinsDtos.OrderFilters(page, PAGE_SIZE,
                    NegocieCoinsSymbols.tradePair(symbol), side, status, FIRST_ID, LAST_ID, startDate, endDate));
            String answer = readBody(call, () -> api.orders(body));
            List<NegocieCoinsDtos.Order> orders = read(call, false,
                    () -> NegocieCoinsJson.list(answer, NegocieCoinsDtos.Order.class));
            all.addAll(orders);
            if (orders.size() < PAGE_SIZE) {
                return all;
            }
        }
        throw VenueCallException.unsupported(ID, String.format(Locale.ROOT, "list more than %,d %s %s orders of %s"
                + " created since %s in one call (%d pages of %d): the list would be cut short", MAX_PAGES * PAGE_SIZE,
                status, side, symbol, startDate, MAX_PAGES, PAGE_SIZE));
    }
}
