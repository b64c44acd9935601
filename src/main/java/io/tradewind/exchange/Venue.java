package io.tradewind.exchange;

import io.tradewind.domain.Instrument;
import io.tradewind.execution.OrderGateway;
import io.tradewind.execution.VenueException;
import io.tradewind.marketdata.DepthSnapshot;
import io.tradewind.marketdata.Resolution;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * One exchange connector: the venue's market data and, through {@link OrderGateway}, its trading
 * calls, all in domain types. A venue's DTOs never leave its package.
 *
 * <p>Symbols are canonical ({@code BTC-IRT}: the venue's market name with a dash between base and
 * quote); the connector spells them the venue's way on the wire. A call the venue cannot answer
 * throws {@link VenueCallException} of kind {@link VenueCallException.Kind#UNSUPPORTED}: callers
 * check {@link #capabilities()} first, and nothing is faked.
 *
 * <p>One instance per venue serves every strategy instance and command using it, so that its rate
 * limits are shared. Implementations are thread-safe.
 */
public interface Venue extends OrderGateway {

    /** What this venue can do; a call outside it throws {@code UNSUPPORTED}. */
    Set<VenueCapability> capabilities();

    /** The venue's markets with their grid (tick, step, minimums) and fees where it says them. */
    List<Instrument> instruments() throws VenueException;

    /**
     * Closed candles of one market from {@code from} (inclusive) to {@code to} (exclusive), oldest
     * first, at most one page of them.
     *
     * @return the candles and where the next page starts, or {@link CandlePage#done()} when the
     *         range is covered
     */
    CandlePage candles(String symbol, Resolution resolution, Instant from, Instant to) throws VenueException;

    /** The order book now: bids descending, asks ascending. */
    DepthSnapshot depth(String symbol) throws VenueException;

    /** The market's latest public trades, oldest first. */
    List<PublicTrade> recentTrades(String symbol) throws VenueException;

    /** Whether the venue has the capability. */
    default boolean can(VenueCapability capability) {
        return capabilities().contains(capability);
    }
}
