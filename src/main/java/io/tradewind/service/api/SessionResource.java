package io.tradewind.service.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * What the caller's token allows, so that a client (the dashboard) offers only the actions it
 * may take instead of letting a read-only user press buttons that answer 403.
 */
@Path("/api/session")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Session")
@APIResponse(responseCode = "401", ref = ApiDocumentation.UNAUTHORIZED)
public class SessionResource {

    /** The caller's rights: {@code operate} (read and act) or {@code read} (GET only). */
    public record SessionView(String access) {
    }

    private final ApiTokens tokens;

    SessionResource(ApiTokens tokens) {
        this.tokens = tokens;
    }

    @GET
    @Operation(summary = "What this token may do",
            description = "access is operate (the operator token: read and act) or read (the read token: GET only).")
    @APIResponseSchema(value = SessionView.class, responseCode = "200", responseDescription = "What the token may do.")
    public SessionView session(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        // the filter already refused a token with no access, so only these two reach here
        return new SessionView(tokens.accessOf(authorization).name().toLowerCase(Locale.ROOT));
    }
}
