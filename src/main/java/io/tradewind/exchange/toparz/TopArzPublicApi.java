package io.tradewind.exchange.toparz;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * TopArz's one public call. Answers are returned as text and read by {@link TopArzJson}, so that a
 * malformed answer is told apart from a refusal.
 */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
public interface TopArzPublicApi {

    @GET
    @Path("/markets")
    String markets();
}
