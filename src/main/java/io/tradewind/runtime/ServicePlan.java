package io.tradewind.runtime;

import io.tradewind.domain.Instrument;
import io.tradewind.exchange.Venue;
import io.tradewind.live.InstanceSpec;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The service's configuration, checked: the instances it runs, the paper venue and the live
 * venues they trade on, and the connectors their feeds read.
 *
 * @param instruments the paper venue's instruments, by symbol
 * @param accounts    paper accounts' starting balances, by account then asset
 * @param live        the connectors traded on live, by id
 * @param feeds       the connectors that venue feeds read, by id
 * @param maxVolumeShare largest share of a candle's volume the paper venue's fills may take, 0 for no limit
 * @param maxFailures failed ticks in a row that pause an instance
 * @param backOff     how long an instance waits after its first failed tick
 */
public record ServicePlan(List<InstanceSpec> instances, Map<String, Instrument> instruments,
        Map<String, Map<String, BigDecimal>> accounts, BigDecimal slippage, BigDecimal maxVolumeShare, int maxFailures, Duration backOff,
        boolean cancelOrdersOnStop, Map<String, LiveVenuePlan> live, Map<String, Venue> feeds) {

    /** Whether any instance trades on the paper venue. */
    public boolean usesPaper() {
        return instances.stream().anyMatch(i -> !live.containsKey(i.venue()));
    }
}
