package io.tradewind.runtime;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.tradewind.execution.RiskConfig;
import io.tradewind.execution.RiskLimits;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Settings of the execution service, e.g.
 *
 * <pre>
 * tradewind.execution.reconcile-interval=5s
 * tradewind.execution.risk.max-open-orders=20
 * tradewind.execution.risk.daily-loss-limit=5000000
 * tradewind.execution.strategies."grid-1".max-position=0.5
 * tradewind.execution.strategies."grid-1".cancel-on-kill=true
 * </pre>
 *
 * Limits under {@code risk} apply to all orders together; those under {@code strategies."<name>"}
 * to one strategy instance. Units are the instrument's: notional and loss in quote, position in base.
 */
@ConfigMapping(prefix = "tradewind.execution")
public interface ExecutionConfig {

    /** How often open orders, fills and balances are polled from the venue. */
    @WithDefault("5s")
    Duration reconcileInterval();

    /** How long an order unknown to the venue stays {@code new} before it is closed as never placed. */
    @WithDefault("30s")
    Duration notPlacedGrace();

    /** Limits over all orders. */
    Limits risk();

    /** Limits per strategy instance, by instance name. */
    Map<String, Limits> strategies();

    /** The limits of one scope; an absent value means no limit. */
    interface Limits {

        Optional<BigDecimal> maxOrderNotional();

        Optional<BigDecimal> maxPosition();

        OptionalInt maxOpenOrders();

        /** Allowed distance from the last price as a fraction: 0.05 = ±5%. */
        Optional<BigDecimal> priceBand();

        /** Realised loss in a UTC day that trips the kill switch, as a positive amount. */
        Optional<BigDecimal> dailyLossLimit();

        /** true or false, read strictly: as a plain boolean a misspelt "ture" would quietly mean false. */
        @WithDefault("false")
        String cancelOnKill();

        /** true or false, read strictly. */
        @WithDefault("false")
        String reduceOnly();
    }

    /**
     * The configured limits as the execution core takes them.
     *
     * @throws IllegalArgumentException a limit is zero or negative; the message names the property
     */
    default RiskConfig riskConfig() {
        Map<String, RiskLimits> perStrategy = new LinkedHashMap<>();
        strategies().forEach((name, limits) -> perStrategy.put(name,
                toRiskLimits(limits, "tradewind.execution.strategies.\"" + name + "\".")));
        return new RiskConfig(toRiskLimits(risk(), "tradewind.execution.risk."), perStrategy);
    }

    private static RiskLimits toRiskLimits(Limits limits, String prefix) {
        return new RiskLimits(positive(limits.maxOrderNotional(), prefix + "max-order-notional"),
                positive(limits.maxPosition(), prefix + "max-position"),
                positive(limits.maxOpenOrders(), prefix + "max-open-orders"),
                positive(limits.priceBand(), prefix + "price-band"),
                positive(limits.dailyLossLimit(), prefix + "daily-loss-limit"),
                flag(limits.cancelOnKill(), prefix + "cancel-on-kill"), flag(limits.reduceOnly(), prefix + "reduce-only"));
    }

    private static boolean flag(String text, String property) {
        try {
            return ServiceConfigReader.strictBoolean(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(property + " " + e.getMessage());
        }
    }

    private static BigDecimal positive(Optional<BigDecimal> value, String property) {
        if (value.isPresent() && value.get().signum() <= 0) {
            throw new IllegalArgumentException(property + " must be greater than zero, was "
                    + value.get().toPlainString() + "; remove the line for no limit");
        }
        return value.orElse(null);
    }

    private static Integer positive(OptionalInt value, String property) {
        if (value.isPresent() && value.getAsInt() <= 0) {
            throw new IllegalArgumentException(property + " must be greater than zero, was " + value.getAsInt()
                    + "; remove the line for no limit");
        }
        return value.isPresent() ? value.getAsInt() : null;
    }
}
