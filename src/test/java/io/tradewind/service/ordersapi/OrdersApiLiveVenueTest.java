package io.tradewind.service.ordersapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import io.tradewind.execution.ExecutionStore;
import io.tradewind.execution.ExecutionSettings;
import io.tradewind.execution.InMemoryExecutionStore;
import io.tradewind.execution.OrderIntent;
import io.tradewind.execution.RiskConfig;
import io.tradewind.live.MonitoredGateway;
import io.tradewind.live.VenueRuntime;
import io.tradewind.runtime.ServiceConfig;
import io.tradewind.service.InstanceMonitor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
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
    private final ApiUsers users;

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
        users = new ApiUsers(new SmallRyeConfigBuilder().withMapping(ServiceConfig.OrdersApi.class)
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
        Map<String, Object> placed = create(alice, "create_limit_buy");

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
        create(alice, "create_limit_buy");

        List<Map<String, Object>> all = items(orders.list(admin, ListQuery.parse(null, null, null, null, null, null, null, null)));
        assertEquals(List.of("btc-sma", "alice"), all.stream().map(item -> item.get("user_id")).toList());
        assertEquals(List.of("strategy-wallet", "alice-wallet"), all.stream().map(item -> item.get("wallet_id")).toList());
        assertEquals(List.of("alice"), items(orders.list(alice, ListQuery.parse(null, null, null, null, null, null, null, null)))
                .stream().map(item -> item.get("user_id")).toList());
        assertEquals(1, items(orders.list(admin, ListQuery.parse(null, null, "btc-sma", null, null, null, null, null))).size());
    }

    @Test
    void while_the_kill_switch_is_on_no_order_is_created_and_open_ones_can_be_cancelled() {
        String uid = (String) create(alice, "create_limit_buy").get("uid");
        runtime.switchKillOn(Instant.now());

        List<ErrorDetail> details = assertThrows(UnprocessableOrder.class,
                () -> create(alice, "create_limit_buy")).details();
        assertEquals("value_error.kill_switch", details.get(0).type());
        assertEquals(1, venue.placements(), "the refused order never reached the venue");
        assertEquals("cancelled", orders.cancel(alice, uid).get("status"));

        runtime.switchKillOff();
        assertEquals("active", create(alice, "create_limit_buy").get("status"));
    }

    /** A create sent again after its answer was lost: the same order, placed once, told apart by the answer. */
    @Test
    void a_create_sent_again_with_its_idempotency_key_answers_the_order_it_placed() {
        venue.loseNextPlacementAnswer();
        OrdersApiService.Created first = create(alice, "create_limit_buy", "9f1c2b7e-retry-me");
        OrdersApiService.Created again = create(alice, "create_limit_buy", "9f1c2b7e-retry-me");

        assertEquals(1, venue.placements());
        assertEquals(first.order().get("uid"), again.order().get("uid"));
        assertFalse(first.replayed());
        assertTrue(again.replayed());
        assertEquals(19, ((String) first.order().get("uid")).length(), "a client order id every connector reads back");
        assertEquals(1, items(orders.list(alice, ListQuery.parse(null, null, null, null, null, null, null, null))).size());

        CreateOrderBody forAlice = CreateOrderBody.parse(SeedExamples.text("create_limit_buy").replaceFirst("\\{",
                "{\"user_id\": \"alice\", "));
        OrdersApiService.Created admins = orders.create(admin, forAlice, IdempotencyKey.of(List.of("9f1c2b7e-retry-me"), admin.userId()));
        assertFalse(admins.replayed(), "one user's keys never meet another's, even in one wallet");
        assertEquals(2, venue.placements());
    }

    @Test
    void a_key_that_placed_an_order_is_refused_for_another_and_the_answer_names_the_first() {
        String uid = (String) create(alice, "create_limit_buy", "k-1").order().get("uid");
        CreateOrderBody other = CreateOrderBody.parse(SeedExamples.text("create_limit_buy").replace("\"0.5\"", "\"0.6\""));

        List<ErrorDetail> details = assertThrows(UnprocessableOrder.class,
                () -> orders.create(alice, other, IdempotencyKey.of(List.of("k-1"), alice.userId()))).details();

        assertEquals(List.of("header", "Idempotency-Key"), details.get(0).loc());
        assertEquals("value_error.idempotency_key_reused", details.get(0).type());
        assertEquals(Map.of("uid", uid), details.get(0).ctx());
        assertTrue(details.get(0).msg().contains("quantity is 0.5 (here 0.6)"), details.get(0).msg());
        assertEquals(1, venue.placements());
    }

    /** The key of an order the venue never saw: sent again, it says so again and how to place the order. */
    @Test
    void a_key_whose_order_was_not_placed_answers_503_again_and_asks_for_a_new_key() {
        venue.failNextCalls(1);
        OrdersApiProblem first = assertThrows(OrdersApiProblem.class, () -> create(alice, "create_limit_buy", "k-2"));
        OrdersApiProblem again = assertThrows(OrdersApiProblem.class, () -> create(alice, "create_limit_buy", "k-2"));

        assertEquals(503, first.status());
        assertEquals(503, again.status());
        assertTrue(again.getMessage().endsWith("the order was not placed; send it again with a new Idempotency-Key"),
                again.getMessage());
        assertEquals(0, venue.placements());
        assertEquals("active", create(alice, "create_limit_buy", "k-3").order().get("status"));
    }

    @Test
    void while_the_kill_switch_is_on_a_key_sent_again_still_answers_its_order() {
        String uid = (String) create(alice, "create_limit_buy", "k-4").order().get("uid");
        runtime.switchKillOn(Instant.now());

        assertEquals(uid, create(alice, "create_limit_buy", "k-4").order().get("uid"));
        assertThrows(UnprocessableOrder.class, () -> create(alice, "create_limit_buy", "k-5"));
    }

    /** Requests with one key at once, as a client's retry racing its first request: one order. */
    @Test
    void requests_sent_at_once_with_one_key_place_one_order() throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(8);
        try {
            List<Future<OrdersApiService.Created>> answers = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                answers.add(threads.submit(() -> create(alice, "create_limit_buy", "k-race")));
            }
            Set<Object> uids = new HashSet<>();
            int replayed = 0;
            for (Future<OrdersApiService.Created> answer : answers) {
                uids.add(answer.get(30, TimeUnit.SECONDS).order().get("uid"));
                replayed += answer.get().replayed() ? 1 : 0;
            }
            assertEquals(1, uids.size());
            assertEquals(7, replayed);
            assertEquals(1, venue.placements());
        } finally {
            threads.shutdownNow();
        }
    }

    /**
     * Each answer with trades read every fill of the venue to pick the order's out: 6,000 more fills
     * on the paper venue made a retrieve 3.4 times slower, growing with the history for as long as the
     * service runs. The store here refuses that read.
     */
    @Test
    void an_orders_trades_are_read_as_its_own_never_from_every_fill_of_the_venue() {
        venue.fund("strategy-wallet", "BTC", "1");
        runtime.execution().reconcile(); // the service learns the BTC a sell needs
        runtime.execution().submit("btc-sma", OrderIntent.limit("strategy-wallet", "BTC-IRR", Side.SELL, "1000000000", "0.5"));
        String uid = (String) create(alice, "create_limit_buy").get("uid");
        runtime.execution().reconcile();
        OrdersApiService watched = new OrdersApiService(name -> Optional.of(runtime), refusing("fills"), users);

        Map<String, Object> order = watched.retrieve(alice, uid);

        assertEquals("filled", order.get("status"));
        assertEquals(1, ((List<?>) order.get("trades")).size());
    }

    /**
     * A user's page of ten was picked out of every order of the venue, a strategy's and other users'
     * included: 100 ms for 6,000 orders on the demo service, growing with the history. The store here
     * refuses that read; only an admin's user_id filter, on an owner worked out per order, still needs it.
     */
    @Test
    void a_list_is_a_page_the_store_counts_and_cuts_never_every_order_of_the_venue() {
        runtime.execution().submit("btc-sma", OrderIntent.limit("strategy-wallet", "BTC-IRR", Side.BUY, "900000000", "0.1"));
        List<String> uids = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            uids.add((String) create(alice, "create_limit_buy").get("uid"));
        }
        OrdersApiService watched = new OrdersApiService(name -> Optional.of(runtime), refusing("orders"), users);

        Map<String, Object> page = watched.list(alice, ListQuery.parse("1", "1", null, null, "buy", "active", null, null));
        assertEquals(List.of(uids.get(1)), items(page).stream().map(item -> item.get("uid")).toList());
        assertEquals(3L, page.get("total"));
        assertEquals(4L, watched.list(admin, ListQuery.parse(null, null, null, null, null, null, null, null)).get("total"));
        assertEquals(0L, watched.list(alice, ListQuery.parse(null, null, null, null, "sell", null, null, null)).get("total"));
        assertEquals(1, items(orders.list(admin, ListQuery.parse(null, null, "btc-sma", null, null, null, null, null))).size());
    }

    /** This test's store, refusing one of its methods (a read of the venue's whole history). */
    private ExecutionStore refusing(String methodName) {
        return (ExecutionStore) Proxy.newProxyInstance(ExecutionStore.class.getClassLoader(),
                new Class<?>[] {ExecutionStore.class}, (proxy, method, args) -> {
                    if (method.getName().equals(methodName)) {
                        throw new AssertionError(methodName + " read the whole history: " + java.util.Arrays.toString(args));
                    }
                    try {
                        return method.invoke(store, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    private Map<String, Object> create(ApiUser user, String example) {
        return orders.create(user, CreateOrderBody.parse(SeedExamples.text(example)), null).order();
    }

    private OrdersApiService.Created create(ApiUser user, String example, String idempotencyKey) {
        return orders.create(user, CreateOrderBody.parse(SeedExamples.text(example)), IdempotencyKey.of(List.of(idempotencyKey),
                user.userId()));
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> items(Map<String, Object> page) {
        return (List<Map<String, Object>>) page.get("items");
    }
}
