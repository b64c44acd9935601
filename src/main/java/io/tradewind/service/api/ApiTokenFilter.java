package io.tradewind.service.api;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Set;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.SimpleResourceInfo;

/**
 * Every request to this package's resources (all under {@code /api}) and to the charts' UDF
 * datafeed ({@code /udf}, package {@code service.udf}) carries {@code Authorization: Bearer <token>}:
 * 401 without a token or with a refused one, 403 when a read-only token asks for more than GET.
 * One rule for both: the header only, never a token in the URL, where access logs and browser
 * history would keep it (a chart library's UDF datafeed sends headers through its requester).
 * Health ({@code /q/health}), metrics and the OpenAPI document stay open for probes and scrapers.
 */
public class ApiTokenFilter {

    private static final String UDF_PACKAGE = "io.tradewind.service.udf";

    private static final Set<String> PROTECTED_PACKAGES = Set.of(ApiTokenFilter.class.getPackageName(), UDF_PACKAGE);
    private static final List<String> PROTECTED_PATHS = List.of("/api", "/udf");
    private static final String ORDERS_API_PACKAGE = "io.tradewind.service.ordersapi";

    private final ApiTokens tokens;

    ApiTokenFilter(ApiTokens tokens) {
        this.tokens = tokens;
    }

    /** How a 401 begins when the service was started without an operator token; the dashboard shows it as it is. */
    public static final String NO_TOKEN = "this service has no API token";

    /**
     * Runs after matching, so the decision rests on the resource that would answer, whatever
     * spelling of the path led there; this package's resources are always protected.
     */
    @ServerRequestFilter
    public Response authorize(ContainerRequestContext request, SimpleResourceInfo resource) {
        String path = request.getUriInfo().getPath();
        if (resource.getResourceClass().getPackageName().equals(ORDERS_API_PACKAGE)) {
            return null; // the Orders API signs its users in with tokens of its own
        }
        if (!PROTECTED_PACKAGES.contains(resource.getResourceClass().getPackageName())
                && PROTECTED_PATHS.stream().noneMatch(p -> path.equals(p) || path.startsWith(p + "/"))) {
            return null;
        }
        TokenCheck.Access access = tokens.accessOf(request.getHeaderString(HttpHeaders.AUTHORIZATION));
        return switch (access) {
            case OPERATE -> null;
            case READ -> isRead(request.getMethod()) ? null : refuse(Response.Status.FORBIDDEN,
                    "this token may only read; changing state needs the operator token (" + ApiTokens.OPERATOR_ENV + ")");
            case NONE -> refuse(Response.Status.UNAUTHORIZED, tokens.operatorTokenConfigured()
                    ? "missing or refused token: send 'Authorization: Bearer <token>' with the token the service has in "
                            + ApiTokens.OPERATOR_ENV + " or " + ApiTokens.READ_ENV
                    : NO_TOKEN + ": it refuses every request until it is restarted with " + ApiTokens.OPERATOR_ENV + " set");
        };
    }

    private static boolean isRead(String method) {
        return method.equals(HttpMethod.GET) || method.equals(HttpMethod.HEAD); // OPTIONS never gets here (OptionsFilter)
    }

    private static Response refuse(Response.Status status, String message) {
        Response response = ApiExceptionMappers.error(status.getStatusCode(), message);
        if (status == Response.Status.UNAUTHORIZED) {
            response.getHeaders().putSingle(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"tradewind\"");
        }
        return response;
    }
}
