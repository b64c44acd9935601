package io.tradewind.exchange.ordersapi;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/**
 * The Orders API's four calls, every one with the Bearer token
 * ({@link io.tradewind.exchange.BearerAuth}). Bodies are JSON text written by {@link OrdersApiJson}
 * and answers are text read by it; an answer of 400 or more becomes a
 * {@link io.tradewind.exchange.VenueHttpError} with its body. A {@code null} query parameter is not
 * sent.
 */
@Path("/api/exchange/v1/orders")
@Produces(MediaType.APPLICATION_JSON)
public interface OrdersApiClient {

    @GET
    String list(@QueryParam("offset") int offset, @QueryParam("limit") int limit,
            @QueryParam("user_id") String userId, @QueryParam("symbol") String symbol, @QueryParam("side") String side,
            @QueryParam("status") String status, @QueryParam("created_at_from") String createdAtFrom,
            @QueryParam("created_at_to") String createdAtTo);

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    String create(String order);

    /** The seed retrieves one order with a POST, not a GET. */
    @POST
    @Path("/{uid}")
    String retrieve(@PathParam("uid") String uid);

    @POST
    @Path("/{uid}/cancel")
    String cancel(@PathParam("uid") String uid);
}
