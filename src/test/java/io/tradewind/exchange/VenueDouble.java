package io.tradewind.exchange;

import io.tradewind.domain.Balance;
import io.tradewind.domain.Instrument;
import io.tradewind.domain.OrderRequest;
import io.tradewind.execution.TradePage;
import io.tradewind.execution.VenueException;
import io.tradewind.execution.VenueOrder;
import io.tradewind.marketdata.Candle;
import io.tradewind.marketdata.DepthSnapshot;
import io.tradewind.marketdata.Resolution;
import io.tradewind.sim.book.FastOrderBook;
import io.tradewind.sim.gateway.SimulatedExchangeGateway;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A venue for tests of what sits above the connectors (commands, the service): market data is
 * whatever the test scripts, trading is a real simulated exchange, so orders rest, match and fill
 * as at a venue. A test can take it down ({@link #failNextCalls}) or lose a placement's answer
 * after the order was accepted ({@link #loseNextPlacementAnswer}).
 */
public final class VenueDouble implements Venue {

    public static final String ID = "double";

    private final SimulatedExchangeGateway exchange = new SimulatedExchangeGateway(FastOrderBook::new);
    private final Map<String, Instrument> instruments = new HashMap<>();
    private final Map<String, List<Candle>> candles = new HashMap<>();
    private final Map<String, DepthSnapshot> depth = new HashMap<>();
    private final Map<String, List<PublicTrade>> trades = new HashMap<>();
    private Set<VenueCapability> capabilities = EnumSet.allOf(VenueCapability.class);
    private int failingCalls;
    private boolean loseNextPlacementAnswer;
    private boolean knowsClientOrderIds = true;
    private int placements;

    /** Lists an instrument and returns it. */
    public synchronized Instrument list(Instrument instrument) {
        instruments.put(instrument.symbol(), instrument);
        exchange.exchange().addInstrument(instrument);
        return instrument;
    }

    /** Opens an account holding the given amounts. */
    public synchronized void fund(String account, String asset, String amount) {
        var sim = exchange.exchange();
        var existing = sim.account(account);
        sim.deposit(existing != null ? existing : sim.openAccount(account), asset, new BigDecimal(amount));
    }

    /** An account of other traders whose orders our orders can trade against. */
    public synchronized VenueOrder placeAsMarket(OrderRequest request) {
        var sim = exchange.exchange();
        if (sim.account(request.account()) == null) {
            sim.openAccount(request.account());
        }
        return exchange.place(request);
    }

    public synchronized void script(String symbol, List<Candle> history) {
        candles.put(symbol, List.copyOf(history));
    }

    public synchronized void script(DepthSnapshot snapshot) {
        depth.put(snapshot.symbol(), snapshot);
    }

    public synchronized void scriptTrades(String symbol, List<PublicTrade> recent) {
        trades.put(symbol, List.copyOf(recent));
    }

    public synchronized void declare(Set<VenueCapability> declared) {
        capabilities = declared.isEmpty() ? EnumSet.noneOf(VenueCapability.class) : EnumSet.copyOf(declared);
    }

    /** The next {@code calls} calls fail as if the venue were down. */
    public synchronized void failNextCalls(int calls) {
        failingCalls = calls;
    }

    /** The next placement is accepted by the venue but its answer never arrives. */
    public synchronized void loseNextPlacementAnswer() {
        loseNextPlacementAnswer = true;
    }

    /** Whether the venue knows our client order ids (NegocieCoins, Nami and the Orders API do not). */
    public synchronized void knowClientOrderIds(boolean knows) {
        knowsClientOrderIds = knows;
    }

    @Override
    public synchronized boolean knowsClientOrderIds() {
        return knowsClientOrderIds;
    }

    /** How many placements reached the venue (a lost answer counts: the order exists). */
    public synchronized int placements() {
        return placements;
    }

    public SimulatedExchangeGateway exchange() {
        return exchange;
    }

    @Override
    public String venue() {
        return ID;
    }

    @Override
    public synchronized Set<VenueCapability> capabilities() {
        return Set.copyOf(capabilities);
    }

    @Override
    public synchronized List<Instrument> instruments() throws VenueException {
        check(VenueCapability.INSTRUMENTS, "list instruments");
        return List.copyOf(instruments.values());
    }

    @Override
    public synchronized CandlePage candles(String symbol, Resolution resolution, Instant from, Instant to)
            throws VenueException {
        check(VenueCapability.CANDLES, "serve candles");
        List<Candle> page = new ArrayList<>();
        for (Candle candle : candles.getOrDefault(symbol, List.of())) {
            if (!candle.openTime().isBefore(from) && candle.openTime().isBefore(to)) {
                page.add(candle);
            }
        }
        return new CandlePage(page, null);
    }

    @Override
    public synchronized DepthSnapshot depth(String symbol) throws VenueException {
        check(VenueCapability.DEPTH, "serve depth");
        DepthSnapshot snapshot = depth.get(symbol);
        return snapshot != null ? snapshot : new DepthSnapshot(symbol, exchange.exchange().now(), List.of(), List.of());
    }

    @Override
    public synchronized List<PublicTrade> recentTrades(String symbol) throws VenueException {
        check(VenueCapability.RECENT_TRADES, "serve recent trades");
        return trades.getOrDefault(symbol, List.of());
    }

    @Override
    public synchronized VenueOrder place(OrderRequest request) throws VenueException {
        check(VenueCapability.PLACE, "place orders");
        placements++;
        VenueOrder answer = exchange.place(request);
        if (loseNextPlacementAnswer) {
            loseNextPlacementAnswer = false;
            throw new VenueCallException(VenueCallException.Kind.TIMEOUT, ID + " place: no answer in time", true);
        }
        return answer;
    }

    @Override
    public synchronized Optional<VenueOrder> cancel(String account, String clientOrderId) throws VenueException {
        check(VenueCapability.CANCEL, "cancel orders");
        return exchange.cancel(account, clientOrderId);
    }

    @Override
    public synchronized Optional<VenueOrder> orderStatus(String account, String clientOrderId) throws VenueException {
        check(VenueCapability.ORDER_STATUS, "look orders up");
        return exchange.orderStatus(account, clientOrderId);
    }

    @Override
    public synchronized List<VenueOrder> openOrders(String account) throws VenueException {
        check(VenueCapability.OPEN_ORDERS, "list open orders");
        return exchange.openOrders(account);
    }

    @Override
    public synchronized TradePage ownTrades(String account, String cursor) throws VenueException {
        check(VenueCapability.OWN_TRADES, "list own trades");
        return exchange.ownTrades(account, cursor);
    }

    @Override
    public synchronized List<Balance> balances(String account) throws VenueException {
        check(VenueCapability.BALANCES, "list balances");
        return exchange.balances(account);
    }

    private void check(VenueCapability capability, String what) throws VenueCallException {
        if (!capabilities.contains(capability)) {
            throw VenueCallException.unsupported(ID, what);
        }
        if (failingCalls > 0) {
            failingCalls--;
            throw new VenueCallException(VenueCallException.Kind.UNAVAILABLE, ID + ": cannot connect", false);
        }
    }
}
