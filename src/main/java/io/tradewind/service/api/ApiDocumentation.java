package io.tradewind.service.api;

import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
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
        security = @SecurityRequirement(name = ApiDocumentation.BEARER))
@SecurityScheme(securitySchemeName = ApiDocumentation.BEARER, type = SecuritySchemeType.HTTP, scheme = "bearer",
        description = "The operator token (TRADEWIND_API_TOKEN) or the read-only token (TRADEWIND_API_READ_TOKEN).")
public class ApiDocumentation extends Application {

    static final String BEARER = "bearer";
}
