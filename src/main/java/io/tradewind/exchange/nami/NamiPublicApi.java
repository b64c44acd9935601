package io.tradewind.exchange.nami;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** Nami's public calls, answered as text and read by {@link NamiAnswers}. */
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
public interface NamiPublicApi {

    @GET
    @Path("/v3/spot/config")
    String config();

    @GET
    @Path("/v3/spot/depth")
    String depth(@QueryParam("symbol") String symbol);

    @GET
    @Path("/v1/chart/history")
    String chartHistory(@QueryParam("symbol") String symbol, @QueryParam("resolution") String resolution,
            @QueryParam("from") long from, @QueryParam("to") long to, @QueryParam("broker") String broker);
}
