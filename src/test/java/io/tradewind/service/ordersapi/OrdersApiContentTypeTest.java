package io.tradewind.service.ordersapi;

import static io.tradewind.service.TestHttp.postDeclared;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A create's body declared as other than JSON (text/plain, a form) is a 415, not read as JSON anyway. */
@QuarkusTest
@TestProfile(OrdersApiContentTypeTest.OneAdmin.class)
class OrdersApiContentTypeTest {

    private static final String TOKEN = "orders-api-content-type-test-token";
    private static final String ORDERS = "/api/exchange/v1/orders";
    /** Read as JSON, an admin's create for no user is a 422 at a field of the body, and places nothing. */
    private static final String ORDER = "{\"symbol\": \"NOPE-USD\", \"side\": \"buy\", \"type\": \"limit\","
            + " \"price\": \"1\", \"quantity\": \"1\"}";
    private static final ObjectMapper JSON = new ObjectMapper();

    public static class OneAdmin implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.datasource.jdbc.url", "jdbc:h2:mem:orders-api-content-type;DB_CLOSE_DELAY=-1",
                    "tradewind.orders-api.users.desk.role", "admin", "tradewind.orders-api.users.desk.token", TOKEN);
        }
    }

    @Test
    void a_body_declared_as_other_than_json_is_a_415_in_the_seeds_shape() throws Exception {
        for (String notJson : List.of("text/plain", "application/x-www-form-urlencoded", "text/json")) {
            HttpResponse<String> refused = postDeclared(ORDERS, TOKEN, notJson, ORDER);
            assertEquals(415, refused.statusCode(), notJson + ": " + refused.body());
            assertEquals("the body is sent as Content-Type '" + notJson + "', which is not JSON; send it as JSON with the"
                    + " header Content-Type: application/json; the order was not placed",
                    JSON.readTree(refused.body()).get("detail").asText());
        }
    }

    @Test
    void a_body_declared_as_json_or_not_declared_is_read_as_json() throws Exception {
        for (String json : List.of("application/json", "application/json; charset=utf-8", "application/vnd.order+json")) {
            assertReadAsJson(postDeclared(ORDERS, TOKEN, json, ORDER), json);
        }
        assertReadAsJson(postDeclared(ORDERS, TOKEN, null, ORDER), "no Content-Type, as the seed's server reads it");
    }

    private static void assertReadAsJson(HttpResponse<String> answer, String declared) throws Exception {
        assertEquals(422, answer.statusCode(), declared + ": " + answer.body());
        JsonNode location = JSON.readTree(answer.body()).get("detail").get(0).get("loc");
        assertEquals(2, location.size(), "a field of the body, not the body as a whole: " + declared + ": " + answer.body());
    }
}
