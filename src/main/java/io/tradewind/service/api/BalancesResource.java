package io.tradewind.service.api;

import io.tradewind.service.BalanceView;
import io.tradewind.service.ServiceOperations;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Balances of every venue account the service trades. */
@Path("/api/balances")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Balances")
@APIResponse(responseCode = "401", ref = ApiDocumentation.UNAUTHORIZED)
public class BalancesResource {

    private final ServiceOperations service;

    BalancesResource(ServiceOperations service) {
        this.service = service;
    }

    @GET
    @Operation(summary = "Balances", description = "Per venue account and asset: total, held by open orders, available.")
    @APIResponse(responseCode = "200", description = "Every venue account's balances.", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = BalanceView.class)))
    public List<BalanceView> balances(@Context UriInfo uri) {
        // ?account=main was taken for a filter, and answered every account
        RefusedQueryParameters.refuse(uri, Set.of(), null);
        return service.balances();
    }
}
