package io.tradewind.exchange;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One-minute candles of a fake venue's history for whatever window it is asked: Nobitex's UDF
 * ({@code /market/udf/history}, seconds), TopArz's ({@code /api/v1/udf}, milliseconds), Nami's
 * chart history ({@code /api/v1/chart/history}, seconds; prices a {@value #NAMI_DIVISOR}th, as a
 * dollar market has them) or, for NegocieCoins, which builds candles from public trades, one
 * trade a minute ({@code /api/v3/{pair}/trades/{from}/{to}}, seconds; prices a
 * {@value #NEGOCIECOINS_DIVISOR}th). The first window asked of a venue is the service's warm-up:
 * its end is the boundary (for an instance without warm-up, its first window's end). Closes fall
 * before it and jump up at it, then rise: an SMA crossover (fast below slow over the warm-up)
 * crosses up on the first candle that closes after start-up, and never crosses down again.
 */
final class CrossingCandles implements ResponseDefinitionTransformerV2 {

    static final String NAME = "crossing-candles";
    /** Where the warm-up's closes fall to: the last candle before the boundary closes one {@link #STEP} above it. */
    static final long BEFORE = 5_000_000_000L;
    /** The close of the first candle after the warm-up: where the crossover buys. */
    static final long JUMP = 5_500_000_000L;
    static final long STEP = 1_000_000L;
    static final long NAMI_DIVISOR = 100_000;
    static final long NEGOCIECOINS_DIVISOR = 10_000;
    private static final long MINUTE = 60;
    private static final Pattern NEGOCIECOINS_TRADES = Pattern.compile("/api/v3/[a-z]+/trades/(\\d+)/(\\d+)");

    private enum Format { NOBITEX, TOPARZ, NAMI, NEGOCIECOINS }

    /** The warm-up's end (epoch seconds) by venue, fixed by the first request. */
    private final Map<Format, Long> boundaries = new ConcurrentHashMap<>();

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public boolean applyGlobally() {
        return false;
    }

    @Override
    public ResponseDefinition transform(ServeEvent event) {
        Request request = event.getRequest();
        String path = URI.create(request.getUrl()).getPath();
        Matcher trades = NEGOCIECOINS_TRADES.matcher(path);
        Format format = trades.matches() ? Format.NEGOCIECOINS : switch (path) {
            case "/market/udf/history" -> Format.NOBITEX;
            case "/api/v1/chart/history" -> Format.NAMI;
            default -> Format.TOPARZ;
        };
        long from = switch (format) {
            case NOBITEX, NAMI -> query(request, "from");
            case TOPARZ -> query(request, "start_time") / 1000;
            case NEGOCIECOINS -> Long.parseLong(trades.group(1));
        };
        long to = switch (format) {
            case NOBITEX, NAMI -> query(request, "to");
            case TOPARZ -> query(request, "end_time") / 1000;
            case NEGOCIECOINS -> Long.parseLong(trades.group(2));
        };
        long boundary = boundaries.computeIfAbsent(format, f -> to);
        long now = Instant.now().getEpochSecond();
        List<Long> opens = new ArrayList<>();
        for (long open = Math.floorDiv(from + MINUTE - 1, MINUTE) * MINUTE; open < to && open + MINUTE <= now; open += MINUTE) {
            opens.add(open);
        }
        String body = switch (format) {
            case NOBITEX -> nobitex(opens, boundary);
            case TOPARZ -> topArz(opens, boundary);
            case NAMI -> nami(opens, boundary);
            case NEGOCIECOINS -> negocieCoins(opens, boundary);
        };
        return ResponseDefinitionBuilder.like(event.getResponseDefinition()).but()
                .withHeader("Content-Type", "application/json").withBody(body).build();
    }

    static long close(long open, long boundary) {
        return open < boundary ? BEFORE + (boundary - open) / MINUTE * STEP : JUMP + (open - boundary) / MINUTE * STEP;
    }

    private static String nobitex(List<Long> opens, long boundary) {
        if (opens.isEmpty()) {
            return "{\"s\":\"no_data\"}";
        }
        List<String> times = new ArrayList<>();
        List<String> closes = new ArrayList<>();
        List<String> volumes = new ArrayList<>();
        for (long open : opens) {
            times.add(Long.toString(open));
            closes.add(Long.toString(close(open, boundary)));
            volumes.add("1.5");
        }
        String c = String.join(",", closes);
        return "{\"s\":\"ok\",\"t\":[" + String.join(",", times) + "],\"o\":[" + c + "],\"h\":[" + c + "],\"l\":[" + c
                + "],\"c\":[" + c + "],\"v\":[" + String.join(",", volumes) + "]}";
    }

    private static String topArz(List<Long> opens, long boundary) {
        List<String> bars = new ArrayList<>();
        for (long open : opens) {
            String price = "\"" + close(open, boundary) + "\"";
            bars.add("{\"start_time\":\"" + open * 1000 + "\",\"open_price\":" + price + ",\"highest_price\":" + price
                    + ",\"lowest_price\":" + price + ",\"close_price\":" + price + ",\"trade_volume\":\"1.5\","
                    + "\"trade_total_price\":\"0\",\"symbol\":\"BTCTMN\",\"resolution\":\"MINUTELY\"}");
        }
        return "{\"succeed\":true,\"data\":[" + String.join(",", bars) + "]}";
    }

    /** Rows {@code [t, o, h, l, c, v, n]}, as a bare array. */
    private static String nami(List<Long> opens, long boundary) {
        List<String> rows = new ArrayList<>();
        for (long open : opens) {
            long c = close(open, boundary) / NAMI_DIVISOR;
            rows.add("[" + open + "," + c + "," + c + "," + c + "," + c + ",1.5,3]");
        }
        return "[" + String.join(",", rows) + "]";
    }

    /** One trade half way through each minute, at its close: {@code [{tid, date, price, amount, type}]}. */
    private static String negocieCoins(List<Long> opens, long boundary) {
        List<String> trades = new ArrayList<>();
        for (long open : opens) {
            trades.add("{\"tid\":" + open + ",\"date\":" + (open + MINUTE / 2) + ",\"price\":"
                    + close(open, boundary) / NEGOCIECOINS_DIVISOR + ",\"amount\":0.015,\"type\":\"buy\"}");
        }
        return "[" + String.join(",", trades) + "]";
    }

    private static long query(Request request, String name) {
        return Long.parseLong(request.queryParameter(name).firstValue());
    }
}
