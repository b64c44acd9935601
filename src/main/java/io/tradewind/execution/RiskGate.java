package io.tradewind.execution;

import io.tradewind.domain.Instrument;
import io.tradewind.domain.OrderStatus;
import java.lang.System.Logger.Level;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Pre-trade checks of a new order against its instrument, the risk limits and the available
 * balance, and the kill switches that cancel open orders once a loss limit is reached.
 * {@link #refusals} runs with the state lock held (the check and the write-ahead that spends the
 * balance are one step); {@link #afterFills} takes it only to read and cancels outside it.
 */
final class RiskGate {

    private static final System.Logger LOG = System.getLogger(RiskGate.class.getName());

    private final LiveState state;
    private final RiskConfig risk;
    /** False at a venue that lists no balances: it checks funds itself when an order is placed. */
    private final boolean checksBalance;
    /** "strategy NAME" for risk refusals, made once per strategy instead of once per order; state lock held. */
    private final Map<String, String> strategyScopes = new HashMap<>();
    /** The scopes whose daily loss halt was logged on {@link #lossHaltsDay}; state lock held. */
    private final Set<String> lossHaltsWarned = new HashSet<>();
    private LocalDate lossHaltsDay;

    RiskGate(LiveState state, RiskConfig risk, boolean checksBalance) {
        this.state = state;
        this.risk = risk;
        this.checksBalance = checksBalance;
    }

    /** Why the order must not be sent; empty if it may. Runs with the state lock held. */
    List<RiskRefusal> refusals(OrderRecord order) {
        Map<String, Instrument> instruments = state.instruments;
        Instrument instrument = instruments.get(order.symbol());
        BigDecimal lastPrice = state.lastPrice(order.symbol());
        List<RiskRefusal> refusals = PreTradeChecks.instrument(order, instrument, lastPrice, state.venue,
                instruments.keySet());
        if (!refusals.isEmpty()) {
            return refusals;
        }
        Instant now = state.now();
        LocalDate today = state.today(now);
        String strategy = order.strategyInstance();
        int strategyOpen = 0;
        for (OrderRecord open : state.live.values()) {
            if (open.strategyInstance().equals(strategy)) {
                strategyOpen++;
            }
        }
        PositionBook positions = state.positions;
        String asset = HoldsLedger.heldAsset(order, instrument);
        List<RiskRefusal> limits = PreTradeChecks.limitsAndBalance(order, risk, new PreTradeChecks.State(state.venue, instrument, lastPrice,
                new RiskContext("global", positions.netQuantity(order.symbol()), state.live.size(),
                        positions.realisedOn(today), lastPrice),
                new RiskContext(strategyScopes.computeIfAbsent(strategy, name -> "strategy " + name),
                        positions.position(strategy, order.symbol()).quantity(),
                        strategyOpen, positions.realisedOn(strategy, today), lastPrice),
                checksBalance ? state.balances.balance(order.account(), asset, now) : null,
                state.holds.held(order.account(), asset)));
        if (limits.isEmpty()) {
            return limits;
        }
        warnOnceOfLossHalt(limits, today);
        // the order goes no further, so the venue's own checks will not run: say what they would refuse too
        List<RiskRefusal> all = new ArrayList<>(limits);
        all.addAll(PreTradeChecks.grid(order, instrument, state.venue));
        return all;
    }

    /**
     * Why a daily loss limit stops the strategy's entries today (its own, or the one over all
     * orders), or null when none does. Takes the state lock.
     */
    String lossHalt(String strategy) {
        return state.locked(() -> {
            LocalDate today = state.today(state.now());
            PositionBook positions = state.positions;
            String global = lossHalt("global", risk.global(), positions.realisedOn(today));
            RiskLimits limits = risk.perStrategy().get(strategy);
            return global != null || limits == null ? global
                    : lossHalt("strategy " + strategy, limits, positions.realisedOn(strategy, today));
        });
    }

    private static String lossHalt(String scope, RiskLimits limits, BigDecimal realisedToday) {
        if (!RiskChecks.killSwitchTripped(limits, realisedToday)) {
            return null;
        }
        return "daily loss limit (" + scope + ") reached: realised loss today " + realisedToday.negate().stripTrailingZeros()
                .toPlainString() + ", limit " + limits.dailyLossLimit().stripTrailingZeros().toPlainString()
                + "; only orders that reduce a position until 00:00 UTC";
    }

    /** Says once a day per scope that its daily loss limit stopped entries, where the operator looks: the log. */
    private void warnOnceOfLossHalt(List<RiskRefusal> refusals, LocalDate today) {
        if (!today.equals(lossHaltsDay)) {
            lossHaltsWarned.clear();
            lossHaltsDay = today;
        }
        for (RiskRefusal refusal : refusals) {
            if (refusal.limit().equals(RiskChecks.DAILY_LOSS) && lossHaltsWarned.add(refusal.scope())) {
                LOG.log(Level.WARNING, "{0}: {1}; entries are refused until 00:00 UTC", refusal.scope(), refusal.message());
            }
        }
    }

    /** Trips the kill switches whose loss limit is reached and that cancel open orders. */
    void afterFills(OrderEntry entry) {
        if (!risk.global().cancelOnKill() && risk.perStrategy().isEmpty()) {
            return;
        }
        List<OrderRecord> toCancel = state.locked(() -> {
            LocalDate today = state.today(state.now());
            List<OrderRecord> chosen = new ArrayList<>();
            PositionBook positions = state.positions;
            if (risk.global().cancelOnKill() && RiskChecks.killSwitchTripped(risk.global(), positions.realisedOn(today))) {
                choose(o -> true, "global", chosen);
            }
            for (Map.Entry<String, RiskLimits> limit : risk.perStrategy().entrySet()) {
                RiskLimits limits = limit.getValue();
                if (limits.cancelOnKill() && RiskChecks.killSwitchTripped(limits, positions.realisedOn(limit.getKey(), today))) {
                    choose(o -> o.strategyInstance().equals(limit.getKey()), "strategy " + limit.getKey(), chosen);
                }
            }
            return chosen;
        });
        for (OrderRecord order : toCancel) {
            entry.sendCancel(order.clientOrderId());
        }
    }

    private void choose(Predicate<OrderRecord> which, String scope, List<OrderRecord> chosen) {
        for (OrderRecord order : state.live.values()) {
            if (which.test(order) && !order.cancelRequested() && order.status() != OrderStatus.NEW
                    && !chosen.contains(order)) {
                LOG.log(Level.WARNING, "kill switch ({0}): cancelling order {1}", scope, order.clientOrderId());
                chosen.add(order);
            }
        }
    }
}
