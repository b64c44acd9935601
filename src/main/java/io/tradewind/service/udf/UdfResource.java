package io.tradewind.service.udf;

import io.tradewind.domain.InputEcho;
import io.tradewind.execution.StoreException;
import io.tradewind.marketdata.Candle;
import io.tradewind.marketdata.CandleStore;
import io.tradewind.marketdata.Resolution;
import io.tradewind.marketdata.SeriesKey;
import io.tradewind.service.LiveCandles;
import io.tradewind.service.LiveSeries;
import io.tradewind.service.api.ApiDocumentation;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The TradingView UDF protocol over the stored candles and the running instances' candles, so
 * that a chart library's UDF-compatible datafeed can be pointed at {@code /udf}. Needs the API's
 * token like {@code /api} (read access is enough). Every failure answers the UDF error shape
 * {@code {"s":"error","errmsg":…}} in one line.
 */
@Path("/udf")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Charts (UDF)", description = "The TradingView UDF datafeed: stored and live candles for charts.")
@APIResponse(responseCode = "401", ref = ApiDocumentation.UNAUTHORIZED)
public class UdfResource {

    private static final Logger LOG = Logger.getLogger(UdfResource.class);
    private static final int DEFAULT_SEARCH_LIMIT = 30;

    private final CandleStore store;
    private final LiveCandles live;

    UdfResource(CandleStore store, LiveCandles live) {
        this.store = store;
        this.live = live;
    }

    @GET
    @Path("config")
    @APIResponse(responseCode = "200", description = "The UDF configuration: resolutions, exchanges, symbol types.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT)))
    public Map<String, Object> config() {
        return UdfShapes.config(symbols().venues());
    }

    @GET
    @Path("symbols")
    @APIResponse(responseCode = "400", ref = ApiDocumentation.UDF_ERROR)
    @APIResponse(responseCode = "404", ref = ApiDocumentation.UDF_ERROR)
    @APIResponse(responseCode = "200", description = "The UDF symbol info of one market.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT)))
    public Map<String, Object> symbol(@QueryParam("symbol") String symbol, @Context UriInfo uri) {
        givenOnceEach(uri);
        return UdfShapes.symbolInfo(symbols().find(symbol));
    }

    @GET
    @Path("search")
    @APIResponse(responseCode = "400", ref = ApiDocumentation.UDF_ERROR)
    @APIResponse(responseCode = "200", description = "The markets matching the query, as UDF search results.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY,
                    implementation = Object.class)))
    public List<Map<String, Object>> search(@QueryParam("query") String query, @QueryParam("type") String type,
            @QueryParam("exchange") String exchange, @QueryParam("limit") String limit, @Context UriInfo uri) {
        givenOnceEach(uri);
        int most = limit == null || limit.isBlank() ? DEFAULT_SEARCH_LIMIT : positive("limit", limit);
        if (type != null && !type.isBlank() && !type.equalsIgnoreCase(UdfShapes.SYMBOL_TYPE)) {
            return List.of(); // every market here is of the one type /config lists
        }
        return symbols().search(query, exchange, most).stream().map(UdfShapes::searchResult).toList();
    }

    @GET
    @Path("history")
    @APIResponse(responseCode = "400", ref = ApiDocumentation.UDF_ERROR)
    @APIResponse(responseCode = "404", ref = ApiDocumentation.UDF_ERROR)
    @APIResponse(responseCode = "200", description = "The bars as UDF columns (prices exact, as JSON numbers), or no_data"
            + " with the open time of the nearest older bar; errors answer s=error with errmsg.", content = @Content(
                    mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT,
                            requiredProperties = "s", properties = {
                                @SchemaProperty(name = "s", type = SchemaType.STRING, enumeration = {"ok", "no_data", "error"}),
                                @SchemaProperty(name = "t", type = SchemaType.ARRAY, implementation = Long.class,
                                        description = "open times, epoch seconds"),
                                @SchemaProperty(name = "o", type = SchemaType.ARRAY, implementation = Number.class),
                                @SchemaProperty(name = "h", type = SchemaType.ARRAY, implementation = Number.class),
                                @SchemaProperty(name = "l", type = SchemaType.ARRAY, implementation = Number.class),
                                @SchemaProperty(name = "c", type = SchemaType.ARRAY, implementation = Number.class),
                                @SchemaProperty(name = "v", type = SchemaType.ARRAY, implementation = Number.class),
                                @SchemaProperty(name = "nextTime", type = SchemaType.INTEGER,
                                        description = "with no_data: the open time of the newest bar before from"),
                                @SchemaProperty(name = "errmsg", type = SchemaType.STRING)})))
    public String history(@QueryParam("symbol") String symbol, @QueryParam("resolution") String resolution,
            @QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("countback") String countback,
            @Context UriInfo uri) {
        givenOnceEach(uri);
        HistoryRequest request = HistoryRequest.parse(symbol, resolution, from, to, countback);
        List<LiveSeries> running = live.liveSeries();
        ChartSymbol chart = ChartSymbols.of(store.list(), running).find(request.symbol());
        Resolution source = chart.sourceOf(request.resolution());
        SeriesKey key = new SeriesKey(chart.venue(), chart.symbol(), source);
        BarHistory bars = new BarHistory(new StoredAndLiveCandles(store, key, liveCandles(running, key)), request.resolution());
        return HistoryAnswer.of(bars, request.from(), request.to(), request.countback()).toJson();
    }

    @GET
    @Path("time")
    @APIResponse(responseCode = "200", description = "The server's time, epoch seconds.",
            content = @Content(mediaType = MediaType.TEXT_PLAIN, schema = @Schema(type = SchemaType.STRING)))
    @Produces(MediaType.TEXT_PLAIN)
    public String time() {
        return Long.toString(Instant.now().getEpochSecond());
    }

    private ChartSymbols symbols() {
        return ChartSymbols.of(store.list(), live.liveSeries());
    }

    /** The candles the instances playing {@code key} have, ascending by open time, one per time. */
    private static List<Candle> liveCandles(List<LiveSeries> running, SeriesKey key) {
        Map<Instant, Candle> byTime = new TreeMap<>();
        running.stream().filter(s -> s.series().equals(key)).forEach(s -> s.candles().forEach(c -> byTime.put(c.openTime(), c)));
        return List.copyOf(byTime.values());
    }

    /**
     * A parameter given twice is refused: the first value won, so {@code resolution=60&resolution=1}
     * charted hours where minutes were asked for too. Names this resource does not read are left
     * alone: charting libraries add their own.
     */
    private static void givenOnceEach(UriInfo uri) {
        uri.getQueryParameters().forEach((name, values) -> {
            if (values.size() > 1) {
                throw UdfException.badRequest(InputEcho.shortened(name) + " is given " + values.size() + " times; give it once");
            }
        });
    }

    private static int positive(String name, String text) {
        try {
            // ASCII digits only: Integer.parseInt would also read other scripts' digits
            int value = text.trim().chars().allMatch(c -> c >= '0' && c <= '9') ? Integer.parseInt(text.trim()) : 0;
            if (value > 0) {
                return value;
            }
        } catch (NumberFormatException e) {
            // answered below like a zero
        }
        throw UdfException.badRequest(name + " must be a positive whole number, at most " + Integer.MAX_VALUE + ", was '"
                + InputEcho.shortened(text) + "'");
    }

    @ServerExceptionMapper
    public Response refused(UdfException e) {
        return error(e.status(), e.getMessage());
    }

    @ServerExceptionMapper
    public Response storeUnavailable(StoreException e) {
        LOG.warnf("the store failed answering a chart request: %s", e.getMessage());
        return error(503, "the service cannot read its candle store: " + e.getMessage());
    }

    @ServerExceptionMapper
    public Response unexpected(RuntimeException e) {
        LOG.error("internal error answering a chart request", e);
        return error(500, "internal error in the service (" + e.getClass().getSimpleName() + "); the service log has the details");
    }

    /** An error in the UDF shape, {@code {"s":"error","errmsg":…}}, which a chart library shows. */
    public static Response error(int status, String message) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(UdfShapes.error(message)).build();
    }
}
