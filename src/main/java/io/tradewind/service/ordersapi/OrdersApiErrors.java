package io.tradewind.service.ordersapi;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** The Orders API's errors in the seed's shape: {@code {"detail": [...]}} for 422, {@code {"detail": "..."}} otherwise. */
public class OrdersApiErrors {

    /** Where the Orders API is served. */
    public static final String PATH = "/api/exchange/";

    @ServerExceptionMapper
    public Response unprocessable(UnprocessableOrder e) {
        return Response.status(422).type(MediaType.APPLICATION_JSON_TYPE).entity(Map.of("detail", e.details())).build();
    }

    @ServerExceptionMapper
    public Response problem(OrdersApiProblem e) {
        return response(e.status(), e.getMessage());
    }

    public static Response response(int status, String message) {
        Response.ResponseBuilder answer = Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(Map.of("detail", message));
        if (status == 401) {
            answer.header(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        }
        return answer.build();
    }
}
