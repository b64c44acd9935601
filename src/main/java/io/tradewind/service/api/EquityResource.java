package io.tradewind.service.api;

import io.quarkus.runtime.annotations.RegisterForReflection;
import io.tradewind.domain.InputEcho;
import io.tradewind.service.EquityHistory;
import io.tradewind.service.ServiceOperations;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestQuery;

/** {@code GET /api/equity}: each instance's equity curve (a point a minute) and the totals per quote asset, for the dashboard. */
@Path("/api/equity")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Equity")
@APIResponse(responseCode = "401", ref = ApiDocumentation.UNAUTHORIZED)
// answered inside a map, where Quarkus does not see their types: a native image must keep their accessors
@RegisterForReflection(targets = {EquityHistory.Curve.class, EquityHistory.Point.class})
public class EquityResource {

    private static final String SINCE = "since";

    private final EquityHistory history;
    private final ServiceOperations service;

    EquityResource(EquityHistory history, ServiceOperations service) {
        this.history = history;
        this.service = service;
    }

    @GET
    @Operation(summary = "Equity curves", description = "Per instance its realised plus unrealised PnL once a minute"
            + " (the last two days since start-up), and per quote asset the total of its instances.")
    @APIResponse(responseCode = "400", description = "A since that is not an ISO 8601 time, or another parameter.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "200", description = "instances: instance id to its points; totals: quote asset to the"
            + " points of its instances' sum. A point is {time, equity}, equity an exact decimal as a string.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT, properties = {
                @SchemaProperty(name = "instances", type = SchemaType.OBJECT),
                @SchemaProperty(name = "totals", type = SchemaType.OBJECT)})))
    public Map<String, Object> curves(@Parameter(description = "Only the points from the minute of this time on"
            + " (ISO 8601, e.g. 2026-12-08T10:15:00Z): what a chart drawn before lacks; every point when absent.",
            schema = @Schema(type = SchemaType.STRING, format = "date-time")) @RestQuery String since, @Context UriInfo uri) {
        // since is declared for the OpenAPI document and read from the query as given (an empty one is refused)
        // ?instance=demo was taken for a filter, and answered every curve
        RefusedQueryParameters.refuse(uri, Set.of(SINCE), null);
        Instant from = since(uri);
        // Ticks sample the curves, so an instance that no longer ticks (paused, flattened) kept the
        // figure of its last sampled tick here, and the totals with it, while /api/strategies and the
        // metrics showed what its flatten made of it: the present minute is each instance's present figure.
        Instant now = Instant.now();
        service.instances().forEach(view -> history.record(view, now));
        return answer(history, from);
    }

    /**
     * The query's {@code since}, read as given (an empty one is no "everything"), or null when absent.
     * The dashboard asks for the minutes since its last point every few seconds: two days of every
     * curve each time were near a megabyte.
     */
    private static Instant since(UriInfo uri) {
        String since = uri.getQueryParameters().getFirst(SINCE);
        if (since == null) {
            return null;
        }
        try {
            return Instant.parse(since.strip());
        } catch (DateTimeParseException e) {
            throw new ApiProblem(400, "since must be a time such as 2026-12-08T10:15:00Z (ISO 8601, in UTC), was '"
                    + InputEcho.shortened(since) + "'; leave it out for every point");
        }
    }

    /** The answer's shape: its curves and points are records the REST method's signature does not name. */
    static Map<String, Object> answer(EquityHistory history, Instant since) {
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("instances", history.curves(since));
        Map<String, List<EquityHistory.Point>> totals = history.totals(since);
        answer.put("totals", totals);
        return answer;
    }
}
