package io.tradewind.exchange.toparz;

import io.tradewind.exchange.VenueHttpError;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/**
 * TopArz's calls that carry the Bearer token ({@link io.tradewind.exchange.BearerAuth}): the account, and the
 * "Stat API" (candles, depth, latest trades), whose examples send the token too. Answers are
 * returned as text and read by {@link TopArzJson}; an answer of 400 or more becomes a
 * {@link VenueHttpError} with its body. Withdrawals, deposits and bank calls are left out on
 * purpose: a trading bot's token should never move funds out.
 *
 * <p>{@code filter} uses TopArz's syntax ({@link TopArzFilter}); a {@code null} parameter is not sent.
 */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
public interface TopArzApi {

    @GET
    @Path("/account/balances")
    String balances();

    @POST
    @Path("/account/orders")
    @Consumes(MediaType.APPLICATION_JSON)
    String place(String body);

    @GET
    @Path("/account/orders")
    String orders(@QueryParam("filter") String filter, @QueryParam("limit") Integer limit);

    @GET
    @Path("/account/orders/active")
    String activeOrders(@QueryParam("filter") String filter, @QueryParam("limit") Integer limit);

    /** The seed names the path parameter {@code client_order_id}. */
    @GET
    @Path("/account/orders/{id}")
    String order(@PathParam("id") String id);

    @DELETE
    @Path("/account/orders/{id}")
    String cancel(@PathParam("id") String id);

    /** Without a symbol TopArz cancels every order of the account; {@link TopArzVenue} always sends one. */
    @DELETE
    @Path("/account/orders")
    String cancelAll(@QueryParam("symbol") String symbol);

    @GET
    @Path("/account/trades")
    String trades(@QueryParam("filter") String filter, @QueryParam("limit") Integer limit);

    @GET
    @Path("/udf")
    String candles(@QueryParam("symbol") String symbol, @QueryParam("resolution") String resolution,
            @QueryParam("start_time") long startTime, @QueryParam("end_time") long endTime,
            @QueryParam("limit") Integer limit);

    @GET
    @Path("/depth/{symbol}")
    String depth(@PathParam("symbol") String symbol);

    @GET
    @Path("/latest-trade-summaries/{symbol}")
    String latestTrades(@PathParam("symbol") String symbol);
}
