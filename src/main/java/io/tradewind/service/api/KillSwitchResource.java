package io.tradewind.service.api;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.annotations.RegisterForReflection;
import io.tradewind.domain.InputEcho;
import io.tradewind.service.JsonContentType;
import io.tradewind.service.KillSwitchSource;
import io.tradewind.service.KillSwitchView;
import io.tradewind.service.ServiceOperations;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * The service-wide kill switch: stops every entry, optionally cancelling every open order, until an
 * operator switches it off. The service records each switch that changes something; the command line is told apart from
 * other clients by its {@code User-Agent} ({@link KillSwitchSource#CLI_USER_AGENT}).
 */
@Path("/api/kill-switch")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Kill switch", description = "Stop all entries on every venue, and let them through again.")
@APIResponse(responseCode = "401", ref = ApiDocumentation.UNAUTHORIZED)
public class KillSwitchResource {

    /** The optional body of {@code POST /api/kill-switch}. */
    @Schema(description = "Whether to cancel every open order as well.")
    @RegisterForReflection // read by our own ObjectMapper, not by the REST layer: a native image must keep it
    public record KillSwitchRequest(Boolean cancelOrders) {
    }

    private static final String CANCEL_ORDERS = "cancelOrders";

    private final ServiceOperations service;
    private final ObjectMapper json;

    KillSwitchResource(ServiceOperations service, ObjectMapper json) {
        this.service = service;
        this.json = json;
    }

    @GET
    @Operation(summary = "Kill switch state", description = "Whether entries are stopped, since when, and through"
            + " what they were stopped (switchedBy: api, or cli for the command line).")
    @APIResponseSchema(value = KillSwitchView.class, responseCode = "200", responseDescription = "The kill switch.")
    public KillSwitchView state(@Context UriInfo uri) {
        RefusedQueryParameters.refuse(uri, Set.of(), null);
        return service.killSwitchState();
    }

    @POST
    @Operation(summary = "Switch the kill switch on", description = "Stops all entries on every venue: only orders"
            + " that reduce a position are accepted. With cancelOrders=true (query parameter or JSON body"
            + " {\"cancelOrders\": true}) also cancels every open order. The switch is recorded in the store: a"
            + " restarted service keeps entries stopped until POST /api/kill-switch/off. Pressed while it is on"
            + " (without cancelOrders), it changes nothing and records nothing: the answer's changed is false.")
    @APIResponse(responseCode = "400", description = "The query and the body disagree, cancelOrders is given twice,"
            + " the body has another field, or it is not JSON; nothing was switched.", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "403", description = "A read-only token.")
    @APIResponse(responseCode = "415", description = "A body declared as other than JSON (Content-Type), e.g. text/plain"
            + " or a form; nothing was switched.", content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "503", description = "The store could not record it: entries are stopped only until"
            + " the service stops, and no order was cancelled.")
    @Consumes(MediaType.WILDCARD)
    @RequestBody(required = false, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = KillSwitchRequest.class)))
    @APIResponseSchema(value = KillSwitchView.class, responseCode = "200", responseDescription = "The kill switch, on.")
    public KillSwitchView switchOn(
            @Parameter(description = "Also cancel every open order: true or false (default false).",
                    schema = @Schema(type = SchemaType.BOOLEAN)) @RestQuery(CANCEL_ORDERS) String cancelOrdersQuery,
            @Parameter(hidden = true) @HeaderParam(HttpHeaders.USER_AGENT) String userAgent,
            @Context HttpHeaders headers, @Context UriInfo uri, String body) throws JsonProcessingException {
        // a misspelt parameter (cancel_orders) must not read as "do not cancel"
        RefusedQueryParameters.refuse(uri, Set.of(CANCEL_ORDERS), "nothing was switched");
        // "?cancelOrders" alone is no yes: read as empty, and refused below
        String cancelOrdersText = cancelOrdersQuery == null && uri.getQueryParameters().containsKey(CANCEL_ORDERS) ? ""
                : cancelOrdersQuery;
        // a typo must not read as false: the operator would believe orders were cancelled
        Boolean cancelOrders = cancelOrdersText == null ? null : switch (cancelOrdersText.trim().toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new ApiProblem(400, "cancelOrders must be true or false, was '" + InputEcho.shortened(
                    cancelOrdersText) + "'; nothing was switched");
        };
        // read here, not by the framework: a bare POST (no body, no content type) is the common case
        Boolean fromBody = body == null || body.isBlank() ? null : cancelOrdersOf(body, headers);
        if (cancelOrders != null && fromBody != null && !cancelOrders.equals(fromBody)) {
            throw new ApiProblem(400, "cancelOrders is " + cancelOrders + " in the query but " + fromBody
                    + " in the body; give it once");
        }
        return service.killSwitch(Boolean.TRUE.equals(cancelOrders != null ? cancelOrders : fromBody),
                KillSwitchSource.ofUserAgent(userAgent));
    }

    private Boolean cancelOrdersOf(String body, HttpHeaders headers) throws JsonProcessingException {
        List<String> declared = headers.getRequestHeader(HttpHeaders.CONTENT_TYPE);
        JsonContentType.refusal(declared == null ? List.of() : declared).ifPresent(refusal -> {
            throw new ApiProblem(415, refusal + "; nothing was switched");
        });
        // a field given twice must not be read as its last value: which one the operator meant is unknown
        // big decimals: 1e400 is echoed as sent, not as Infinity
        JsonNode request = json.reader().withFeatures(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
                .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS, DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .readTree(body);
        if (!request.isObject()) {
            throw new ApiProblem(400, "the body must be a JSON object such as {\"cancelOrders\": true}, or empty;"
                    + " nothing was switched");
        }
        JsonNode value = request.get("cancelOrders");
        // null is no answer either: read as "do not cancel", the operator who sent it meant something
        if (value != null && !value.isBoolean()) {
            // "yes" or "true" in quotes must not read as false: the operator would believe orders were cancelled
            throw new ApiProblem(400, "cancelOrders in the body must be true or false without quotes, was "
                    + InputEcho.shortened(value.toString()) + "; nothing was switched");
        }
        // a misspelt field (cancel_orders) must not read as "do not cancel" either
        for (String field : (Iterable<String>) request::fieldNames) {
            if (!field.equals("cancelOrders")) {
                throw new ApiProblem(400, "unknown field '" + InputEcho.shortened(field) + "' in the body; it takes only"
                        + " cancelOrders, e.g. {\"cancelOrders\": true}; nothing was switched");
            }
        }
        return value == null ? null : value.booleanValue();
    }

    @POST
    @Path("off")
    @Operation(summary = "Switch the kill switch off", description = "Lets entries through again on every venue."
            + " Recorded in the store, so a restarted service keeps it off. Orders cancelled when it went on stay"
            + " cancelled. Pressed while it is off, it changes nothing and records nothing: the answer's changed is"
            + " false.")
    @APIResponse(responseCode = "403", description = "A read-only token.")
    @APIResponse(responseCode = "503", description = "The store could not record it; the kill switch stays on.")
    @Consumes(MediaType.WILDCARD)
    @RequestBody(required = false, description = ApiDocumentation.NO_BODY)
    @APIResponseSchema(value = KillSwitchView.class, responseCode = "200", responseDescription = "The kill switch, off.")
    public KillSwitchView switchOff(@Parameter(hidden = true) @HeaderParam(HttpHeaders.USER_AGENT) String userAgent,
            @Context UriInfo uri, String body) {
        RefusedQueryParameters.refuse(uri, Set.of(), "the kill switch was not switched off");
        RefusedBody.refuse(body, "the kill switch was not switched off");
        return service.killSwitchOff(KillSwitchSource.ofUserAgent(userAgent));
    }
}
