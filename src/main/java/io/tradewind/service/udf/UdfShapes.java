package io.tradewind.service.udf;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The UDF answers other than history, as the TradingView charting library's UDF-compatible
 * datafeed reads them (field names and values as its documentation gives them). None carries a
 * decimal: the API's decimals-as-strings rule does not reach these.
 */
final class UdfShapes {

    static final String SYMBOL_TYPE = "crypto";

    private UdfShapes() {
    }

    static Map<String, Object> config(List<String> venues) {
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("supported_resolutions", ChartResolution.codes());
        config.put("supports_search", true);
        config.put("supports_group_request", false);
        config.put("supports_marks", false);
        config.put("supports_timescale_marks", false);
        config.put("supports_time", true);
        List<Map<String, String>> exchanges = new ArrayList<>();
        exchanges.add(Map.of("value", "", "name", "All venues", "desc", ""));
        venues.forEach(v -> exchanges.add(Map.of("value", v, "name", v, "desc", v)));
        config.put("exchanges", exchanges);
        config.put("symbols_types", List.of(Map.of("name", SYMBOL_TYPE, "value", SYMBOL_TYPE)));
        return config;
    }

    static Map<String, Object> symbolInfo(ChartSymbol symbol) {
        List<ChartResolution> resolutions = symbol.chartResolutions();
        Map<String, Object> info = new LinkedHashMap<>();
        info.put("name", symbol.symbol());
        info.put("ticker", symbol.ticker());
        info.put("full_name", symbol.ticker());
        info.put("description", description(symbol));
        info.put("type", SYMBOL_TYPE);
        info.put("exchange", symbol.venue());
        info.put("listed_exchange", symbol.venue());
        info.put("session", "24x7");
        info.put("timezone", "Etc/UTC");
        info.put("format", "price");
        info.put("minmov", symbol.minmov());
        info.put("pricescale", symbol.pricescale());
        info.put("has_intraday", resolutions.stream().anyMatch(ChartResolution::intraday));
        info.put("has_daily", resolutions.contains(ChartResolution.DAY));
        info.put("has_weekly_and_monthly", resolutions.contains(ChartResolution.WEEK) || resolutions.contains(ChartResolution.MONTH));
        info.put("supported_resolutions", resolutions.stream().map(ChartResolution::code).toList());
        // the multipliers say which bars the datafeed itself serves; the library builds others from them
        info.put("intraday_multipliers", resolutions.stream().filter(ChartResolution::intraday).map(ChartResolution::code).toList());
        info.put("daily_multipliers", multiplierOf(resolutions, ChartResolution.DAY));
        info.put("weekly_multipliers", multiplierOf(resolutions, ChartResolution.WEEK));
        info.put("monthly_multipliers", multiplierOf(resolutions, ChartResolution.MONTH));
        info.put("volume_precision", symbol.volumeScale());
        info.put("data_status", symbol.live() ? "streaming" : "endofday");
        return info;
    }

    static Map<String, Object> searchResult(ChartSymbol symbol) {
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("symbol", symbol.symbol());
        result.put("full_name", symbol.ticker());
        result.put("description", description(symbol));
        result.put("exchange", symbol.venue());
        result.put("ticker", symbol.ticker());
        result.put("type", SYMBOL_TYPE);
        return result;
    }

    static Map<String, Object> error(String message) {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("s", "error");
        error.put("errmsg", message);
        return error;
    }

    private static List<String> multiplierOf(List<ChartResolution> resolutions, ChartResolution one) {
        return resolutions.contains(one) ? List.of("1") : List.of();
    }

    private static String description(ChartSymbol symbol) {
        return symbol.symbol() + " on " + symbol.venue() + (symbol.live() ? " (a running instance plays it)" : "");
    }
}
