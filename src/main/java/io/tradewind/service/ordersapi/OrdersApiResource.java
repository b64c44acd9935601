package io.tradewind.service.ordersapi;

import io.tradewind.service.JsonContentType;
import io.tradewind.service.QueryParameters;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * The Orders API of the seed {@code 001}: list, create, retrieve and cancel orders, each user with
 * their own token (see {@link ApiUsers}). Errors are the seed's: 401, 403, 404 with one line in
 * {@code detail}, 422 with the {@code detail} array.
 */
@Path("/api/exchange/v1/orders")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Orders API", description = "The exchange Orders API (seed 001): a user's own orders, or everyone's for an admin.")
@APIResponse(responseCode = "401", description = "No token, or one no user has.", content = @Content(
        mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT,
                properties = @SchemaProperty(name = "detail", type = SchemaType.STRING))))
@SecurityScheme(securitySchemeName = OrdersApiResource.USER_TOKEN, type = SecuritySchemeType.HTTP, scheme = "bearer",
        description = "An Orders API user's token (tradewind.orders-api.users.<name>.token); the operator's is refused.")
@SecurityRequirement(name = OrdersApiResource.USER_TOKEN)
public class OrdersApiResource {

    static final String USER_TOKEN = "orders-api-user";
    /** Set on a create's answer that is the order an earlier request with the same Idempotency-Key placed. */
    static final String REPLAYED = "Idempotent-Replayed";

    private final OrdersApiService orders;
    private final ApiUsers users;

    OrdersApiResource(OrdersApiService orders, ApiUsers users) {
        this.orders = orders;
        this.users = users;
    }

    @GET
    @Operation(summary = "List orders", description = "The caller's orders (an admin's: everyone's, strategy instances'"
            + " included), oldest first, filtered; offset (0) and limit (10, at most 100) page them.")
    @APIResponse(responseCode = "403", description = "A user asked for another user_id.")
    @APIResponse(responseCode = "422", description = "A bad query parameter.")
    @APIResponse(responseCode = "200", description = "A page of the caller's orders.", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OrderSchemas.Page.class)))
    public Map<String, Object> list(@RestHeader(HttpHeaders.AUTHORIZATION) String authorization,
            @RestQuery String offset, @RestQuery String limit, @RestQuery("user_id") String userId,
            @RestQuery String symbol, @RestQuery String side, @RestQuery String status,
            @RestQuery("created_at_from") String createdFrom, @RestQuery("created_at_to") String createdTo,
            @Context UriInfo uri) {
        ApiUser user = user(authorization);
        // a misspelt filter (created_at_form) returned every order; a repeated one, its first value
        refuseQueryProblems(uri, ListQuery.PARAMETERS);
        return orders.list(user, ListQuery.parse(asGiven(offset, uri, "offset"), asGiven(limit, uri, "limit"),
                asGiven(userId, uri, "user_id"), asGiven(symbol, uri, "symbol"), asGiven(side, uri, "side"),
                asGiven(status, uri, "status"), asGiven(createdFrom, uri, "created_at_from"),
                asGiven(createdTo, uri, "created_at_to")));
    }

    /**
     * A parameter given empty ({@code status=}) arrives as absent, and answered every order: as given,
     * {@link ListQuery} refuses it as the seed refuses a blank filter.
     */
    private static String asGiven(String value, UriInfo uri, String name) {
        return value != null ? value : uri.getQueryParameters().getFirst(name);
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Create an order", description = "Checks it (symbol active, trading session, balance, minimum and"
            + " maximum size, tick grid, prices the type needs, price band) and places it in the caller's wallet. With an"
            + " Idempotency-Key header (1 to 255 printable ASCII characters, e.g. a random UUID), a request sent again"
            + " with the same key answers the order the first one placed instead of placing another.")
    @APIResponse(responseCode = "403", description = "A user named another user or wallet.")
    @APIResponse(responseCode = "422", description = "A check failed: one detail per failure; or the Idempotency-Key"
            + " placed an order with other terms before (its uid in ctx).")
    @APIResponse(responseCode = "415", description = "A body declared as other than JSON (Content-Type), e.g. text/plain"
            + " or a form: detail says so, and the order was not placed.", content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.OBJECT, properties = @SchemaProperty(name = "detail", type = SchemaType.STRING))))
    @APIResponse(responseCode = "503", description = "The venue could not be reached, or does not run in this service:"
            + " the order was not placed (detail says what to do).")
    @APIResponse(responseCode = "201", description = "Placed: the order with every field; for an Idempotency-Key sent"
            + " before, the order it placed, with the header Idempotent-Replayed: true.", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OrderSchemas.Order.class)))
    @RequestBody(required = true, description = "The order, as the seed's API takes it; decimals as strings or numbers.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT,
                    requiredProperties = {"symbol", "side", "type", "quantity"}, properties = {
                        @SchemaProperty(name = "symbol", type = SchemaType.STRING, description = "e.g. BTC-IRT"),
                        @SchemaProperty(name = "side", type = SchemaType.STRING, enumeration = {"buy", "sell"}),
                        @SchemaProperty(name = "type", type = SchemaType.STRING,
                                enumeration = {"limit", "market", "stop-limit", "stop-market"}),
                        @SchemaProperty(name = "price", type = SchemaType.STRING, description = "limit and stop-limit"),
                        @SchemaProperty(name = "quantity", type = SchemaType.STRING),
                        @SchemaProperty(name = "time_in_force", type = SchemaType.STRING,
                                enumeration = {"good-till-canceled", "immediate-or-cancel", "fill-or-kill", "all-or-none"}),
                        @SchemaProperty(name = "stop_price", type = SchemaType.STRING, description = "stop orders"),
                        @SchemaProperty(name = "expire_at", type = SchemaType.STRING, format = "date-time",
                                description = "when an order resting on the book expires"),
                        @SchemaProperty(name = "user_id", type = SchemaType.STRING),
                        @SchemaProperty(name = "wallet_id", type = SchemaType.STRING),
                        @SchemaProperty(name = "user_national_code", type = SchemaType.STRING)})))
    // the header is read from the request as sent (below); declared here for the OpenAPI document
    @Parameter(name = IdempotencyKey.HEADER, in = ParameterIn.HEADER, required = false, description = "1 to 255 printable"
            + " ASCII characters without spaces, e.g. a random UUID per order: a create sent again with it answers the order"
            + " the first placed", schema = @Schema(type = SchemaType.STRING, maxLength = 255))
    public Response create(@RestHeader(HttpHeaders.AUTHORIZATION) String authorization, @Context HttpServerRequest request,
            @Context UriInfo uri, String body) {
        ApiUser user = user(authorization);
        // a create takes no options: one given (dry_run=true, say) would place the order all the same
        refuseQueryProblems(uri, Set.of());
        // the headers as sent: an empty one is a key given wrong, not a request without a key
        IdempotencyKey key = IdempotencyKey.of(request.headers().getAll(IdempotencyKey.HEADER), user.userId());
        if (body != null && !body.isBlank()) {
            JsonContentType.refusal(request.headers().getAll(HttpHeaders.CONTENT_TYPE)).ifPresent(refusal -> {
                throw new OrdersApiProblem(415, refusal + "; the order was not placed");
            });
        }
        OrdersApiService.Created created = orders.create(user, CreateOrderBody.parse(body), key);
        Response.ResponseBuilder answer = Response.status(Response.Status.CREATED).entity(created.order());
        return (created.replayed() ? answer.header(REPLAYED, "true") : answer).build();
    }

    @POST
    @Path("{uid}")
    @Operation(summary = "Retrieve an order", description = "The order with every field and its trades (GET works too).")
    @APIResponse(responseCode = "403", description = "Another user's order.")
    @APIResponse(responseCode = "404", description = "No order has this uid.")
    @APIResponse(responseCode = "422", description = "A query parameter is given (a retrieve takes none).")
    @APIResponse(responseCode = "200", description = "The order with its trades.", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OrderSchemas.Order.class)))
    public Map<String, Object> retrieve(@RestHeader(HttpHeaders.AUTHORIZATION) String authorization, @RestPath String uid,
            @Context UriInfo uri) {
        ApiUser user = user(authorization);
        // a retrieve takes no options: one given (a filter of its trades, say) would be silently ignored
        refuseQueryProblems(uri, Set.of());
        return orders.retrieve(user, uid);
    }

    @GET
    @Path("{uid}")
    @Operation(summary = "Retrieve an order (GET alias)")
    @APIResponse(responseCode = "403", description = "Another user's order.")
    @APIResponse(responseCode = "404", description = "No order has this uid.")
    @APIResponse(responseCode = "422", description = "A query parameter is given (a retrieve takes none).")
    @APIResponse(responseCode = "200", description = "The order with its trades.", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OrderSchemas.Order.class)))
    public Map<String, Object> get(@RestHeader(HttpHeaders.AUTHORIZATION) String authorization, @RestPath String uid,
            @Context UriInfo uri) {
        return retrieve(authorization, uid, uri);
    }

    @POST
    @Path("{uid}/cancel")
    @Operation(summary = "Cancel an order", description = "Cancels an open order and releases what it holds; answers"
            + " the order afterwards.")
    @APIResponse(responseCode = "403", description = "Another user's order.")
    @APIResponse(responseCode = "404", description = "No order has this uid.")
    @APIResponse(responseCode = "422", description = "The order is no longer open, or a query parameter is given (a cancel takes none).")
    @APIResponse(responseCode = "200", description = "The order after the cancel.", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OrderSchemas.Order.class)))
    public Map<String, Object> cancel(@RestHeader(HttpHeaders.AUTHORIZATION) String authorization, @RestPath String uid,
            @Context UriInfo uri) {
        ApiUser user = user(authorization);
        // a cancel takes no options: one given would be silently not done
        refuseQueryProblems(uri, Set.of());
        return orders.cancel(user, uid);
    }

    private static void refuseQueryProblems(UriInfo uri, Set<String> known) {
        List<ErrorDetail> problems = QueryParameters.problems(uri.getQueryParameters(), known).stream()
                .map(problem -> ErrorDetail.query(problem.name(), problem.message(), "value_error.query", null)).toList();
        if (!problems.isEmpty()) {
            throw new UnprocessableOrder(problems);
        }
    }

    /** The signed-in user; the filter has already answered 401 for anyone else. */
    private ApiUser user(String authorization) {
        return users.signedIn(authorization).orElseThrow(() -> new OrdersApiProblem(401, "Not authenticated"));
    }
}
