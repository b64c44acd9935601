package io.tradewind.exchange.negociecoins;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * The Trade API ({@code /tradeapi/v1}), every call signed by {@link NegocieCoinsAuthFilter}. Bodies
 * are JSON text written by {@link NegocieCoinsJson}, so that the MD5 in the signature covers the
 * very bytes sent; answers are text, read by {@link NegocieCoinsJson}.
 */
@Path("/tradeapi/v1")
@Produces(MediaType.APPLICATION_JSON)
public interface NegocieCoinsTradeApi {

    @GET
    @Path("/user/balance")
    String balance();

    /** The seed's "user / orders": a POST whose body carries the filters. */
    @POST
    @Path("/user/orders")
    @Consumes(MediaType.APPLICATION_JSON)
    String orders(String filters);

    @GET
    @Path("/user/order/{orderId}")
    String order(@PathParam("orderId") String orderId);

    @POST
    @Path("/user/order")
    @Consumes(MediaType.APPLICATION_JSON)
    String place(String order);

    @DELETE
    @Path("/user/order/{orderId}")
    String cancel(@PathParam("orderId") String orderId);
}
