package io.tradewind.runtime;

import io.tradewind.domain.Instrument;
import io.tradewind.live.InstanceSpec;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The service's configuration, checked: the instances it runs and the paper venue they trade on.
 *
 * @param accounts    paper accounts' starting balances, by account then asset
 * @param maxFailures failed ticks in a row that pause an instance
 * @param backOff     how long an instance waits after its first failed tick
 */
public record ServicePlan(List<InstanceSpec> instances, Map<String, Instrument> instruments,
        Map<String, Map<String, BigDecimal>> accounts, BigDecimal slippage, int maxFailures, Duration backOff,
        boolean cancelOrdersOnStop) {
}
