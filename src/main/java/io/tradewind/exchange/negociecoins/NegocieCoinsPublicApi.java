package io.tradewind.exchange.negociecoins;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** NegocieCoins' public market data ({@code /api/v3/{pair}/…}, pair spelled {@code btcbrl}), unsigned. */
@Path("/api/v3/{pair}")
@Produces(MediaType.APPLICATION_JSON)
public interface NegocieCoinsPublicApi {

    @GET
    @Path("/ticker")
    String ticker(@PathParam("pair") String pair);

    @GET
    @Path("/orderbook")
    String orderBook(@PathParam("pair") String pair);

    @GET
    @Path("/trades")
    String trades(@PathParam("pair") String pair);

    @GET
    @Path("/trades/{from}/{to}")
    String trades(@PathParam("pair") String pair, @PathParam("from") long fromSeconds,
            @PathParam("to") long toSeconds);
}
