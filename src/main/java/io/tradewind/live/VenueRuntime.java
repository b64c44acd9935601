package io.tradewind.live;

import io.tradewind.domain.Balance;
import io.tradewind.domain.Instrument;
import io.tradewind.execution.ExecutionService;
import io.tradewind.execution.ReconcileReport;
import io.tradewind.execution.OrderGateway;
import io.tradewind.execution.VenueException;
import io.tradewind.exchange.PublicTrade;
import io.tradewind.kernel.VenueEvents;
import io.tradewind.marketdata.DepthSnapshot;
import io.tradewind.sim.ExchangeListener;
import io.tradewind.sim.Market;
import io.tradewind.sim.SimulatedExchange;
import io.tradewind.sim.book.FastOrderBook;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

/**
 * One venue in the service: its execution service, shared by every instance on the venue (one
 * reconciliation, one kill switch), and either the paper venue behind it when it is simulated or
 * a connector's gateway when it is live. Where the two differ (a candle's path moves the paper
 * venue's market; a decision there trades against the candle's liquidity; the paper venue's news
 * is queued) this is the one place that knows.
 */
public final class VenueRuntime {

    private final String name;
    private final ExecutionService execution;
    private final PaperVenue paper;
    private final MonitoredGateway gateway;
    private final Map<String, Market> liveMarkets;
    private final AtomicReference<Instant> killSwitchSince = new AtomicReference<>();
    private final AtomicReference<Instant> lastReconciliation = new AtomicReference<>();

    /** The paper venue. */
    public VenueRuntime(String name, ExecutionService execution, PaperVenue paper, MonitoredGateway gateway) {
        this(name, execution, paper, gateway, Map.of());
    }

    private VenueRuntime(String name, ExecutionService execution, PaperVenue paper, MonitoredGateway gateway,
            Map<String, Market> liveMarkets) {
        this.name = name;
        this.execution = execution;
        this.paper = paper;
        this.gateway = gateway;
        this.liveMarkets = liveMarkets;
    }

    /**
     * A live venue: orders go through {@code gateway} to its connector.
     *
     * @param instruments the instruments its instances trade, by symbol
     */
    public static VenueRuntime live(ExecutionService execution, MonitoredGateway gateway,
            Map<String, Instrument> instruments) {
        Map<String, Market> markets = new HashMap<>();
        // one exchange per instrument: only the units are used, and two markets may scale an asset differently
        instruments.forEach((symbol, instrument) -> markets.put(symbol,
                new SimulatedExchange(FastOrderBook::new, ExchangeListener.NONE).addInstrument(instrument)));
        return new VenueRuntime(gateway.venue(), execution, null, gateway, Map.copyOf(markets));
    }

    public String name() {
        return name;
    }

    public ExecutionService execution() {
        return execution;
    }

    /** Whether it is the simulated paper venue. */
    public boolean isPaper() {
        return paper != null;
    }

    /** The simulated venue behind a paper venue; null when live. */
    public PaperVenue paper() {
        return paper;
    }

    /** The market of {@code symbol}: its units and grid. */
    public Market market(String symbol) {
        return paper != null ? paper.market(symbol) : liveMarkets.get(symbol);
    }

    /** How the venue's news reaches the execution service: queued by the paper venue, answered or reconciled live. */
    public VenueEvents events() {
        return paper != null ? paper : VenueEvents.PUSHED;
    }

    /**
     * A candle closed on the feed: the paper venue's market moves along its path; a live venue moves by itself.
     *
     * @param replayed a stored candle of a replay, not one of a venue's live market data
     * @return false when the paper market has moved past this candle (see {@link PaperVenue#walk})
     */
    public boolean walk(String symbol, Step candle, boolean replayed) {
        return paper == null || paper.walk(symbol, candle.openTimeSeconds(), candle.open(), candle.high(), candle.low(),
                candle.close(), candle.volume(), replayed);
    }

    /** Public trades printed at the feed's venue: they fill the paper venue's resting orders; a live venue fills by itself. */
    public void printed(String symbol, List<PublicTrade> recent) {
        if (paper != null) {
            paper.printed(symbol, recent);
        }
    }

    /**
     * Runs a decision; on the paper venue against {@code book} (the feed venue's order book) when
     * there is one, else with the candle liquidity's decision window open at {@code price} (the next
     * candle's open when {@code atNextOpen}) for what could trade at {@code decisionPrice}, the price
     * the strategy saw; live as it is (the venue's own book fills it).
     */
    public void deciding(String symbol, long price, boolean atNextOpen, long decisionPrice, long volume,
            DepthSnapshot book, Runnable decision) {
        if (paper == null) {
            decision.run();
        } else if (book != null) {
            paper.decidingOnBook(symbol, book, decision);
        } else {
            paper.deciding(symbol, price, atNextOpen, decisionPrice, volume, decision);
        }
    }

    /** Hands the venue's queued news to the execution service. */
    public void deliver() {
        events().deliverTo(execution);
    }

    /**
     * The account's balances: the paper venue's own; a live venue's as the execution service sees
     * them and checks orders against (taken at reconciliation, moved by fills since; held by its
     * open orders), so that a dashboard asking all day
     * spends none of the venue's rate limit. None where the venue serves no balances (its view
     * would be the fills alone, from zero).
     *
     * @throws VenueException the paper venue could not save before answering
     */
    public List<Balance> balances(String account) throws VenueException {
        if (paper != null) {
            return paper.balances(account);
        }
        if (!gateway.listsBalances()) {
            return List.of();
        }
        return execution.balances(account);
    }

    /** The gateway the execution service calls. */
    public OrderGateway gateway() {
        return gateway;
    }

    /** Whether the venue answered its last call. */
    public boolean up() {
        return gateway.up();
    }

    /** Reconciles with the venue, handing its news over first; remembers when it finished. */
    /** Reconciles the venue with the store; the report lists what could not be reconciled this time. */
    public ReconcileReport reconcile(Instant now) {
        deliver();
        ReconcileReport report = execution.reconcile();
        lastReconciliation.set(now);
        return report;
    }

    public Instant lastReconciliation() {
        return lastReconciliation.get();
    }

    /** Stops entries on the venue; true if it was off. */
    public boolean switchKillOn(Instant now) {
        return killSwitchSince.compareAndSet(null, now);
    }

    /** Lets entries through again. */
    public void switchKillOff() {
        killSwitchSince.set(null);
    }

    public boolean killSwitchOn() {
        return killSwitchSince.get() != null;
    }
}
