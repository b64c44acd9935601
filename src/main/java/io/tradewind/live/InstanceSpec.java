package io.tradewind.live;

import io.tradewind.domain.Instrument;
import io.tradewind.execution.RiskLimits;
import io.tradewind.marketdata.Resolution;
import io.tradewind.marketdata.SeriesKey;
import io.tradewind.strategy.Strategy;
import io.tradewind.strategy.StrategyParameters;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * One configured strategy instance, checked: what the service runs it with.
 *
 * @param id               the key under {@code tradewind.strategies}
 * @param venue            the venue's name: {@code paper} or a connector's id
 * @param feed             where its candles come from: {@link #REPLAY} or {@link #VENUE}
 * @param feedVenue        the connector a {@code venue} feed reads; null for a replay
 * @param feedSymbol       the instrument's symbol at {@code feedVenue}; null for a replay
 * @param replaySeries     the stored candles a replay feed plays; null for a venue feed
 * @param replayFrom       the first candle a replay may trade on; earlier stored candles warm it up
 * @param candlesPerSecond how fast the replay plays
 * @param tickInterval     how often it is ticked; null for the replay speed's own interval
 * @param budget           the most it may commit, by asset; assets without one are limited by the account only
 * @param risk             its risk limits, checked by the venue's execution service
 * @param seriesBars       closed candles its series keeps
 * @param recording        what its venue feed records of the market besides candles
 */
public record InstanceSpec(String id, Strategy strategy, StrategyParameters parameters, String venue, String feed,
        String feedVenue, String feedSymbol, Instrument instrument, Resolution resolution, String account, Map<String, BigDecimal> budget, RiskLimits risk,
        SeriesKey replaySeries, Instant replayFrom, BigDecimal candlesPerSecond, Duration tickInterval,
        int seriesBars, MarketRecording recording) {

    /** Stored candles played at a configured speed. */
    public static final String REPLAY = "replay";
    /** A venue's market data through its connector. */
    public static final String VENUE = "venue";

    public InstanceSpec {
        budget = Map.copyOf(budget);
    }

    /** The series its candles belong to: the stored one a replay plays, or the feed venue's. */
    public SeriesKey candleSeries() {
        return replaySeries != null ? replaySeries : new SeriesKey(feedVenue, feedSymbol, resolution);
    }
}
