package io.tradewind.service.api;

import io.tradewind.cli.ExecutionViews;
import io.tradewind.domain.OrderStatus;
import io.tradewind.execution.ExecutionStore;
import io.tradewind.execution.OrderQuery;
import io.tradewind.service.ServiceOperations;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * Orders in the service's store, for {@code orders list} and {@code orders cancel} while the
 * service owns the store. Orders have the Orders API field names, as the command line prints them.
 */
@Path("/api/orders")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Orders", description = "Orders in the service's store.")
@APIResponse(responseCode = "401", ref = ApiDocumentation.UNAUTHORIZED)
public class OrdersResource {

    private static final Set<String> FILTERS = Set.of("status", "symbol", "limit");
    /** The orders a list answers unless asked for another number: the history grows with every order placed. */
    static final int DEFAULT_LIMIT = 1_000;
    /** The most one list answers: 100,000 orders are about 50 MB of JSON. */
    public static final int MAX_LIMIT = 100_000;

    private final ExecutionStore store;
    private final ServiceOperations service;

    OrdersResource(ExecutionStore store, ServiceOperations service) {
        this.store = store;
        this.service = service;
    }

    @GET
    @Operation(summary = "Orders, oldest first", description = "The latest orders in the store (by creation), or the"
            + " latest with a status and a symbol: at most limit of them, oldest first. To know whether older ones were"
            + " left out, ask for one more than you show.")
    @APIResponse(responseCode = "400", description = "An unknown status, a limit that is not a whole number from 1 to"
            + " 100000, a parameter given twice, or one this list does not take.", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "200", description = "The orders, with the fields of orders list --json.", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = StoredOrderSchema.class)))
    public List<Map<String, Object>> list(
            @Parameter(description = "new, queued, rejected, active, partial, filled, cancelled or expired")
            @RestQuery String status,
            @Parameter(description = "e.g. BTC-IRR") @RestQuery String symbol,
            @Parameter(description = "At most this many of the latest orders: 1 to 100000 (default 1000).",
                    schema = @Schema(type = SchemaType.INTEGER)) @RestQuery String limit, @Context UriInfo uri) {
        // limit is declared for the OpenAPI document and read from the query as given (ListLimit)
        // status=filled&status=new answered one of the two, and a misspelt filter (stauts) every order
        RefusedQueryParameters.refuse(uri, FILTERS, null);
        // a script's empty $STATUS (status=) answered every order in the store
        uri.getQueryParameters().forEach((name, values) -> {
            if (values.stream().allMatch(String::isBlank)) {
                throw new ApiProblem(400, name + " is empty: give a value, or leave " + name + " out for "
                        + (name.equals("limit") ? "the latest " + DEFAULT_LIMIT : "every order"));
            }
        });
        return store.latestOrders(new OrderQuery(null, parseStatus(status), symbol, null), ListLimit.parse(uri, DEFAULT_LIMIT, MAX_LIMIT)).stream()
                .map(ExecutionViews::json).toList();
    }

    @POST
    @Path("{clientOrderId}/cancel")
    @Operation(summary = "Cancel one order", description = "Asks the execution service trading the order's venue"
            + " to cancel it; answers the order as it is after the request.")
    @APIResponse(responseCode = "403", description = "A read-only token.")
    @APIResponse(responseCode = "400", description = "A query parameter or a body (a cancel takes none), or a client order id"
            + " longer than 64 characters; nothing was cancelled.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "404", description = "No order has this client order id.")
    @APIResponse(responseCode = "409", description = "The order is no longer open: filled, cancelled, expired or rejected.")
    @APIResponse(responseCode = "200", description = "The order after the cancel request.", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = StoredOrderSchema.class)))
    @Consumes(MediaType.WILDCARD)
    @RequestBody(required = false, description = ApiDocumentation.NO_BODY)
    public Map<String, Object> cancel(@RestPath String clientOrderId, @Context UriInfo uri, String body) {
        // a cancel takes no options: one given (cancel_all=true, say) would be silently not done
        RefusedQueryParameters.refuse(uri, Set.of(), "nothing was cancelled");
        RefusedBody.refuse(body, "nothing was cancelled");
        if (clientOrderId.length() > ExecutionStore.LONGEST_CLIENT_ORDER_ID) {
            // as the command line says it: no order can have it, and a 404 would echo all of it
            throw new ApiProblem(400, "the client order id is " + clientOrderId.length() + " characters long; a client"
                    + " order id has at most " + ExecutionStore.LONGEST_CLIENT_ORDER_ID + " (see GET /api/orders); nothing was cancelled");
        }
        store.findOrder(clientOrderId).filter(order -> !order.holdsFunds()).ifPresent(order -> {
            // answered as a 200 it would read as a cancel under way
            throw new ApiProblem(409, "order " + clientOrderId + " is already " + order.status().wireName()
                    + "; nothing to cancel");
        });
        return service.cancelOrder(clientOrderId).map(ExecutionViews::json).orElseThrow(() -> new ApiProblem(404,
                "no order with client order id '" + clientOrderId + "'; list the orders with GET /api/orders"));
    }

    private static OrderStatus parseStatus(String status) {
        if (status == null) {
            return null;
        }
        try {
            return OrderStatus.fromWire(status);
        } catch (IllegalArgumentException e) {
            throw new ApiProblem(400, "status: " + e.getMessage());
        }
    }
}
