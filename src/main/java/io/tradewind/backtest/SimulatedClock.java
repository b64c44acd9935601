package io.tradewind.backtest;

import io.tradewind.sim.SimulatedExchange;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** The simulated exchange's clock as a {@link Clock}, so the execution service stamps backtest records with candle time. */
final class SimulatedClock extends Clock {

    private final SimulatedExchange exchange;

    SimulatedClock(SimulatedExchange exchange) {
        this.exchange = exchange;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("the simulated clock is always UTC");
    }

    @Override
    public long millis() {
        return exchange.nowMillis();
    }

    @Override
    public Instant instant() {
        return exchange.now();
    }
}
