package io.tradewind.service.api;

import io.tradewind.cli.ExecutionViews;
import io.tradewind.execution.ExecutionStore;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * The latest fills in the service's store, with the fields of {@code fills list --json}: the
 * dashboard's recent fills after a restart, which the event stream no longer holds.
 */
@Path("/api/fills")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Fills", description = "Fills in the service's store.")
@APIResponse(responseCode = "401", ref = ApiDocumentation.UNAUTHORIZED)
public class FillsResource {

    static final int DEFAULT_LIMIT = 100;
    static final int MAX_LIMIT = 10_000;

    private final ExecutionStore store;

    FillsResource(ExecutionStore store) {
        this.store = store;
    }

    @GET
    @Operation(summary = "Fills, oldest first", description = "The latest fills of every venue (by time), at most limit"
            + " of them, oldest first.")
    @APIResponse(responseCode = "400", description = "A limit that is not a whole number from 1 to 10000, or another"
            + " parameter.", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "200", description = "The fills, with the fields of fills list --json.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = Object.class)))
    public List<Map<String, Object>> list(@Parameter(description = "At most this many of the latest fills: 1 to 10000"
            + " (default 100).", schema = @Schema(type = SchemaType.INTEGER)) @RestQuery String limit, @Context UriInfo uri) {
        // limit is declared for the OpenAPI document and read from the query as given (ListLimit)
        RefusedQueryParameters.refuse(uri, Set.of("limit"), null);
        return store.latestFills(ListLimit.parse(uri, DEFAULT_LIMIT, MAX_LIMIT)).stream().map(ExecutionViews::json).toList();
    }
}
