package io.tradewind.exchange.nobitex;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * Nobitex's calls without a token: market data and the login. Every method answers the raw
 * {@link Response}: Nobitex reports failures in bodies of any status (HTTP 200 with
 * {@code "status":"failed"}, 429 with {@code backOff}), which {@link NobitexTransport} reads.
 */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
interface NobitexPublicApi {

    @GET
    @Path("v3/orderbook/{symbol}")
    Response orderBook(@PathParam("symbol") String symbol);

    @GET
    @Path("v2/trades/{symbol}")
    Response trades(@PathParam("symbol") String symbol);

    @GET
    @Path("v2/options")
    Response options();

    @GET
    @Path("market/udf/history")
    Response history(@QueryParam("symbol") String symbol, @QueryParam("resolution") String resolution,
            @QueryParam("from") long from, @QueryParam("to") long to);

    /** The trailing slash is required. {@code totp} is left out when {@code null}. */
    @POST
    @Path("auth/login/")
    Response login(NobitexDtos.LoginRequest body, @HeaderParam("X-TOTP") String totp);
}
