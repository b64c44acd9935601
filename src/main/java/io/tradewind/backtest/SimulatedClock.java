package io.tradewind.backtest;

import io.tradewind.sim.SimulatedExchange;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** The simulated exchange's clock as a {@link Clock}, so the execution service stamps backtest records with candle time. */
final class SimulatedClock extends Clock {

    private final SimulatedExchange exchange;
    private final ZoneId zone;
    private Instant instant;
    private long instantMillis;

    SimulatedClock(SimulatedExchange exchange) {
        this(exchange, ZoneOffset.UTC);
    }

    private SimulatedClock(SimulatedExchange exchange, ZoneId zone) {
        this.exchange = exchange;
        this.zone = zone;
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
        return new SimulatedClock(exchange, other);
    }

    @Override
    public long millis() {
        return exchange.nowMillis();
    }

    /** The same instance while the simulated time stands still: the execution service stamps every record with it. */
    @Override
    public Instant instant() {
        long millis = exchange.nowMillis();
        if (millis != instantMillis || instant == null) {
            instant = Instant.ofEpochMilli(millis);
            instantMillis = millis;
        }
        return instant;
    }
}
