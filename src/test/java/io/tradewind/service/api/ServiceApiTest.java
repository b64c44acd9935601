package io.tradewind.service.api;

import static io.tradewind.service.TestHttp.get;
import static io.tradewind.service.TestHttp.getAccepting;
import static io.tradewind.service.TestHttp.getRaw;
import static io.tradewind.service.TestHttp.options;
import static io.tradewind.service.TestHttp.post;
import static io.tradewind.service.TestHttp.postDeclaringLength;
import static io.tradewind.service.TestHttp.postAs;
import static io.tradewind.service.TestHttp.postDeclared;
import static io.tradewind.service.TestHttp.withMethod;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.tradewind.cli.ExecutionViews;
import io.tradewind.domain.OrderStatus;
import io.tradewind.domain.Side;
import io.tradewind.execution.ExecutionStore;
import io.tradewind.execution.FillRecord;
import io.tradewind.execution.OrderRecord;
import io.tradewind.execution.StoreBatch;
import io.tradewind.execution.StoreException;
import io.tradewind.service.BalanceView;
import io.tradewind.service.EquityHistory;
import io.tradewind.service.KillSwitchSource;
import io.tradewind.service.ServiceOperations;
import io.tradewind.service.ordersapi.SeedExamples;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The REST API over a service the test controls: tokens, every endpoint, errors as JSON, OpenAPI. */
@QuarkusTest
class ServiceApiTest {

    private static final String OPERATOR = "test-operator-token";
    private static final String READER = "test-read-token";
    private static final ObjectMapper JSON = new ObjectMapper();

    private FakeServiceOperations service;
    @Inject
    ExecutionStore store;
    @Inject
    EquityHistory equity;

    @BeforeEach
    void installService() {
        service = new FakeServiceOperations()
                .add(FakeServiceOperations.instance("btc-sma", new BigDecimal("12.5"), new BigDecimal("-0.00000001")))
                .add(FakeServiceOperations.instance("eth-grid", BigDecimal.ZERO, BigDecimal.ONE));
        QuarkusMock.installMockForType(service, ServiceOperations.class);
    }

    @Test
    void without_a_token_or_with_a_wrong_one_every_endpoint_answers_401_in_json() throws Exception {
        for (String token : new String[] {null, "wrong-token", ""}) {
            HttpResponse<String> response = get("/api/strategies", token);
            assertEquals(401, response.statusCode(), response.body());
            assertEquals("Bearer realm=\"tradewind\"", response.headers().firstValue("WWW-Authenticate").orElseThrow());
            assertTrue(error(response).contains("TRADEWIND_API_TOKEN"), response.body());
        }
        assertEquals(401, post("/api/kill-switch", "wrong-token", null).statusCode());
        for (String spelling : List.of("//api/strategies", "/api//strategies", "/api/./strategies", "/x/../api/strategies",
                "/api/strategies/", "/api/strategies;x=1", "/API/strategies", "/api/strategies%2F")) {
            assertTrue(List.of(401, 404).contains(get(spelling, null).statusCode()), spelling);
        }
        assertEquals(List.of(), service.calls);
    }

    /**
     * OPTIONS answered 200 without a token, with an Allow header naming methods the path refuses
     * (HEAD, GET on a POST-only action): it is a 405 as any method no endpoint takes, in each API's
     * error shape, token or none.
     */
    @Test
    void options_is_a_405_without_allow_whatever_the_token() throws Exception {
        for (String token : new String[] {null, OPERATOR}) {
            for (String path : List.of("/api/strategies/nope/flatten", "/api/strategies", "/udf/config",
                    "/api/exchange/v1/orders", "//api/strategies", "/x/../api/strategies")) {
                HttpResponse<String> response = options(path, token);
                assertEquals(405, response.statusCode(), path + ": " + response.body());
                assertTrue(response.headers().firstValue("Allow").isEmpty(), path + ": " + response.headers());
            }
        }
        assertEquals("this endpoint does not take OPTIONS; /q/openapi lists the methods each endpoint takes",
                error(options("/api/strategies", null)));
        assertEquals("error", JSON.readTree(options("/udf/config", null).body()).get("s").asText());
        assertTrue(JSON.readTree(options("/api/exchange/v1/orders", null).body()).has("detail"));
        assertEquals(List.of(), service.calls);
    }

    @Test
    void the_session_says_what_the_token_may_do() throws Exception {
        assertEquals("operate", JSON.readTree(get("/api/session", OPERATOR).body()).get("access").asText());
        assertEquals("read", JSON.readTree(get("/api/session", READER).body()).get("access").asText());
        assertEquals(401, get("/api/session", "wrong-token").statusCode());
    }

    @Test
    void the_read_token_reads_but_may_not_act() throws Exception {
        assertEquals(200, get("/api/strategies", READER).statusCode());
        for (String path : List.of("/api/strategies/btc-sma/pause", "/api/kill-switch", "/api/kill-switch/off",
                "/api/orders/cid-1/cancel")) {
            HttpResponse<String> response = post(path, READER, null);
            assertEquals(403, response.statusCode(), path);
            assertTrue(error(response).contains("may only read"), response.body());
        }
        assertEquals(List.of(), service.calls);
    }

    @Test
    void instances_are_listed_with_decimals_as_exact_strings() throws Exception {
        HttpResponse<String> response = get("/api/strategies", OPERATOR);

        assertEquals(200, response.statusCode());
        JsonNode instances = JSON.readTree(response.body());
        assertEquals(2, instances.size());
        JsonNode first = instances.get(0);
        assertEquals("btc-sma", first.get("id").asText());
        assertEquals("RUNNING", first.get("state").asText());
        assertEquals("2026-01-02T03:04:05Z", first.get("lastTick").asText());
        assertEquals(2, first.get("openOrders").asInt());
        assertTrue(first.get("position").isTextual());
        assertEquals("0.12345678", first.get("position").asText());
        assertEquals("1000000000000", first.get("budget").get("IRR").asText());
        assertEquals("12.5", first.get("realisedPnl").asText());
        assertEquals("-0.00000001", first.get("unrealisedPnl").asText());

        assertEquals("eth-grid", JSON.readTree(get("/api/strategies/eth-grid", READER).body()).get("id").asText());
    }

    @Test
    void each_action_calls_the_service_and_answers_the_instance_after_it() throws Exception {
        for (String action : List.of("pause", "resume", "reduce-only", "flatten")) {
            HttpResponse<String> response = post("/api/strategies/eth-grid/" + action, OPERATOR, null);
            assertEquals(200, response.statusCode(), action + ": " + response.body());
            assertEquals("eth-grid", JSON.readTree(response.body()).get("id").asText());
        }
        assertEquals(List.of("pause eth-grid", "resume eth-grid", "reduce-only eth-grid", "flatten eth-grid"), service.calls);
        assertEquals("PAUSED", JSON.readTree(get("/api/strategies/eth-grid", OPERATOR).body()).get("state").asText());
    }

    @Test
    void an_unknown_instance_or_endpoint_is_a_404_with_a_message() throws Exception {
        HttpResponse<String> shown = get("/api/strategies/nope", OPERATOR);
        assertEquals(404, shown.statusCode());
        assertTrue(error(shown).contains("no strategy instance 'nope'"), shown.body());
        assertTrue(error(shown).endsWith("the instances are the keys under tradewind.strategies: btc-sma, eth-grid"), shown.body());
        HttpResponse<String> otherCase = post("/api/strategies/ETH-GRID/pause", OPERATOR, null);
        assertEquals(404, otherCase.statusCode());
        assertTrue(error(otherCase).contains("(did you mean eth-grid? ids are matched in their letter case)"), otherCase.body());

        HttpResponse<String> paused = post("/api/strategies/nope/pause", OPERATOR, null);
        assertEquals(404, paused.statusCode());
        assertEquals(404, JSON.readTree(paused.body()).get("status").asInt());

        HttpResponse<String> endpoint = get("/api/nothing-here", OPERATOR);
        assertEquals(404, endpoint.statusCode());
        assertTrue(error(endpoint).contains("/q/openapi"), endpoint.body());
    }

    @Test
    void the_kill_switch_takes_cancel_orders_from_the_query_or_the_body() throws Exception {
        assertFalse(JSON.readTree(get("/api/kill-switch", READER).body()).get("on").asBoolean());

        HttpResponse<String> plain = post("/api/kill-switch", OPERATOR, null);
        assertEquals(200, plain.statusCode(), plain.body());
        assertTrue(JSON.readTree(plain.body()).get("on").asBoolean());
        HttpResponse<String> query = post("/api/kill-switch?cancelOrders=true", OPERATOR, null);
        assertEquals(2, JSON.readTree(query.body()).get("ordersCancelled").asInt());
        post("/api/kill-switch", OPERATOR, "{\"cancelOrders\": true}");
        post("/api/kill-switch", OPERATOR, "{\"cancelOrders\": false}");
        assertEquals(List.of("kill-switch cancelOrders=false by api", "kill-switch cancelOrders=true by api",
                "kill-switch cancelOrders=true by api", "kill-switch cancelOrders=false by api"), service.calls);

        JsonNode state = JSON.readTree(get("/api/kill-switch", OPERATOR).body());
        assertTrue(state.get("on").asBoolean());
        assertEquals("2026-01-02T04:00:00Z", state.get("since").asText());
        assertEquals("api", state.get("switchedBy").asText(), "who switched it, as the store keeps it");
    }

    @Test
    void the_operator_switches_the_kill_switch_off_and_the_command_line_is_told_apart() throws Exception {
        post("/api/kill-switch", OPERATOR, null);

        HttpResponse<String> off = post("/api/kill-switch/off", OPERATOR, null);
        assertEquals(200, off.statusCode(), off.body());
        assertFalse(JSON.readTree(off.body()).get("on").asBoolean());
        assertFalse(JSON.readTree(get("/api/kill-switch", READER).body()).get("on").asBoolean());

        assertEquals(200, postAs(KillSwitchSource.CLI_USER_AGENT, "/api/kill-switch?cancelOrders=true", OPERATOR).statusCode());
        assertEquals(200, postAs(KillSwitchSource.CLI_USER_AGENT, "/api/kill-switch/off", OPERATOR).statusCode());
        assertEquals(List.of("kill-switch cancelOrders=false by api", "kill-switch off by api",
                "kill-switch cancelOrders=true by cli", "kill-switch off by cli"), service.calls);
    }

    @Test
    void a_bad_kill_switch_request_is_a_400_with_one_line_and_no_trace() throws Exception {
        HttpResponse<String> malformed = post("/api/kill-switch", OPERATOR, "{\"cancelOrders\": tru");
        assertEquals(400, malformed.statusCode(), malformed.body());
        assertTrue(error(malformed).startsWith("the body is not JSON (it stops being JSON at line 1, column "), malformed.body());
        assertFalse(malformed.body().contains("\tat "), malformed.body());

        HttpResponse<String> quoted = post("/api/kill-switch", OPERATOR, "{\"cancelOrders\": \"yes\"}");
        assertEquals(400, quoted.statusCode(), quoted.body());
        assertEquals("cancelOrders in the body must be true or false without quotes, was \"yes\"; nothing was switched",
                error(quoted));
        for (String notTheShape : List.of("[]", "\"x\"")) {
            HttpResponse<String> wrongShape = post("/api/kill-switch", OPERATOR, notTheShape);
            assertEquals(400, wrongShape.statusCode(), wrongShape.body());
            assertEquals("the body must be a JSON object such as {\"cancelOrders\": true}, or empty; nothing was switched",
                    error(wrongShape), notTheShape);
        }
        for (String typo : List.of("1", "yes", "maybe")) {
            HttpResponse<String> query = post("/api/kill-switch?cancelOrders=" + typo, OPERATOR, null);
            assertEquals(400, query.statusCode(), query.body());
            assertEquals("cancelOrders must be true or false, was '" + typo + "'; nothing was switched", error(query));
        }
        HttpResponse<String> tooLong = post("/api/kill-switch?cancelOrders=" + "x".repeat(3_500), OPERATOR, null);
        assertEquals("cancelOrders must be true or false, was '" + "x".repeat(40) + "… (3,500 characters)'; nothing was"
                + " switched", error(tooLong));

        HttpResponse<String> conflicting = post("/api/kill-switch?cancelOrders=false", OPERATOR, "{\"cancelOrders\": true}");
        assertEquals(400, conflicting.statusCode());
        assertTrue(error(conflicting).contains("give it once"), conflicting.body());
        // a misspelt or repeated field read as "do not cancel": the operator believed orders were cancelled
        HttpResponse<String> misspelt = post("/api/kill-switch", OPERATOR, "{\"cancel_orders\": true}");
        assertEquals(400, misspelt.statusCode());
        assertEquals("unknown field 'cancel_orders' in the body; it takes only cancelOrders, e.g. {\"cancelOrders\": true};"
                + " nothing was switched", error(misspelt));
        HttpResponse<String> twiceInTheBody = post("/api/kill-switch", OPERATOR, "{\"cancelOrders\": true, \"cancelOrders\": false}");
        assertEquals(400, twiceInTheBody.statusCode(), twiceInTheBody.body());
        assertTrue(error(twiceInTheBody).contains("cancelOrders"), twiceInTheBody.body());
        HttpResponse<String> twiceInTheQuery = post("/api/kill-switch?cancelOrders=true&cancelOrders=false", OPERATOR, null);
        assertEquals(400, twiceInTheQuery.statusCode());
        assertEquals("cancelOrders is given 2 times; give it once; nothing was switched", error(twiceInTheQuery));
        HttpResponse<String> misspeltInTheQuery = post("/api/kill-switch?cancel_orders=true", OPERATOR, null);
        assertEquals(400, misspeltInTheQuery.statusCode());
        assertEquals("'cancel_orders' is not a parameter here (it takes cancelOrders); nothing was switched",
                error(misspeltInTheQuery));
        assertEquals(400, post("/api/kill-switch?cancelOrders", OPERATOR, null).statusCode(), "a bare name is no yes");
        HttpResponse<String> nullInTheBody = post("/api/kill-switch", OPERATOR, "{\"cancelOrders\": null}");
        assertEquals(400, nullInTheBody.statusCode(), "null is no answer: it switched on without cancelling");
        assertEquals("cancelOrders in the body must be true or false without quotes, was null; nothing was switched",
                error(nullInTheBody));
        HttpResponse<String> trailing = post("/api/kill-switch", OPERATOR, "{\"cancelOrders\": false}{\"cancelOrders\": true}");
        assertEquals(400, trailing.statusCode(), trailing.body());
        HttpResponse<String> huge = post("/api/kill-switch", OPERATOR, "{\"cancelOrders\": 1e400}");
        assertEquals("cancelOrders in the body must be true or false without quotes, was 1E+400; nothing was switched",
                error(huge), "the number as sent, not Infinity");
        assertEquals(List.of(), service.calls);
    }

    /** "Not Acceptable" and "does not take that method" left the client guessing what to change. */
    @Test
    void a_wrong_method_or_accept_header_is_named_in_each_apis_shape() throws Exception {
        assertEquals("this endpoint does not take DELETE; /q/openapi lists the methods each endpoint takes",
                error(withMethod("DELETE", "/api/strategies", OPERATOR)));
        assertEquals("this endpoint does not take PUT; /q/openapi lists the methods each endpoint takes",
                JSON.readTree(withMethod("PUT", "/api/exchange/v1/orders", OPERATOR).body()).get("detail").asText());

        String notAcceptable = "the Accept header (application/xml) names no type this endpoint answers (JSON; /udf/time"
                + " plain text, /api/events an event stream, a report's page HTML); leave Accept out or include */*";
        HttpResponse<String> xml = getAccepting("/api/strategies", READER, "application/xml");
        assertEquals(406, xml.statusCode(), xml.body());
        assertEquals(notAcceptable, error(xml));
        HttpResponse<String> udf = getAccepting("/udf/config", READER, "application/xml");
        assertEquals(406, udf.statusCode(), udf.body());
        assertEquals(notAcceptable, JSON.readTree(udf.body()).get("errmsg").asText());
        assertEquals(200, getAccepting("/api/strategies", READER, "text/html, application/json;q=0.9").statusCode());
        assertEquals(List.of(), service.calls);
    }

    /** A body sent as text/plain or as a form was read as JSON: the client's wrong type went untold. */
    @Test
    void a_kill_switch_body_declared_as_other_than_json_is_a_415_and_switches_nothing() throws Exception {
        for (String notJson : List.of("text/plain", "application/x-www-form-urlencoded", "application/xml")) {
            HttpResponse<String> refused = postDeclared("/api/kill-switch", OPERATOR, notJson, "{\"cancelOrders\": true}");
            assertEquals(415, refused.statusCode(), notJson + ": " + refused.body());
            assertEquals("the body is sent as Content-Type '" + notJson + "', which is not JSON; send it as JSON with the"
                    + " header Content-Type: application/json; nothing was switched", error(refused));
        }
        HttpResponse<String> malformed = postDeclared("/api/kill-switch", OPERATOR, "json", "{\"cancelOrders\": true}");
        assertEquals(415, malformed.statusCode(), malformed.body());
        assertEquals("the Content-Type header is not a media type this endpoint reads; send the body as JSON with the header"
                + " Content-Type: application/json", error(malformed));
        assertEquals(List.of(), service.calls);

        for (String json : List.of("application/json", "Application/JSON; charset=UTF-8", "application/merge-patch+json")) {
            HttpResponse<String> read = postDeclared("/api/kill-switch", OPERATOR, json, "{\"cancelOrders\": true}");
            assertEquals(200, read.statusCode(), json + ": " + read.body());
        }
        // as the seed's server reads it: a body without a Content-Type is taken for JSON, and a bare POST passes as before
        assertEquals(200, postDeclared("/api/kill-switch", OPERATOR, null, "{\"cancelOrders\": false}").statusCode());
        assertEquals(200, postDeclared("/api/kill-switch", OPERATOR, "text/plain", "").statusCode());
        assertEquals(List.of("kill-switch cancelOrders=true by api", "kill-switch cancelOrders=true by api",
                "kill-switch cancelOrders=true by api", "kill-switch cancelOrders=false by api",
                "kill-switch cancelOrders=false by api"), service.calls);
    }

    /** flatten?dryRun=true flattened and kill-switch/off?cancelOrders=true switched off: an option silently not done. */
    @Test
    void an_action_that_takes_no_parameters_refuses_one_and_does_nothing() throws Exception {
        for (String action : List.of("pause", "resume", "reduce-only", "flatten")) {
            HttpResponse<String> answer = post("/api/strategies/btc-sma/" + action + "?dryRun=true", OPERATOR, null);
            assertEquals(400, answer.statusCode(), action + ": " + answer.body());
            assertTrue(error(answer).startsWith("'dryRun' is not a parameter here (it takes none); nothing was"), answer.body());
        }
        HttpResponse<String> off = post("/api/kill-switch/off?cancelOrders=true", OPERATOR, null);
        assertEquals(400, off.statusCode(), off.body());
        assertEquals("'cancelOrders' is not a parameter here (it takes none); the kill switch was not switched off", error(off));
        assertEquals(List.of(), service.calls);
    }

    /** {"cancelOrders": true} to kill-switch/off, {"dryRun": true} to flatten: read as nothing, and done anyway. */
    @Test
    void an_action_that_takes_no_options_refuses_a_body_with_one_and_does_nothing() throws Exception {
        Map<String, String> refusals = Map.of("/api/strategies/btc-sma/pause", "nothing was paused",
                "/api/strategies/btc-sma/resume", "nothing was resumed", "/api/strategies/btc-sma/reduce-only",
                "nothing was changed", "/api/strategies/btc-sma/flatten", "nothing was flattened", "/api/kill-switch/off",
                "the kill switch was not switched off", "/api/orders/cid-1/cancel", "nothing was cancelled");
        for (Map.Entry<String, String> refusal : refusals.entrySet()) {
            HttpResponse<String> answer = post(refusal.getKey(), OPERATOR, "{\"dryRun\": true}");
            assertEquals(400, answer.statusCode(), refusal.getKey() + ": " + answer.body());
            assertEquals("this action takes no body, was {\"dryRun\": true}; send none (or {}); " + refusal.getValue(),
                    error(answer), refusal.getKey());
        }
        assertEquals(List.of(), service.calls);

        assertEquals(200, post("/api/strategies/btc-sma/pause", OPERATOR, " { } ").statusCode(), "the default of many clients");
        assertEquals(200, post("/api/strategies/btc-sma/resume", OPERATOR, "").statusCode());
        assertEquals(List.of("pause btc-sma", "resume btc-sma"), service.calls);
    }

    /**
     * A flatten pauses the instance, so no tick sampled its result: the curve kept the figure of its
     * last tick, and the dashboard showed it beside the instances' table, which had the present one.
     */
    @Test
    void the_equity_curves_end_at_each_instances_present_figure_not_at_its_last_sampled_tick() throws Exception {
        equity.record("btc-sma", "IRR", Instant.now().minusSeconds(120), new BigDecimal("-7.55"));

        JsonNode curves = JSON.readTree(get("/api/equity", READER).body());
        JsonNode points = curves.get("instances").get("btc-sma").get("points");
        assertEquals("12.49999999", points.get(points.size() - 1).get("equity").asText());
        JsonNode totals = curves.get("totals").get("IRR");
        assertEquals("13.49999999", totals.get(totals.size() - 1).get("equity").asText());
    }

    /** The dashboard asks for what its chart lacks: the points since its last, not two days of every curve each time. */
    @Test
    void the_equity_curves_since_a_time_hold_only_the_points_from_its_minute_and_a_bad_since_is_refused() throws Exception {
        Instant twoMinutesAgo = Instant.now().minusSeconds(120);
        equity.record("btc-sma", "IRR", twoMinutesAgo, new BigDecimal("-7.55"));

        JsonNode points = JSON.readTree(get("/api/equity?since=" + Instant.now(), READER).body()).get("instances").get("btc-sma")
                .get("points");
        assertEquals(1, points.size(), points.toString());
        assertEquals("12.49999999", points.get(0).get("equity").asText());

        for (String bad : List.of("yesterday", "", "2026-12-08")) {
            HttpResponse<String> answer = get("/api/equity?since=" + bad, READER);
            assertEquals(400, answer.statusCode(), bad + ": " + answer.body());
            assertTrue(error(answer).startsWith("since must be a time such as"), answer.body());
        }
        HttpResponse<String> misspelt = get("/api/equity?instance=btc-sma", READER);
        assertEquals(400, misspelt.statusCode(), misspelt.body());
    }

    /** ?state=paused on the instances, ?account=main on the balances: taken for filters, and answered everything. */
    @Test
    void a_read_that_takes_no_parameters_refuses_one_rather_than_answer_everything() throws Exception {
        for (String read : List.of("/api/strategies?state=paused", "/api/strategies/btc-sma?x=1", "/api/balances?account=main",
                "/api/kill-switch?verbose=true")) {
            HttpResponse<String> answer = get(read, OPERATOR);
            assertEquals(400, answer.statusCode(), read + ": " + answer.body());
            assertTrue(error(answer).endsWith("is not a parameter here (it takes none)"), answer.body());
        }
    }

    /** The dashboard (and its kill switch) could be framed by any site, kept stale for a day; answers by shared caches. */
    @Test
    void no_page_may_be_framed_the_dashboard_is_revalidated_and_answers_are_not_cached() {
        HttpResponse<String> dashboard = get("/", null);
        assertEquals(200, dashboard.statusCode());
        assertEquals("DENY", dashboard.headers().firstValue("X-Frame-Options").orElse(null));
        assertEquals("frame-ancestors 'none'", dashboard.headers().firstValue("Content-Security-Policy").orElse(null));
        assertEquals("nosniff", dashboard.headers().firstValue("X-Content-Type-Options").orElse(null));
        assertEquals(List.of("no-cache"), dashboard.headers().allValues("Cache-Control"));
        assertEquals(List.of("no-cache"), get("/dashboard/dashboard.js", null).headers().allValues("Cache-Control"));
        assertEquals(List.of("no-store"), get("/api/balances", READER).headers().allValues("Cache-Control"));
    }

    @Test
    void balances_are_listed_with_exact_amounts() throws Exception {
        service.balances.add(new BalanceView("paper", "main", "IRR", new BigDecimal("150000000000.00000001"),
                new BigDecimal("50000000000"), new BigDecimal("100000000000.00000001")));

        JsonNode balance = JSON.readTree(get("/api/balances", READER).body()).get(0);

        assertEquals("IRR", balance.get("asset").asText());
        assertEquals("150000000000.00000001", balance.get("total").asText());
        assertEquals("100000000000.00000001", balance.get("available").asText());
    }

    @Test
    void failures_are_one_json_line_without_a_trace() throws Exception {
        service.balancesFailure = new StoreException("execution store: list balances failed: disk full");
        HttpResponse<String> store = get("/api/balances", READER);
        assertEquals(503, store.statusCode());
        assertEquals("the service cannot use its store: execution store: list balances failed: disk full", error(store));

        service.balancesFailure = new IllegalStateException("a bug");
        HttpResponse<String> bug = get("/api/balances", READER);
        assertEquals(500, bug.statusCode());
        assertEquals("internal error in the service (IllegalStateException); the service log has the details", error(bug));
    }

    @Test
    void an_order_cancel_goes_to_the_service_and_answers_the_order() throws Exception {
        service.orders.put("cid-1", FakeServiceOperations.cancelRequested("cid-1"));

        HttpResponse<String> cancelled = post("/api/orders/cid-1/cancel", OPERATOR, null);
        assertEquals(200, cancelled.statusCode(), cancelled.body());
        JsonNode order = JSON.readTree(cancelled.body());
        assertEquals("cid-1", order.get("client_order_id").asText());
        assertTrue(order.get("cancel_requested").asBoolean());
        assertEquals("0.5", order.get("quantity").asText());

        HttpResponse<String> unknown = post("/api/orders/cid-9/cancel", OPERATOR, null);
        assertEquals(404, unknown.statusCode());
        assertTrue(error(unknown).contains("no order with client order id 'cid-9'"), unknown.body());

        // the command line calls it bad input; the API answered 404 echoing all of it
        HttpResponse<String> tooLong = post("/api/orders/" + "x".repeat(70) + "/cancel", OPERATOR, null);
        assertEquals(400, tooLong.statusCode(), tooLong.body());
        assertEquals("the client order id is 70 characters long; a client order id has at most 64 (see GET /api/orders);"
                + " nothing was cancelled", error(tooLong));

        assertEquals(List.of("cancel cid-1", "cancel cid-9"), service.calls);
    }

    /** A cancel takes no options: one given (a misspelt kill switch's cancel_all, say) was silently not done. */
    @Test
    void a_cancel_with_a_query_parameter_is_refused_and_cancels_nothing() throws Exception {
        service.orders.put("cid-1", FakeServiceOperations.cancelRequested("cid-1"));

        HttpResponse<String> refused = post("/api/orders/cid-1/cancel?cancel_all=true", OPERATOR, null);

        assertEquals(400, refused.statusCode(), refused.body());
        assertEquals("'cancel_all' is not a parameter here (it takes none); nothing was cancelled", error(refused));
        assertEquals(List.of(), service.calls);
    }

    @Test
    void cancelling_an_order_that_is_no_longer_open_is_a_409_not_a_cancel_under_way() throws Exception {
        OrderRecord open = FakeServiceOperations.cancelRequested("cid-filled-api");
        OrderRecord filled = new OrderRecord(open.clientOrderId(), open.venue(), open.venueOrderId(), open.strategyInstance(),
                open.reason(), open.userId(), open.account(), open.symbol(), open.side(), open.type(), open.price(), open.quantity(),
                open.quantity(), open.timeInForce(), OrderStatus.FILLED, null, null, List.of(), null, null, null, false,
                open.createdAt(), open.updatedAt());
        store.commit(new StoreBatch().order(filled));

        HttpResponse<String> answer = post("/api/orders/cid-filled-api/cancel", OPERATOR, null);
        assertEquals(409, answer.statusCode(), answer.body());
        assertEquals("order cid-filled-api is already filled; nothing to cancel", error(answer));
        assertEquals(List.of(), service.calls);
    }

    @Test
    void orders_are_read_from_the_store_and_a_bad_status_is_a_400() throws Exception {
        HttpResponse<String> orders = get("/api/orders?symbol=NO-SUCH", READER);
        assertEquals(200, orders.statusCode(), orders.body());
        assertEquals("[]", orders.body().strip());

        HttpResponse<String> bad = get("/api/orders?status=open", READER);
        assertEquals(400, bad.statusCode());
        assertTrue(error(bad).contains("unknown order status 'open'"), bad.body());

        // a status given twice answered one of the two; a misspelt filter, every order
        HttpResponse<String> twice = get("/api/orders?status=filled&status=new", READER);
        assertEquals(400, twice.statusCode());
        assertEquals("status is given 2 times; give it once", error(twice));
        HttpResponse<String> misspelt = get("/api/orders?stauts=filled", READER);
        assertEquals(400, misspelt.statusCode());
        assertEquals("'stauts' is not a parameter here (it takes limit, status, symbol)", error(misspelt));
        HttpResponse<String> empty = get("/api/orders?status=", READER);
        assertEquals(400, empty.statusCode());
        assertEquals("status is empty: give a value, or leave status out for every order", error(empty));
    }

    /** Every order ever placed in one answer: 7 MB for 14,000 orders, and out of memory after months of a market maker. */
    @Test
    void orders_are_the_latest_up_to_a_limit_oldest_first() throws Exception {
        StoreBatch batch = new StoreBatch();
        for (int i = 1; i <= 3; i++) {
            OrderRecord o = FakeServiceOperations.cancelRequested("cid-limit-" + i);
            batch.order(new OrderRecord(o.clientOrderId(), o.venue(), o.venueOrderId(), o.strategyInstance(), o.reason(),
                    o.userId(), o.account(), "LIM-IRR", o.side(), o.type(), o.price(), o.quantity(), o.filled(), o.timeInForce(),
                    o.status(), null, null, List.of(), null, null, null, false, o.createdAt().plusSeconds(i), o.updatedAt()));
        }
        store.commit(batch);

        JsonNode latest = JSON.readTree(get("/api/orders?symbol=LIM-IRR&limit=2", READER).body());
        assertEquals(List.of("cid-limit-2", "cid-limit-3"), List.of(latest.get(0).get("client_order_id").asText(),
                latest.get(1).get("client_order_id").asText()));
        assertEquals(3, JSON.readTree(get("/api/orders?symbol=LIM-IRR", READER).body()).size(), "1,000 unless asked");
        for (String limit : List.of("0", "100001", "ten")) {
            HttpResponse<String> refused = get("/api/orders?limit=" + limit, READER);
            assertEquals(400, refused.statusCode(), limit);
            assertEquals("limit must be a whole number from 1 to 100000, was '" + limit + "'", error(refused));
        }
        assertEquals("limit is empty: give a value, or leave limit out for the latest 1000",
                error(get("/api/orders?limit=", READER)));
        // Integer.parseInt reads other scripts' digits: an Arabic-Indic three answered three orders
        assertEquals("limit must be a whole number from 1 to 100000, was '\u0663'", error(get("/api/orders?limit=%D9%A3", READER)));
    }

    /** The dashboard's recent fills after a restart, when the event stream holds none of them. */
    @Test
    void fills_are_the_latest_up_to_a_limit_oldest_first() throws Exception {
        OrderRecord order = FakeServiceOperations.cancelRequested("cid-fills");
        StoreBatch batch = new StoreBatch().order(order);
        for (int i = 1; i <= 3; i++) {
            batch.fill(new FillRecord("paper", "api-fill-" + i, order.clientOrderId(), "btc-sma", order.account(),
                    order.symbol(), Side.BUY, new BigDecimal("100"), new BigDecimal("0.5"), new BigDecimal("0.05"), "USD",
                    Instant.parse("2099-01-01T00:00:00Z").plusSeconds(i)));
        }
        store.commit(batch);

        JsonNode latest = JSON.readTree(get("/api/fills?limit=2", READER).body());
        assertEquals("[\"api-fill-2\",\"api-fill-3\"]", JSON.valueToTree(List.of(latest.get(0).get("trade_id").asText(),
                latest.get(1).get("trade_id").asText())).toString());
        assertEquals("btc-sma", latest.get(1).get("strategy_instance").asText());
        assertEquals("0.5", latest.get(1).get("quantity").asText());
        assertEquals("limit must be a whole number from 1 to 10000, was '0'", error(get("/api/fills?limit=0", READER)));
        assertEquals("limit must be a whole number from 1 to 10000, was '\uFF15'", error(get("/api/fills?limit=%EF%BC%95", READER)),
                "a full-width five is no ASCII digit");
        assertEquals("limit is empty: give a value, or leave limit out for the latest 100", error(get("/api/fills?limit=", READER)));
        assertEquals("'symbol' is not a parameter here (it takes limit)", error(get("/api/fills?symbol=X", READER)));
    }

    /** Refused by the HTTP layer before any resource, a body over the limit was answered 413 with nothing in it. */
    @Test
    void a_body_over_the_limit_is_refused_saying_why_in_each_apis_shape() throws Exception {
        String why = "the request body is larger than the 10485760 bytes this service takes"
                + " (quarkus.http.limits.max-body-size); send a smaller one";

        String api = postDeclaringLength("/api/kill-switch", OPERATOR, 11L * 1024 * 1024);
        assertTrue(api.startsWith("HTTP/1.1 413"), api);
        assertEquals(why, JSON.readTree(api.substring(api.indexOf("\r\n\r\n") + 4)).get("error").asText());
        String ordersApi = postDeclaringLength("/api/exchange/v1/orders", OPERATOR, 11L * 1024 * 1024);
        assertTrue(ordersApi.startsWith("HTTP/1.1 413"), ordersApi);
        assertEquals(why, JSON.readTree(ordersApi.substring(ordersApi.indexOf("\r\n\r\n") + 4)).get("detail").asText());
        assertEquals(List.of(), service.calls, "nothing was switched");
    }

    /** The HTTP decoder answered a 4,096-character URL with an empty 414 and 20 KB of headers with an empty 431 (an audit). */
    @Test
    void a_long_url_or_large_headers_are_refused_saying_why_in_each_apis_shape() throws Exception {
        String longUrl = getRaw("/udf/search?query=" + "a".repeat(9_000), READER);
        assertTrue(longUrl.startsWith("HTTP/1.1 414"), longUrl);
        assertEquals("the URL is 9018 characters long; the service reads at most 8192: send shorter or fewer parameters",
                JSON.readTree(longUrl.substring(longUrl.indexOf("\r\n\r\n") + 4)).get("errmsg").asText());
        String largeHeaders = getRaw("/api/session", READER, "X-Large: " + "b".repeat(40_000));
        assertTrue(largeHeaders.startsWith("HTTP/1.1 431"), largeHeaders);
        assertTrue(JSON.readTree(largeHeaders.substring(largeHeaders.indexOf("\r\n\r\n") + 4)).get("error").asText()
                .startsWith("the request's headers are "), largeHeaders);
        assertEquals(200, get("/api/session?x=" + "a".repeat(4_000), READER).statusCode(), "what the decoder refused before");
    }

    /** Quarkus answered these with an empty 400, before any route: a script's unencoded value got no word. */
    @Test
    void a_malformed_url_is_refused_saying_why_in_each_apis_shape() throws Exception {
        String tail = "; percent-encode the value (a space is %20, % itself is %25)";
        assertEquals("the URL is malformed: '%ZZ' at character 20 is not a percent-escape (% and two hexadecimal digits)" + tail,
                body(getRaw("/api/orders?status=%ZZ", READER)).get("error").asText());
        assertEquals("the URL is malformed: '%ZZ' at character 17 is not a percent-escape (% and two hexadecimal digits)" + tail,
                body(getRaw("/api/strategies/%ZZ", READER)).get("error").asText());
        assertEquals("the URL is malformed: illegal character in query at character 21 ('|')" + tail,
                body(getRaw("/api/orders?symbol=a|b", READER)).get("error").asText());
        assertEquals("the URL is malformed: its percent-escapes decode to bytes that are not UTF-8" + tail,
                body(getRaw("/api/exchange/v1/orders?symbol=%FF", OPERATOR)).get("detail").asText());
        assertEquals("the URL is malformed: '%' at character 21 is not a percent-escape (% and two hexadecimal digits)" + tail,
                body(getRaw("/udf/history?symbol=%", READER)).get("errmsg").asText());
        assertEquals(200, get("/api/orders?symbol=BTC%2DUSD", READER).statusCode(), "a well-formed escape still passes");
    }

    private static JsonNode body(String rawAnswer) throws Exception {
        assertTrue(rawAnswer.startsWith("HTTP/1.1 400"), rawAnswer);
        // the header filters cannot match a path they cannot decode
        assertTrue(rawAnswer.toLowerCase(Locale.ROOT).contains("x-content-type-options: nosniff"), rawAnswer);
        return JSON.readTree(rawAnswer.substring(rawAnswer.indexOf("\r\n\r\n") + 4));
    }

    @Test
    void the_openapi_document_lists_the_endpoints_and_the_bearer_scheme() throws Exception {
        HttpResponse<String> response = get("/q/openapi?format=json", null);
        assertEquals(200, response.statusCode());
        JsonNode document = JSON.readTree(response.body());
        JsonNode paths = document.get("paths");
        for (String path : List.of("/api/strategies", "/api/strategies/{id}", "/api/strategies/{id}/pause",
                "/api/strategies/{id}/resume", "/api/strategies/{id}/reduce-only", "/api/strategies/{id}/flatten",
                "/api/kill-switch", "/api/kill-switch/off", "/api/balances", "/api/orders", "/api/orders/{clientOrderId}/cancel")) {
            assertTrue(paths.has(path), path + " in " + paths.properties());
        }
        assertEquals("bearer", document.at("/components/securitySchemes/bearer/scheme").asText());
        // the Orders API takes a user's token, not the operator's; the dashboard's chart library is no API
        assertEquals("orders-api-user", document.at("/paths/~1api~1exchange~1v1~1orders/get/security/0").properties()
                .iterator().next().getKey());
        assertFalse(paths.has("/dashboard/lightweight-charts.js"), paths.properties().toString());
        assertEquals("string", document.get("components").get("schemas").get("java.math.BigDecimal").get("type").asText());
        assertEquals(200, get("/q/swagger-ui/", null).statusCode());

        // every operation says what it answers when it succeeds (they listed 401 alone), with its content
        List<String> without = new ArrayList<>();
        paths.properties().forEach(path -> path.getValue().properties().forEach(operation -> {
            JsonNode responses = operation.getValue().get("responses");
            boolean succeeds = responses != null && responses.properties().stream()
                    .anyMatch(answer -> answer.getKey().startsWith("2") && answer.getValue().has("content"));
            if (!succeeds && !path.getKey().startsWith("/q/")) {
                without.add(operation.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey());
            }
        }));
        assertEquals(List.of(), without, "operations without a documented success and its content");
        assertTrue(document.at("/paths/~1api~1events/get/responses/200/content").has("text/event-stream"),
                "the event stream is a stream, not 204 No Content");
        assertTrue(document.at("/paths/~1api~1exchange~1v1~1orders/post/requestBody/content/application~1json/schema")
                .toString().contains("symbol"), "the Orders API's order fields are documented");

        // everything under /api and /udf needs a token; the equity, events, reports and UDF operations did not say so
        List<String> withoutUnauthorized = new ArrayList<>();
        paths.properties().stream().filter(path -> path.getKey().startsWith("/api") || path.getKey().startsWith("/udf"))
                .forEach(path -> path.getValue().properties().forEach(operation -> {
                    if (!operation.getValue().path("responses").has("401")) {
                        withoutUnauthorized.add(operation.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey());
                    }
                }));
        assertEquals(List.of(), withoutUnauthorized, "operations that do not list 401");

        // the answers' shapes are described, and as they are sent (orders were bare objects, the budget numbers,
        // the chart history a string)
        JsonNode schemas = document.at("/components/schemas");
        assertEquals(new TreeSet<>(ExecutionViews.json(FakeServiceOperations.cancelRequested("cid-1")).keySet()),
                propertyNames(schemas.get("StoredOrder")));
        assertEquals(propertyNames(SeedExamples.get("order")), propertyNames(schemas.get("OrdersApiOrder")));
        assertEquals(propertyNames(SeedExamples.get("order").at("/trades/0")), propertyNames(schemas.get("OrdersApiTrade")));
        assertEquals(propertyNames(SeedExamples.get("list_response")), propertyNames(schemas.get("OrdersApiPage")));
        assertEquals(propertyNames(SeedExamples.get("list_response").at("/items/0")),
                propertyNames(schemas.get("OrdersApiOrderItem")));
        assertEquals("#/components/schemas/StoredOrder", document.at(
                "/paths/~1api~1orders/get/responses/200/content/application~1json/schema/items/$ref").asText());
        assertEquals("#/components/schemas/OrdersApiOrder", document.at(
                "/paths/~1api~1exchange~1v1~1orders/post/responses/201/content/application~1json/schema/$ref").asText());
        assertEquals("#/components/schemas/AssetAmounts", schemas.at("/InstanceView/properties/budget/$ref").asText());
        assertEquals("#/components/schemas/java.math.BigDecimal", schemas.at("/AssetAmounts/additionalProperties/$ref").asText());
        assertEquals(Set.of("s", "t", "o", "h", "l", "c", "v", "nextTime", "errmsg"), propertyNames(document.at(
                "/paths/~1udf~1history/get/responses/200/content/application~1json/schema")));
        // what an error answers is documented too: the 401 with its body, the UDF's 400 and 404; no 400 is made up
        assertEquals("#/components/responses/Unauthorized", document.at("/paths/~1api~1strategies/get/responses/401/$ref").asText());
        assertEquals("#/components/schemas/ApiError", document.at(
                "/components/responses/Unauthorized/content/application~1json/schema/$ref").asText());
        assertEquals("#/components/responses/UdfError", document.at("/paths/~1udf~1history/get/responses/404/$ref").asText());
        for (String answersBadRequest : List.of("/paths/~1api~1events/get", "/paths/~1api~1orders/get",
                "/paths/~1api~1kill-switch/post")) {
            assertEquals("#/components/schemas/ApiError", document.at(answersBadRequest
                    + "/responses/400/content/application~1json/schema/$ref").asText(), answersBadRequest);
        }
        assertFalse(document.at("/paths/~1api~1exchange~1v1~1orders/post/responses").has("400"),
                "a malformed order is a 422, as the seed's validation errors are");
        assertEquals("", document.at("/paths/~1udf~1history/get/responses/200/content/application~1json/schema/properties/o/items/format")
                .asText(), "prices are exact JSON numbers, not doubles");
    }

    private static Set<String> propertyNames(JsonNode objectOrSchema) {
        JsonNode properties = objectOrSchema.has("properties") ? objectOrSchema.get("properties") : objectOrSchema;
        Set<String> names = new TreeSet<>();
        properties.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static String error(HttpResponse<String> response) throws Exception {
        assertEquals("application/json", response.headers().firstValue("Content-Type").orElse("").split(";")[0]);
        return JSON.readTree(response.body()).get("error").asText();
    }
}
