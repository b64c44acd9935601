package io.tradewind.service.ordersapi;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.SimpleResourceInfo;

/**
 * Signs the Orders API's requests in: a request to this package's resources without a token, or
 * with one no user has, is answered 401 before its body is read.
 */
public class OrdersApiAuthFilter {

    private final ApiUsers users;

    OrdersApiAuthFilter(ApiUsers users) {
        this.users = users;
    }

    @ServerRequestFilter
    public Response signIn(ContainerRequestContext request, SimpleResourceInfo resource) {
        if (!resource.getResourceClass().getPackageName().equals(OrdersApiAuthFilter.class.getPackageName())) {
            return null;
        }
        if (users.signedIn(request.getHeaderString(HttpHeaders.AUTHORIZATION)).isPresent()) {
            return null;
        }
        return OrdersApiErrors.response(401, "Not authenticated: send 'Authorization: Bearer <token>' with your Orders API"
                + " token");
    }
}
