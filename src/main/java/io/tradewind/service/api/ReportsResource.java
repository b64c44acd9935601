package io.tradewind.service.api;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;

/**
 * The backtest reports in {@code tradewind.reports-dir} ({@code backtests/reports}, where
 * {@code backtest} writes them): listed newest first with their headline figures, and each one's
 * {@code report.html}, for the dashboard.
 */
@jakarta.ws.rs.Path("/api/reports")
@Tag(name = "Backtest reports")
@APIResponse(responseCode = "401", ref = ApiDocumentation.UNAUTHORIZED)
public class ReportsResource {

    /**
     * A report's folder name as {@code backtest} makes it from its spec's file name, whatever that
     * holds (a spec named {@code ünï.properties} or {@code spec (2).properties} made a report this
     * list left out): no separator or control character, no leading dot, so nothing climbs out.
     */
    static final Pattern NAME = Pattern.compile("[^/\\\\.\\p{Cntrl}][^/\\\\\\p{Cntrl}]{0,200}");

    private final Path folder;
    private final ObjectMapper json;

    ReportsResource(@ConfigProperty(name = "tradewind.reports-dir", defaultValue = "backtests/reports") String folder,
            ObjectMapper json) {
        this.folder = Path.of(folder);
        this.json = json;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Backtest reports, newest first", description = "Each report's folder name, strategy, market,"
            + " period and headline figures (from its report.json).")
    @APIResponse(responseCode = "200", description = "The reports, newest first.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = Object.class)))
    public List<Map<String, Object>> list(@Context UriInfo uri) {
        RefusedQueryParameters.refuse(uri, Set.of(), null);
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<Path> reports = new ArrayList<>();
        try (Stream<Path> entries = Files.list(folder)) {
            entries.filter(dir -> Files.isRegularFile(dir.resolve("report.html")) && NAME.matcher(dir.getFileName().toString()).matches())
                    .forEach(reports::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        reports.sort(Comparator.comparing(ReportsResource::modified).reversed());
        return reports.stream().map(this::summary).toList();
    }

    @GET
    @jakarta.ws.rs.Path("{name}")
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "One backtest report's report.html")
    @APIResponse(responseCode = "404", description = "No report has this name.")
    @APIResponse(responseCode = "200", description = "The report page.", content = @Content(mediaType = MediaType.TEXT_HTML,
            schema = @Schema(type = SchemaType.STRING)))
    public String report(@RestPath String name, @Context UriInfo uri) {
        RefusedQueryParameters.refuse(uri, Set.of(), null);
        Path html = NAME.matcher(name).matches() ? folder.resolve(name).resolve("report.html") : null;
        if (html == null || !Files.isRegularFile(html)) {
            throw new ApiProblem(404, "no backtest report '" + name + "'; GET /api/reports lists them");
        }
        try {
            return Files.readString(html);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Map<String, Object> summary(Path dir) {
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("name", dir.getFileName().toString());
        summary.put("written", modified(dir).toInstant().toString());
        try {
            JsonNode report = headline(dir.resolve("report.json"));
            for (String field : List.of("strategy", "symbol", "resolution", "from", "to")) {
                summary.put(field, report.path(field).isMissingNode() || report.path(field).isNull() ? null : report.path(field).asText());
            }
            // an object in report.json (hook, time, bar, error, frames), passed on as it is: as text it
            // was "", which reads as not aborted, and the list showed the run like a finished one
            JsonNode aborted = report.path("aborted");
            summary.put("aborted", aborted.isObject() ? aborted : null);
            JsonNode metrics = report.path("metrics");
            summary.put("totalReturn", metrics.path("totalReturn").isNumber() ? metrics.path("totalReturn").decimalValue().toPlainString() : null);
            summary.put("finalEquity", metrics.path("finalEquity").isMissingNode() ? null : metrics.path("finalEquity").asText());
            summary.put("trades", metrics.path("numberOfTrades").isMissingNode() ? null : metrics.path("numberOfTrades").asText());
        } catch (IOException e) {
            summary.put("error", "report.json is missing or unreadable");
        }
        return summary;
    }

    /**
     * The report's top-level fields but its lists: a long run's trades and fills are megabytes (40,000
     * fills, 7 MB of text, 35 MB as a tree), and the service reads every report when the dashboard lists them.
     */
    private JsonNode headline(Path report) throws IOException {
        ObjectNode headline = json.createObjectNode();
        try (JsonParser parser = json.createParser(report.toFile())) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new IOException(report + " is not a JSON object");
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                if (parser.nextToken() == JsonToken.START_ARRAY) {
                    parser.skipChildren();
                } else {
                    headline.set(field, parser.readValueAsTree());
                }
            }
        }
        return headline;
    }

    private static FileTime modified(Path dir) {
        try {
            return Files.getLastModifiedTime(dir);
        } catch (IOException e) {
            return FileTime.fromMillis(0);
        }
    }
}
