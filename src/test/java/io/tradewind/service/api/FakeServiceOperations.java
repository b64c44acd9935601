package io.tradewind.service.api;

import io.quarkus.arc.DefaultBean;
import io.tradewind.domain.OrderStatus;
import io.tradewind.domain.OrderType;
import io.tradewind.domain.Side;
import io.tradewind.domain.TimeInForce;
import io.tradewind.execution.OrderRecord;
import io.tradewind.service.BalanceView;
import io.tradewind.service.InstanceState;
import io.tradewind.service.InstanceView;
import io.tradewind.service.KillSwitchSource;
import io.tradewind.service.KillSwitchView;
import io.tradewind.service.Readiness;
import io.tradewind.service.ServiceOperations;
import io.tradewind.service.UnknownInstanceException;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A service the tests control: instances, balances, readiness and the kill switch are what a test
 * sets, and every action is recorded. It is the bean only while the application has no real one
 * ({@link DefaultBean}); the tests install their own instance with {@code QuarkusMock}, so they
 * keep working once the real service exists.
 */
@DefaultBean
@ApplicationScoped
public class FakeServiceOperations implements ServiceOperations {

    final Map<String, InstanceView> instances = new LinkedHashMap<>();
    public final List<String> calls = new CopyOnWriteArrayList<>();
    final List<BalanceView> balances = new ArrayList<>();
    final Map<String, OrderRecord> orders = new LinkedHashMap<>();
    public volatile Readiness readiness = new Readiness(true, Map.of(), Instant.EPOCH, Map.of(), Map.of(), null, true);
    volatile KillSwitchView killSwitch = new KillSwitchView(false, null, (String) null, 0, false);
    /** Thrown by {@link #balances()} when set. */
    volatile RuntimeException balancesFailure;

    public FakeServiceOperations add(InstanceView view) {
        instances.put(view.id(), view);
        return this;
    }

    public static InstanceView instance(String id, BigDecimal realised, BigDecimal unrealised) {
        return new InstanceView(id, "sma-crossover", "paper", "main", "BTC-IRR", "1m", "replay:BTC-IRR",
                InstanceState.RUNNING, null, null,
                Instant.parse("2026-01-02T03:04:05Z"), Instant.parse("2026-01-02T03:03:00Z"), 7, 1, 0, null, null, 2,
                new BigDecimal("0.12345678"), new BigDecimal("100000000000"), Map.of("IRR", new BigDecimal("1000000000000")),
                realised, unrealised, 3, 1, 0, 0);
    }

    @Override
    public List<InstanceView> instances() {
        return List.copyOf(instances.values());
    }

    @Override
    public Optional<InstanceView> instance(String id) {
        return Optional.ofNullable(instances.get(id));
    }

    @Override
    public InstanceView pause(String id) {
        return act("pause", id, InstanceState.PAUSED, "operator");
    }

    @Override
    public InstanceView resume(String id) {
        return act("resume", id, InstanceState.RUNNING, null);
    }

    @Override
    public InstanceView reduceOnly(String id) {
        return act("reduce-only", id, InstanceState.REDUCE_ONLY, null);
    }

    @Override
    public InstanceView stopEntries(String id) {
        InstanceView now = instances.get(id);
        boolean paused = now != null && now.state() == InstanceState.PAUSED;
        return act("stop-entries", id, paused ? InstanceState.PAUSED : InstanceState.REDUCE_ONLY,
                paused ? now.pausedReason() : null);
    }

    @Override
    public InstanceView flatten(String id) {
        return act("flatten", id, InstanceState.PAUSED, "flattened");
    }

    private InstanceView act(String action, String id, InstanceState state, String reason) {
        calls.add(action + " " + id);
        InstanceView view = instances.computeIfPresent(id, (key, v) -> with(v, state, reason));
        if (view == null) {
            throw new UnknownInstanceException(id, instances.keySet());
        }
        return view;
    }

    private static InstanceView with(InstanceView v, InstanceState state, String reason) {
        return new InstanceView(v.id(), v.plugin(), v.venue(), v.account(), v.symbol(), v.resolution(),
                v.chartTicker(), state, reason, v.riskHalt(), v.lastTick(),
                v.lastCandle(), v.ticks(), v.skippedTicks(), v.errors(), v.lastError(), v.lastErrorAt(), v.openOrders(), v.position(),
                v.averagePrice(), v.budget(), v.realisedPnl(), v.unrealisedPnl(), v.ordersPlaced(), v.ordersFilled(),
                v.ordersRejected(), v.ordersCancelled());
    }

    @Override
    public KillSwitchView killSwitch(boolean cancelOrders, KillSwitchSource by) {
        calls.add("kill-switch cancelOrders=" + cancelOrders + " by " + by.wireName());
        killSwitch = new KillSwitchView(true, Instant.parse("2026-01-02T04:00:00Z"), by, cancelOrders ? 2 : 0, true);
        return killSwitch;
    }

    @Override
    public KillSwitchView killSwitchOff(KillSwitchSource by) {
        calls.add("kill-switch off by " + by.wireName());
        killSwitch = new KillSwitchView(false, null, (String) null, 0, true);
        return killSwitch;
    }

    @Override
    public KillSwitchView killSwitchState() {
        return new KillSwitchView(killSwitch.on(), killSwitch.since(), killSwitch.switchedBy(), 0, false);
    }

    @Override
    public List<BalanceView> balances() {
        if (balancesFailure != null) {
            throw balancesFailure;
        }
        return List.copyOf(balances);
    }

    @Override
    public Readiness readiness() {
        return readiness;
    }

    @Override
    public Optional<OrderRecord> cancelOrder(String clientOrderId) {
        calls.add("cancel " + clientOrderId);
        return Optional.ofNullable(orders.get(clientOrderId));
    }

    /** An open limit buy of 0.5 BTC at 1e9 IRR whose cancel was requested. */
    static OrderRecord cancelRequested(String clientOrderId) {
        Instant at = Instant.parse("2026-01-02T03:00:00Z");
        return new OrderRecord(clientOrderId, "paper", "ord_1", "btc-sma", "golden cross", null, "main", "BTC-IRR", Side.BUY,
                OrderType.LIMIT, new BigDecimal("1000000000"), new BigDecimal("0.5"), BigDecimal.ZERO,
                TimeInForce.GOOD_TILL_CANCELED, OrderStatus.ACTIVE, null, null, List.of(), null, null, null, true, at, at);
    }
}
