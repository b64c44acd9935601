package io.tradewind.exchange.nami;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/**
 * Nami's signed calls. A GET carries its parameters, {@code timestamp} and {@code signature} in the
 * query, in the order they were signed; a POST or DELETE carries them in a JSON body written by
 * {@link NamiJson}. {@code x-api-key} is added by {@link NamiApiKey}.
 */
@Path("/api/v4")
@Produces(MediaType.APPLICATION_JSON)
public interface NamiPrivateApi {

    @POST
    @Path("/spot/order")
    @Consumes(MediaType.APPLICATION_JSON)
    String place(String body);

    /** The seed's "close order": a DELETE with a JSON body. */
    @DELETE
    @Path("/spot/order")
    @Consumes(MediaType.APPLICATION_JSON)
    String cancel(String body);

    @GET
    @Path("/spot/open")
    String openOrders(@QueryParam("timestamp") long timestamp, @QueryParam("signature") String signature);

    @GET
    @Path("/spot/history")
    String history(@QueryParam("timestamp") long timestamp, @QueryParam("signature") String signature);

    /** {@code type=0}: the spot wallet (the documented signing example {@code type=0&timestamp=…}). */
    @GET
    @Path("/user/balance")
    String balance(@QueryParam("type") int type, @QueryParam("timestamp") long timestamp,
            @QueryParam("signature") String signature);
}
