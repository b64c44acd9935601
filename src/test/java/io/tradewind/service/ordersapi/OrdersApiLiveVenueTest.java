package io.tradewind.service.ordersapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.smallrye.config.PropertiesConfigSource;
import io.tradewind.cli.ExecutionViews;
import io.smallrye.config.SmallRyeConfigBuilder;
import io.tradewind.domain.Instrument;
import io.tradewind.domain.OrderStatus;
import io.tradewind.domain.Side;
import io.tradewind.exchange.VenueDouble;
import io.tradewind.execution.ExecutionService;
import io.tradewind.execution.ExecutionSettings;
import io.tradewind.execution.InMemoryExecutionStore;
import io.tradewind.execution.OrderIntent;
import io.tradewind.execution.RiskConfig;
import io.tradewind.live.MonitoredGateway;
import io.tradewind.live.VenueRuntime;
import io.tradewind.runtime.ServiceConfig;
import io.tradewind.service.InstanceMonitor;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * Orders of the API on a live venue (a connector double): placed there through the venue's
 * execution service, as a strategy's are, cancelled there, and listed beside a strategy instance's,
 * which an admin sees attributed to the instance and its account.
 */
class OrdersApiLiveVenueTest {

    private static final Instrument BTC_IRR = Instrument.of("BTC-IRR", "BTC", "IRR", "1000", "0.0001", "0.0001", "0", "0");

    private final VenueDouble venue = new VenueDouble();
    private final InMemoryExecutionStore store = new InMemoryExecutionStore();
    private final AtomicLong ids = new AtomicLong();
    private final VenueRuntime runtime;
    private final OrdersApiService orders;
    private final ApiUser alice;
    private final ApiUser bob;
    private final ApiUser admin;

    OrdersApiLiveVenueTest() {
        venue.list(BTC_IRR);
        venue.fund("alice-wallet", "IRR", "50000000000");
        venue.fund("strategy-wallet", "IRR", "50000000000");
        MonitoredGateway gateway = new MonitoredGateway(venue, InstanceMonitor.NONE);
        ExecutionService execution = new ExecutionService(gateway, store, Map.of("BTC-IRR", BTC_IRR), RiskConfig.none(),
                new ExecutionSettings(Set.of("alice-wallet", "strategy-wallet"), Duration.ofSeconds(30), Clock.systemUTC(),
                        () -> "o" + ids.incrementAndGet()));
        runtime = VenueRuntime.live(execution, gateway, Map.of("BTC-IRR", BTC_IRR));
        execution.start();
        String u = "tradewind.orders-api.users.";
        ApiUsers users = new ApiUsers(new SmallRyeConfigBuilder().withMapping(ServiceConfig.OrdersApi.class)
                .withSources(new PropertiesConfigSource(Map.of(
                        u + "alice.venue", VenueDouble.ID, u + "alice.account", "alice-wallet", u + "alice.token", "a",
                        u + "bob.venue", VenueDouble.ID, u + "bob.account", "bob-wallet", u + "bob.token", "b",
                        u + "root.role", "admin", u + "root.token", "r"), "test", 100))
                .build().getConfigMapping(ServiceConfig.OrdersApi.class), false);
        alice = users.signedIn("Bearer a").orElseThrow();
        bob = users.signedIn("Bearer b").orElseThrow();
        admin = users.signedIn("Bearer r").orElseThrow();
        orders = new OrdersApiService(name -> name.equals(VenueDouble.ID) ? Optional.of(runtime) : Optional.empty(), store, users);
    }

    @Test
    void an_order_reaches_the_venue_once_and_its_cancel_too() throws Exception {
        Map<String, Object> placed = orders.create(alice, CreateOrderBody.parse(SeedExamples.text("create_limit_buy")));

        assertEquals(1, venue.placements());
        assertEquals("active", placed.get("status"));
        assertEquals("alice-wallet", placed.get("wallet_id"));
        String uid = (String) placed.get("uid");
        assertEquals(List.of(uid), venue.openOrders("alice-wallet").stream().map(o -> o.clientOrderId()).toList());
        assertEquals("alice", ExecutionViews.json(store.findOrder(uid).orElseThrow()).get("user_id"),
                "the operator's order list names the user too");

        assertEquals(403, assertThrows(OrdersApiProblem.class, () -> orders.cancel(bob, uid)).status());
        assertEquals("cancelled", orders.cancel(alice, uid).get("status"));
        assertTrue(venue.openOrders("alice-wallet").isEmpty());
        assertEquals(OrderStatus.CANCELLED, runtime.execution().order(uid).orElseThrow().status());
    }

    @Test
    void an_admin_sees_a_strategy_instances_orders_under_the_instance_and_its_account() {
        runtime.execution().submit("btc-sma", OrderIntent.limit("strategy-wallet", "BTC-IRR", Side.BUY, "900000000", "0.1"));
        orders.create(alice, CreateOrderBody.parse(SeedExamples.text("create_limit_buy")));

        List<Map<String, Object>> all = items(orders.list(admin, ListQuery.parse(null, null, null, null, null, null, null, null)));
        assertEquals(List.of("btc-sma", "alice"), all.stream().map(item -> item.get("user_id")).toList());
        assertEquals(List.of("strategy-wallet", "alice-wallet"), all.stream().map(item -> item.get("wallet_id")).toList());
        assertEquals(List.of("alice"), items(orders.list(alice, ListQuery.parse(null, null, null, null, null, null, null, null)))
                .stream().map(item -> item.get("user_id")).toList());
        assertEquals(1, items(orders.list(admin, ListQuery.parse(null, null, "btc-sma", null, null, null, null, null))).size());
    }

    @Test
    void while_the_kill_switch_is_on_no_order_is_created_and_open_ones_can_be_cancelled() {
        String uid = (String) orders.create(alice, CreateOrderBody.parse(SeedExamples.text("create_limit_buy"))).get("uid");
        runtime.switchKillOn(Instant.now());

        List<ErrorDetail> details = assertThrows(UnprocessableOrder.class,
                () -> orders.create(alice, CreateOrderBody.parse(SeedExamples.text("create_limit_buy")))).details();
        assertEquals("value_error.kill_switch", details.get(0).type());
        assertEquals(1, venue.placements(), "the refused order never reached the venue");
        assertEquals("cancelled", orders.cancel(alice, uid).get("status"));

        runtime.switchKillOff();
        assertEquals("active", orders.create(alice, CreateOrderBody.parse(SeedExamples.text("create_limit_buy"))).get("status"));
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> items(Map<String, Object> page) {
        return (List<Map<String, Object>>) page.get("items");
    }
}
