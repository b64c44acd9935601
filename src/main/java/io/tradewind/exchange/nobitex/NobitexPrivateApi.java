package io.tradewind.exchange.nobitex;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * Nobitex's calls of one account; {@link NobitexAuthFilter} adds {@code Authorization: Token}.
 * Answers are raw for the same reason as {@link NobitexPublicApi}'s.
 */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
interface NobitexPrivateApi {

    @POST
    @Path("market/orders/add")
    Response addOrder(NobitexDtos.PlaceOrder body);

    @POST
    @Path("market/orders/status")
    Response orderStatus(NobitexDtos.OrderLookup body);

    @POST
    @Path("market/orders/update-status")
    Response updateStatus(NobitexDtos.UpdateStatus body);

    /** {@code details=2} asks for the full order, with its client order id; newest first. */
    @GET
    @Path("market/orders/list")
    Response orders(@QueryParam("status") String status, @QueryParam("details") int details);

    /** The user's trades of the last three days with ids from {@code fromId} on, in pages. */
    @GET
    @Path("market/trades/list")
    Response ownTrades(@QueryParam("fromId") long fromId, @QueryParam("page") int page,
            @QueryParam("pageSize") int pageSize);

    @GET
    @Path("users/wallets/list")
    Response wallets();
}
