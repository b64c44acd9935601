package io.tradewind.service.api;

import io.tradewind.service.InstanceView;
import io.tradewind.service.ServiceOperations;
import io.tradewind.service.UnknownInstanceException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
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
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;

/** The strategy instances the service runs, and what an operator does to one. */
@Path("/api/strategies")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Strategies", description = "The configured strategy instances.")
@APIResponse(responseCode = "401", ref = ApiDocumentation.UNAUTHORIZED)
public class StrategiesResource {

    private final ServiceOperations service;

    StrategiesResource(ServiceOperations service) {
        this.service = service;
    }

    @GET
    @Operation(summary = "Every instance", description = "State, last tick, open orders, position, budget,"
            + " realised and unrealised PnL and error counts of every configured instance, in configuration order.")
    @APIResponse(responseCode = "200", description = "Every instance.", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = InstanceView.class)))
    public List<InstanceView> list(@Context UriInfo uri) {
        // ?state=paused was taken for a filter, and answered every instance
        RefusedQueryParameters.refuse(uri, Set.of(), null);
        return service.instances();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One instance")
    @APIResponse(responseCode = "404", description = "No instance has this id.")
    @APIResponseSchema(value = InstanceView.class, responseCode = "200", responseDescription = "The instance.")
    public InstanceView get(@RestPath String id, @Context UriInfo uri) {
        RefusedQueryParameters.refuse(uri, Set.of(), null);
        return service.instance(id).orElseThrow(() -> new UnknownInstanceException(id,
                service.instances().stream().map(InstanceView::id).toList()));
    }

    @POST
    @Path("{id}/pause")
    @Operation(summary = "Pause", description = "Stops ticking the instance; its open orders stay.")
    @APIResponse(responseCode = "403", description = "A read-only token.")
    @APIResponse(responseCode = "404", description = "No instance has this id.")
    @APIResponseSchema(value = InstanceView.class, responseCode = "200", responseDescription = "The instance, paused.")
    @Consumes(MediaType.WILDCARD)
    @RequestBody(required = false, description = ApiDocumentation.NO_BODY)
    public InstanceView pause(@RestPath String id, @Context UriInfo uri, String body) {
        RefusedQueryParameters.refuse(uri, Set.of(), "nothing was paused");
        RefusedBody.refuse(body, "nothing was paused");
        return service.pause(id);
    }

    @POST
    @Path("{id}/resume")
    @Operation(summary = "Resume", description = "Ticks the instance again, clearing reduce-only and a pause after"
            + " repeated failures.")
    @APIResponse(responseCode = "403", description = "A read-only token.")
    @APIResponse(responseCode = "404", description = "No instance has this id.")
    @APIResponseSchema(value = InstanceView.class, responseCode = "200", responseDescription = "The instance, resumed.")
    @Consumes(MediaType.WILDCARD)
    @RequestBody(required = false, description = ApiDocumentation.NO_BODY)
    public InstanceView resume(@RestPath String id, @Context UriInfo uri, String body) {
        RefusedQueryParameters.refuse(uri, Set.of(), "nothing was resumed");
        RefusedBody.refuse(body, "nothing was resumed");
        return service.resume(id);
    }

    @POST
    @Path("{id}/reduce-only")
    @Operation(summary = "Reduce only", description = "The instance keeps ticking (a paused one ticks again) but may"
            + " only place orders that shrink its position.")
    @APIResponse(responseCode = "403", description = "A read-only token.")
    @APIResponse(responseCode = "404", description = "No instance has this id.")
    @APIResponseSchema(value = InstanceView.class, responseCode = "200", responseDescription = "The instance, reduce-only.")
    @Consumes(MediaType.WILDCARD)
    @RequestBody(required = false, description = ApiDocumentation.NO_BODY)
    public InstanceView reduceOnly(@RestPath String id, @Context UriInfo uri, String body) {
        RefusedQueryParameters.refuse(uri, Set.of(), "nothing was changed");
        RefusedBody.refuse(body, "nothing was changed");
        return service.reduceOnly(id);
    }

    @POST
    @Path("{id}/flatten")
    @Operation(summary = "Flatten", description = "Pauses the instance, cancels its open orders and closes its"
            + " position at market.")
    @APIResponse(responseCode = "403", description = "A read-only token.")
    @APIResponse(responseCode = "404", description = "No instance has this id.")
    @APIResponseSchema(value = InstanceView.class, responseCode = "200", responseDescription = "The instance, paused, its orders cancelled and its position closing.")
    @Consumes(MediaType.WILDCARD)
    @RequestBody(required = false, description = ApiDocumentation.NO_BODY)
    public InstanceView flatten(@RestPath String id, @Context UriInfo uri, String body) {
        RefusedQueryParameters.refuse(uri, Set.of(), "nothing was flattened");
        RefusedBody.refuse(body, "nothing was flattened");
        return service.flatten(id);
    }
}
