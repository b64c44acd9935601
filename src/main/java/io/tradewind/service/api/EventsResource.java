package io.tradewind.service.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tradewind.domain.Decimals;
import io.tradewind.domain.InputEcho;
import io.tradewind.service.EventJournal;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code GET /api/events}: the live event stream (server-sent events) of order changes, fills,
 * the candles instances play, instance state changes, skipped and failed ticks and the kill
 * switch. Each kept event's SSE id is its sequence number (candles are not kept and have none): a client that reconnects with {@code Last-Event-ID} (or {@code ?lastEventId=N}, as EventSource polyfills send it, or {@code ?after=N}) gets
 * every event after it that the service still keeps, then the live ones. When some are gone
 * (the client was away too long, or the service restarted) it first gets a {@code missed} event
 * and should reload its state. Each stream is paced by its client ({@link EventStream}), and at
 * most {@link #MAX_STREAMS} are open at once.
 */
@Path("/api/events")
@Tag(name = "Events")
@APIResponse(responseCode = "401", ref = ApiDocumentation.UNAUTHORIZED)
public class EventsResource {

    private static final String AFTER = "after";
    /** Where EventSource polyfills that send a token (event-source-polyfill) put the last id on reconnecting. */
    private static final String LAST_EVENT_ID_QUERY = "lastEventId";
    private static final String LAST_EVENT_ID = "Last-Event-ID";

    /**
     * The most streams open at once: each holds a connection and up to {@link EventStream#WINDOW}
     * events on their way; a dashboard tab holds one.
     */
    static final int MAX_STREAMS = 32;

    private final EventJournal journal;
    private final ObjectMapper json;
    /** The streams opened; those that ended are dropped when the next one opens. */
    private final Set<EventStream> streams = new HashSet<>();

    EventsResource(EventJournal journal, ObjectMapper json) {
        this.journal = journal;
        this.json = json;
    }

    @GET
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @APIResponse(responseCode = "400", description = "after, lastEventId or Last-Event-ID is not a sequence number, or another query parameter is given.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "429", description = "As many streams are open as the service serves at once (32).",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    @Operation(summary = "Live events as server-sent events; resume with Last-Event-ID or ?after=SEQUENCE")
    @APIResponse(responseCode = "200", description = "A stream that stays open: each event's id is its sequence, its name"
            + " the kind (order, fill, candle, instance, tick_skipped, tick_failed, feed, kill_switch; missed when events were"
            + " lost), its data a JSON object.", content = @Content(
                    mediaType = MediaType.SERVER_SENT_EVENTS, schema = @Schema(type = SchemaType.STRING)))
    // the header is read as sent (a second one is refused, below); declared here for the OpenAPI document
    @Parameter(name = LAST_EVENT_ID, in = ParameterIn.HEADER, required = false, description = "the sequence of the last"
            + " event the client saw, sent by a reconnecting EventSource", schema = @Schema(type = SchemaType.STRING))
    public void stream(@Context SseEventSink sink, @Context Sse sse, @Context HttpHeaders headers,
            @QueryParam(AFTER) String after, @QueryParam(LAST_EVENT_ID_QUERY) String lastEventIdQuery, @Context UriInfo uri,
            @Context HttpServerRequest request) {
        // a misspelt after (?afer=5) replayed every kept event from the first
        RefusedQueryParameters.refuse(uri, Set.of(AFTER, LAST_EVENT_ID_QUERY), null);
        String lastEventId = lastEventId(headers);
        // a reconnect's last id is newer than the after of the URL the client first opened, which it keeps
        long resumeAfter = given(lastEventIdQuery) ? sequence(lastEventIdQuery, LAST_EVENT_ID_QUERY)
                : given(lastEventId) ? sequence(lastEventId, LAST_EVENT_ID)
                : sequence(after, AFTER);
        EventStream stream = open(sink, sse, request);
        EventJournal.Resumed resumed = journal.subscribe(resumeAfter, stream);
        stream.start(resumed.missed() ? Map.of("last_sequence", journal.lastSequence(),
                "message", "some events are gone; reload the state, then follow the stream") : null, resumed.events());
    }

    /** A new stream, when fewer than {@link #MAX_STREAMS} are open. */
    private EventStream open(SseEventSink sink, Sse sse, HttpServerRequest request) {
        EventStream stream = new EventStream(sink, sse, this::write, () -> ConnectionReset.of(request),
                journal::unsubscribe, System::nanoTime);
        synchronized (streams) {
            // a stream left unread on a quiet service hears no event that would hang up on it: asked here
            streams.removeIf(open -> open.ended() || open.hangUpIfStalled());
            if (streams.size() >= MAX_STREAMS) {
                throw new ApiProblem(429, streams.size() + " event streams are open, the most the service serves at once;"
                        + " close one (a dashboard tab, a curl left running) and try again");
            }
            streams.add(stream);
        }
        return stream;
    }

    /** The header given once, or none; given twice, which of the two the client resumes from is unknown. */
    private static String lastEventId(HttpHeaders headers) {
        List<String> given = headers.getRequestHeader(LAST_EVENT_ID);
        if (given == null || given.isEmpty()) {
            return null;
        }
        if (given.size() > 1) {
            throw new ApiProblem(400, LAST_EVENT_ID + " is given " + given.size() + " times; give it once");
        }
        return given.get(0);
    }

    /** A blank id is none: a space in a polyfill's lastEventId replayed every kept event over the after given. */
    private static boolean given(String text) {
        return text != null && !text.isBlank();
    }

    private static long sequence(String text, String name) {
        if (text == null || text.isBlank()) {
            return 0;
        }
        try {
            long sequence = Decimals.parseLong(text.trim());
            if (sequence >= 0) {
                return sequence;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new ApiProblem(400, name + " must be an event's sequence number (a whole number from 0), not '"
                + InputEcho.shortened(text) + "'");
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
