package io.tradewind.service.api;

import jakarta.ws.rs.core.Application;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/**
 * The OpenAPI document's title and its bearer-token scheme (served at {@code /q/openapi}, shown at
 * {@code /q/swagger-ui}). Adds no path and no resource: every resource stays where it is.
 */
@OpenAPIDefinition(info = @Info(title = "Tradewind service API", version = "0.1.0",
        description = "Operate a running Tradewind service: strategy instances, kill switch, balances, orders."
                + " Every /api request carries 'Authorization: Bearer <token>' with the operator token"
                + " (environment variable TRADEWIND_API_TOKEN) or, for GET only, the read token"
                + " (TRADEWIND_API_READ_TOKEN). Decimals are strings, except in the charts' TradingView UDF datafeed"
                + " under /udf (same tokens), whose prices are exact JSON numbers as the UDF protocol wants."),
        security = @SecurityRequirement(name = ApiDocumentation.BEARER),
        components = @Components(responses = {
            @APIResponse(name = ApiDocumentation.UNAUTHORIZED, description = "No token, or a refused one.",
                    content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class))),
            @APIResponse(name = ApiDocumentation.UDF_ERROR, description = "A UDF error: s=error and errmsg saying what was"
                    + " wrong (an unknown symbol is a 404, a bad parameter a 400).", content = @Content(
                            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT,
                                    properties = {@SchemaProperty(name = "s", type = SchemaType.STRING, enumeration = "error"),
                                        @SchemaProperty(name = "errmsg", type = SchemaType.STRING)})))}))
@SecurityScheme(securitySchemeName = ApiDocumentation.BEARER, type = SecuritySchemeType.HTTP, scheme = "bearer",
        description = "The operator token (TRADEWIND_API_TOKEN) or the read-only token (TRADEWIND_API_READ_TOKEN).")
public class ApiDocumentation extends Application {

    static final String BEARER = "bearer";
    /** The 401 every /api and /udf operation answers without a valid token (the filter's {@link ApiError}). */
    public static final String UNAUTHORIZED = "Unauthorized";

    /** The request body of an action without options. */
    static final String NO_BODY = "None: the action takes no options. An empty body or {} passes; anything else is a 400"
            + " and nothing is done.";
    /** A /udf refusal in the UDF's own error shape. */
    public static final String UDF_ERROR = "UdfError";
}
