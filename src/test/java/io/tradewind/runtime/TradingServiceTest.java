package io.tradewind.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.tradewind.domain.Side;
import io.tradewind.execution.ExecutionStore;
import io.tradewind.execution.FillRecord;
import io.tradewind.service.InstanceState;
import io.tradewind.service.InstanceView;
import io.tradewind.service.ServiceOperations;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The service wired by Quarkus: three paper instances on one account, replayed fast by the
 * scheduler. Two SMA crossovers trade independently within their budgets; a throwing plugin is
 * paused after repeated failures without disturbing them.
 */
@QuarkusTest
@TestProfile(TradingServiceTest.ThreeInstances.class)
class TradingServiceTest {

    public static class ThreeInstances implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            Map<String, String> config = new HashMap<>();
            config.put("tradewind.paper.instruments.BTC-USD.tick", "0.01");
            config.put("tradewind.paper.instruments.BTC-USD.step", "0.0001");
            config.put("tradewind.paper.instruments.BTC-USD.taker-fee", "0.001");
            config.put("tradewind.paper.accounts.main.balance.USD", "10000");
            config.put("tradewind.service.max-failures", "2");
            config.put("tradewind.service.back-off", "10ms");
            instance(config, "fast", "sma-crossover", "1000");
            config.put("tradewind.strategies.fast.params.fast", "2");
            config.put("tradewind.strategies.fast.params.slow", "5");
            instance(config, "slow", "sma-crossover", "3000");
            config.put("tradewind.strategies.slow.params.fast", "3");
            config.put("tradewind.strategies.slow.params.slow", "8");
            instance(config, "broken", "always-throwing", "1000");
            return config;
        }

        private static void instance(Map<String, String> config, String id, String plugin, String budget) {
            String p = "tradewind.strategies." + id + ".";
            config.put(p + "plugin", plugin);
            config.put(p + "symbol", "BTC-USD");
            config.put(p + "budget.USD", budget);
            config.put(p + "replay.source-venue", "service-test");
            config.put(p + "replay.data-file", "src/test/resources/candles/service-walk.csv");
            config.put(p + "replay.from", "2024-01-01T00:30:00Z");
            config.put(p + "replay.candles-per-second", "400");
        }
    }

    @Inject
    TradingService service;

    @Inject
    ServiceOperations operations;

    @Inject
    ExecutionStore store;

    @Test
    void instances_trade_independently_within_budgets_and_a_failing_one_is_paused() throws InterruptedException {
        service.start();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (operations.instances().stream().anyMatch(i -> i.state() != InstanceState.PAUSED)
                && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
        }

        InstanceView fast = operations.instance("fast").orElseThrow();
        InstanceView slow = operations.instance("slow").orElseThrow();
        InstanceView broken = operations.instance("broken").orElseThrow();
        assertTrue(broken.pausedReason().startsWith("failed 2 times in a row"), broken.pausedReason());
        assertEquals(2, broken.errors());
        for (InstanceView healthy : new InstanceView[] {fast, slow}) {
            assertTrue(healthy.pausedReason().startsWith("replay finished"), healthy.id() + ": " + healthy.pausedReason());
            assertEquals(0, healthy.errors());
            assertTrue(healthy.ordersFilled() > 2, healthy.id() + " traded " + healthy.ordersFilled());
        }
        assertFalse(fast.ordersFilled() == slow.ordersFilled() && fast.realisedPnl().equals(slow.realisedPnl()),
                "two different crossovers trade differently");
        assertWithinBudget("fast", new BigDecimal("1000"));
        assertWithinBudget("slow", new BigDecimal("3000"));
        assertTrue(operations.readiness().ready());
        assertTrue(operations.balances().stream().anyMatch(b -> b.account().equals("main") && b.asset().equals("USD")
                && b.total().equals(b.held().add(b.available()))));

        FillRecord filled = store.fills("paper").get(0);
        var cancelled = operations.cancelOrder(filled.clientOrderId()).orElseThrow();
        assertEquals(filled.clientOrderId(), cancelled.clientOrderId());
        assertTrue(cancelled.status().isTerminal(), "a filled order stays " + cancelled.status());
        assertTrue(operations.cancelOrder("no-such-order").isEmpty());
    }

    /** Every buy order of the long-only crossover (entered only when flat), with its fees, fits the instance's budget. */
    private void assertWithinBudget(String instance, BigDecimal budget) {
        Map<String, BigDecimal> buys = new HashMap<>();
        for (FillRecord fill : store.fills("paper")) {
            if (fill.strategyInstance().equals(instance) && fill.side() == Side.BUY) {
                buys.merge(fill.clientOrderId(), fill.price().multiply(fill.quantity()).add(fill.fee()), BigDecimal::add);
            }
        }
        buys.forEach((order, committed) -> assertTrue(committed.compareTo(budget) <= 0,
                instance + " order " + order + " committed " + committed + " of " + budget));
        assertTrue(buys.size() > 1, instance + " bought " + buys.size() + " times");
    }
}
