package io.tradewind.exchange.nami;

import io.tradewind.exchange.VenueHttpError;
import static io.tradewind.exchange.nami.NamiAnswers.adapt;
import static io.tradewind.exchange.nami.NamiAnswers.data;

import com.fasterxml.jackson.databind.JsonNode;
import io.tradewind.domain.Balance;
import io.tradewind.domain.Instrument;
import io.tradewind.domain.OrderRequest;
import io.tradewind.domain.OrderType;
import io.tradewind.domain.RejectionReason;
import io.tradewind.domain.TimeInForce;
import io.tradewind.exchange.CandlePage;
import io.tradewind.exchange.PublicTrade;
import io.tradewind.exchange.RestClients;
import io.tradewind.exchange.SecretMask;
import io.tradewind.exchange.SingleTimeInForce;
import io.tradewind.exchange.VenueCallException;
import io.tradewind.exchange.VenueCalls;
import io.tradewind.exchange.VenueCapability;
import io.tradewind.exchange.VenueCredentials;
import io.tradewind.exchange.VenueSettings;
import io.tradewind.exchange.VenueWithoutClientOrderIds;
import io.tradewind.execution.TradePage;
import io.tradewind.execution.VenueException;
import io.tradewind.execution.VenueOrder;
import io.tradewind.marketdata.Candle;
import io.tradewind.marketdata.DepthSnapshot;
import io.tradewind.marketdata.Resolution;
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
import java.util.function.Predicate;
import org.jboss.logging.Logger;

/**
 * The Nami connector ({@code https://nami.exchange}, seed {@code 004_…}).
 *
 * <ul>
 *   <li>Signing: {@link NamiSigner}; the key goes in {@code x-api-key}
 *       ({@code TRADEWIND_NAMI_API_KEY}, {@code TRADEWIND_NAMI_API_SECRET}).
 *   <li>Client ids: Nami has none. The placement answer is reported under our uid; every other
 *       report under {@link VenueOrder#venueKeyed} of Nami's {@code displayingId}, which the
 *       execution service maps back. A placement is never sent twice: one whose answer is lost
 *       fails as "may have taken effect" and is resolved by {@link #findPlacement}.
 *   <li>No single-order call: status and cancel find the order by its Nami id in the open orders,
 *       then in the history. No trade list: an order that ended carries its whole execution as one
 *       trade at the average price (see {@link NamiAccountAdapters#order}).
 *   <li>Orders: limit and stop-limit good-till-cancelled, market immediate (sized by quantity or,
 *       for a buy, by the quote amount: {@code useQuoteQty}/{@code quoteOrderQty}); no stop-market,
 *       no expiry.
 *   <li>Rate limit: about 60 calls a minute for all calls; a {@code 429} pauses the venue for its
 *       {@code Retry-After}, else for a minute.
 * </ul>
 */
public final class NamiVenue extends VenueWithoutClientOrderIds {

    static final String ID = "nami";
    static final String API_KEY = "api_key";
    static final String API_SECRET = "api_secret";
    static final String BROKER = "NAMI_SPOT";
    /** The one rate-limit group: Nami documents about 60 calls a minute in all. */
    private static final String ALL = "all";
    private static final Logger LOG = Logger.getLogger(NamiVenue.class);

    private final NamiPublicApi publicApi;
    private final NamiPrivateApi api;
    private final VenueCredentials credentials;
    private final NamiOptions options;
    private final VenueCalls calls;
    private final NamiSymbols symbols = new NamiSymbols();
    private final Clock clock;

    NamiVenue(VenueSettings settings, NamiOptions options, Clock clock) {
        this.credentials = settings.credentials();
        this.options = options;
        this.clock = clock;
        this.publicApi = RestClients.build(NamiPublicApi.class, settings, new VenueHttpError.Mapper());
        this.api = RestClients.build(NamiPrivateApi.class, settings, new VenueHttpError.Mapper(),
                new NamiApiKey(credentials.optional(API_KEY).orElse(null)));
        this.calls = VenueCalls.of(ID, settings, clock,
                limits -> limits.limit(ALL, options.callsPerMinute(), Duration.ofMinutes(1)));
    }

    @Override
    public String venue() {
        return ID;
    }

    @Override
    public Set<VenueCapability> capabilities() {
        return EnumSet.of(VenueCapability.INSTRUMENTS, VenueCapability.CANDLES, VenueCapability.DEPTH,
                VenueCapability.BALANCES, VenueCapability.PLACE, VenueCapability.CANCEL, VenueCapability.ORDER_STATUS,
                VenueCapability.OPEN_ORDERS, VenueCapability.STOP_ORDERS);
    }

    /** No list of own trades: executions come inside each order's report. */
    @Override
    public boolean listsOwnTrades() {
        return false;
    }

    // ---------------------------------------------------------------- market data

    @Override
    public List<Instrument> instruments() throws VenueException {
        String call = "GET /api/v3/spot/config";
        JsonNode data = data(calls.read(ALL, call, publicApi::config), call, false);
        List<JsonNode> listed = adapt(call, false, () -> NamiMarketAdapters.configSymbols(data));
        List<Instrument> instruments = new ArrayList<>();
        for (JsonNode symbol : listed) {
            learnAssets(symbol);
            try {
                Instrument instrument = NamiMarketAdapters.instrument(symbol, options.makerFee(), options.takerFee());
                symbols.learn(instrument);
                instruments.add(instrument);
            } catch (RuntimeException e) {
                LOG.warnf("nami symbol %s left out: %s", NamiJson.text(symbol, "symbol"), SecretMask.mask(e.getMessage()));
            }
        }
        return instruments;
    }

    /** The config's asset table: each symbol names its base and quote asset with their ids. */
    private void learnAssets(JsonNode symbol) {
        for (String side : List.of("base", "quote")) {
            String id = NamiJson.text(symbol, side + "AssetId");
            String asset = NamiJson.text(symbol, side + "Asset");
            if (id != null && asset != null) {
                symbols.learnAsset(id, asset.toUpperCase(java.util.Locale.ROOT));
            }
        }
    }

    @Override
    public CandlePage candles(String symbol, Resolution resolution, Instant from, Instant to) throws VenueException {
        String name = NamiMarketAdapters.resolution(resolution);
        if (name == null) {
            throw VenueCallException.unsupported(ID, "serve " + resolution.label() + " candles");
        }
        if (!from.isBefore(to)) {
            return new CandlePage(List.of(), null);
        }
        String call = "GET /api/v1/chart/history";
        String wire = NamiSymbols.wire(symbol);
        JsonNode rows = data(calls.read(ALL, call, () -> publicApi.chartHistory(wire, name, from.getEpochSecond(),
                to.getEpochSecond(), BROKER)), call, false);
        Instant now = clock.instant();
        List<Candle> candles = adapt(call, false, () -> NamiMarketAdapters.candles(rows, resolution, from, to, now));
        return CandlePage.upTo(to, candles, resolution, now);
    }

    @Override
    public DepthSnapshot depth(String symbol) throws VenueException {
        String call = "GET /api/v3/spot/depth";
        String canonical = symbols.canonical(symbol);
        String wire = NamiSymbols.wire(symbol);
        JsonNode book = data(calls.read(ALL, call, () -> publicApi.depth(wire)), call, false);
        return adapt(call, false, () -> NamiMarketAdapters.depth(book, canonical, clock.instant()));
    }

    @Override
    public List<PublicTrade> recentTrades(String symbol) throws VenueCallException {
        throw VenueCallException.unsupported(ID, "list public trades (no such call is documented)");
    }

    // ---------------------------------------------------------------- trading

    @Override
    public List<Balance> balances(String account) throws VenueException {
        NamiSigner signer = signer();
        if (!symbols.knowsAssets()) {
            instruments();
        }
        String call = "GET /api/v4/user/balance";
        JsonNode data = data(calls.read(ALL, call, () -> {
            Map<String, Object> signed = signer.sign(Map.of("type", 0), clock.millis());
            return api.balance(0, (Long) signed.get("timestamp"), (String) signed.get("signature"));
        }), call, false);
        List<String> unnamed = new ArrayList<>();
        List<Balance> balances = adapt(call, false, () -> NamiAccountAdapters.balances(data, symbols, unnamed));
        if (!unnamed.isEmpty()) {
            LOG.warnf("nami balances of asset ids %s left out: the spot config names no such asset", unnamed);
        }
        return balances;
    }

    @Override
    public VenueOrder place(OrderRequest request) throws VenueException {
        refuseWhatNamiCannotDo(request);
        List<RejectionReason> refusal = NamiAccountAdapters.refusal(request);
        if (refusal != null) {
            return VenueOrder.rejected(request, refusal, clock.instant());
        }
        NamiSigner signer = signer();
        String call = "place";
        Map<String, Object> params = NamiAccountAdapters.placeParams(request, NamiSymbols.wire(request.symbol()));
        VenueCalls.Reply reply = calls.write(ALL, call, () -> api.place(NamiJson.write(signer.sign(params, clock.millis()))));
        NamiAnswers.BrokerError error = NamiAnswers.error(reply, call);
        if (error != null) {
            LOG.infof("nami refused order %s%s", request.uid(), error.says());
            return VenueOrder.rejected(request, NamiAccountAdapters.reasons(error.message()), clock.instant());
        }
        JsonNode order = data(reply, call, true);
        return adapt(call, true, () -> NamiAccountAdapters.order(order, request.uid(), request.account(), symbols,
                clock.instant()));
    }

    private static void refuseWhatNamiCannotDo(OrderRequest request) throws VenueCallException {
        if (request.type() == OrderType.STOP_MARKET) {
            throw VenueCallException.unsupported(ID, "place stop-market orders");
        }
        SingleTimeInForce.require(ID, request, request.type() == OrderType.MARKET
                ? TimeInForce.IMMEDIATE_OR_CANCEL : TimeInForce.GOOD_TILL_CANCELED);
    }

    /**
     * Finds the order by its Nami id (the close call needs its symbol) and closes it if it is
     * open; an order that already ended answers its final state. When Nami refuses the close, the
     * order is looked up again: it may have filled meanwhile.
     */
    @Override
    protected Optional<VenueOrder> cancelByVenueId(String account, String clientOrderId, String venueOrderId)
            throws VenueException {
        NamiSigner signer = signer();
        Optional<JsonNode> open = byId(openOrderNodes(), venueOrderId);
        if (open.isEmpty()) {
            return statusByVenueId(account, clientOrderId, venueOrderId);
        }
        String call = "cancel";
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("symbol", NamiJson.requiredText(open.get(), "symbol"));
        params.put("displayingId", venueOrderId);
        params.put("allowNotification", false);
        VenueCalls.Reply reply = calls.write(ALL, call, () -> api.cancel(NamiJson.write(signer.sign(params, clock.millis()))));
        NamiAnswers.BrokerError error = NamiAnswers.error(reply, call);
        if (error == null) {
            JsonNode order = data(reply, call, true);
            return Optional.of(adapt(call, true, () -> NamiAccountAdapters.order(order, clientOrderId, account, symbols,
                    clock.instant())));
        }
        return endedOrRefused(account, clientOrderId, venueOrderId, NamiAnswers.refused(call, reply, error));
    }

    /**
     * No single-order call: the order with this Nami id among the open orders, then in the history.
     * The history is one page of the newest ended orders: an order older than all of them may have
     * ended (filled) before them. "Unknown" would close it as vanished, and at Nami its execution
     * comes only with the order, so the fill would never be recorded: the question stays open
     * instead, said.
     */
    @Override
    protected Optional<VenueOrder> statusByVenueId(String account, String clientOrderId, String venueOrderId)
            throws VenueException {
        signer();
        List<List<JsonNode>> history = new ArrayList<>();
        Optional<JsonNode> found = openThenHistory(() -> byId(openOrderNodes(), venueOrderId), () -> {
            history.add(historyNodes());
            return byId(history.get(0), venueOrderId);
        });
        if (found.isEmpty()) {
            if (!adapt("order lookup", false, () -> NamiAccountAdapters.historyReaches(history.get(0), venueOrderId))) {
                throw new VenueCallException(VenueCallException.Kind.MALFORMED_ANSWER, "nami order " + venueOrderId
                        + " is neither open nor in the page of history Nami answers, whose orders are all newer:"
                        + " whether it filled cannot be told; it stays open, its funds held, and is asked again", false);
            }
            return Optional.empty();
        }
        JsonNode order = found.get();
        return Optional.of(adapt("order lookup", false, () -> NamiAccountAdapters.order(order, clientOrderId, account,
                symbols, clock.instant())));
    }

    @Override
    public Optional<VenueOrder> findPlacement(OrderRequest request, Instant since, Set<String> claimed)
            throws VenueException {
        signer();
        String wire = NamiSymbols.wire(request.symbol());
        Predicate<JsonNode> placed = order -> NamiAccountAdapters.samePlacement(order, request, wire, since, claimed);
        List<JsonNode> open = openOrderNodes();
        List<List<JsonNode>> history = new ArrayList<>();
        Optional<JsonNode> found = openThenHistory(() -> first(open, "find placement", placed), () -> {
            history.add(historyNodes());
            return first(history.get(0), "find placement", placed);
        });
        if (found.isEmpty()) {
            refuseToTellUntimed(open, request, wire, claimed);
            if (!adapt("find placement", false, () -> NamiAccountAdapters.historyReachesBack(history.get(0), since))) {
                // the placement may have ended before every order of the page: "never placed" would free its
                // funds and let it be placed again, its fill never recorded
                throw new VenueCallException(VenueCallException.Kind.MALFORMED_ANSWER, "nami's page of history holds"
                        + " only orders created after " + request.uid() + " was sent, so whether it was placed and"
                        + " ended cannot be told; the placement stays open, its funds held, and is looked for again",
                        true);
            }
            return Optional.empty();
        }
        JsonNode order = found.get();
        return Optional.of(adapt("find placement", false, () -> NamiAccountAdapters.order(order, request.uid(),
                request.account(), symbols, clock.instant())));
    }

    @Override
    public List<VenueOrder> openOrders(String account) throws VenueException {
        signer();
        List<JsonNode> orders = openOrderNodes();
        return adapt("GET /api/v4/spot/open", false, () -> {
            List<VenueOrder> result = new ArrayList<>();
            for (JsonNode order : orders) {
                result.add(NamiAccountAdapters.order(order, VenueOrder.venueKeyed(NamiAccountAdapters.venueId(order)),
                        account, symbols, clock.instant()));
            }
            return result;
        });
    }

    @Override
    public TradePage ownTrades(String account, String cursor) throws VenueCallException {
        throw VenueCallException.unsupported(ID, "list own trades (no such call is documented; an order's"
                + " execution comes with the order once it ends)");
    }

    private List<JsonNode> openOrderNodes() throws VenueException {
        return orderList("GET /api/v4/spot/open", api::openOrders);
    }

    private List<JsonNode> historyNodes() throws VenueException {
        return orderList("GET /api/v4/spot/history", api::history);
    }

    /** A signed GET without parameters of its own. */
    @FunctionalInterface
    private interface SignedGet {
        String send(long timestamp, String signature);
    }

    private List<JsonNode> orderList(String call, SignedGet get) throws VenueException {
        NamiSigner signer = signer();
        JsonNode data = data(calls.read(ALL, call, () -> {
            Map<String, Object> signed = signer.sign(Map.of(), clock.millis());
            return get.send((Long) signed.get("timestamp"), (String) signed.get("signature"));
        }), call, false);
        return adapt(call, false, () -> NamiAccountAdapters.list(data));
    }

    private static Optional<JsonNode> byId(List<JsonNode> orders, String namiId) throws VenueCallException {
        return first(orders, "order lookup", order -> namiId.equals(NamiAccountAdapters.venueId(order)));
    }

    /**
     * With no order created since the placement: an open order that has everything it asked but no
     * creation time (the seed's order answer has none) may be it, or one placed earlier by hand.
     * Closing the placement as never placed would release its hold while that order can trade, so
     * the question stays open, said. One alike that has ended is not waited for (an older order of
     * ours that ended is in no claimed set, and would hold the placement open for good).
     */
    private static void refuseToTellUntimed(List<JsonNode> open, OrderRequest request, String wire, Set<String> claimed)
            throws VenueCallException {
        Optional<JsonNode> alike = first(open, "find placement",
                order -> NamiAccountAdapters.askedButUntimed(order, request, wire, claimed));
        if (alike.isPresent()) {
            throw new VenueCallException(VenueCallException.Kind.MALFORMED_ANSWER, "nami shows an open order like "
                    + request.uid() + " (nami id " + NamiAccountAdapters.venueId(alike.get()) + ") without a creation"
                    + " time, so whether it is this placement cannot be told; the placement stays open, its funds"
                    + " held: cancel that order at Nami if it is not this bot's", true);
        }
    }

    /** The first of the orders that passes the test; one the test cannot read makes the answer malformed. */
    private static Optional<JsonNode> first(List<JsonNode> orders, String call, Predicate<JsonNode> test)
            throws VenueCallException {
        for (JsonNode order : orders) {
            if (adapt(call, false, () -> test.test(order))) {
                return Optional.of(order);
            }
        }
        return Optional.empty();
    }

    /** The signer, after checking both credentials are set: a private call without them sends nothing. */
    private NamiSigner signer() throws VenueCallException {
        credentials.required(API_KEY);
        return new NamiSigner(credentials.required(API_SECRET));
    }
}
