package io.tradewind.service.udf;

import io.tradewind.domain.Instrument;
import io.tradewind.marketdata.Resolution;
import io.tradewind.marketdata.StoredSeries;
import io.tradewind.service.LiveSeries;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** The markets charts can show: every stored series and every running instance's, by venue and symbol. */
final class ChartSymbols {

    private final Map<String, ChartSymbol> byTicker;

    private ChartSymbols(Map<String, ChartSymbol> byTicker) {
        this.byTicker = byTicker;
    }

    static ChartSymbols of(List<StoredSeries> stored, List<LiveSeries> live) {
        Map<String, Builder> builders = new TreeMap<>();
        for (StoredSeries series : stored) {
            Builder builder = builders.computeIfAbsent(series.key().market(),
                    t -> new Builder(series.key().venue(), series.key().symbol()));
            builder.resolutions.add(series.key().resolution());
            builder.priceScale = Math.max(builder.priceScale, series.scales().priceScale());
            builder.volumeScale = Math.max(builder.volumeScale, series.scales().volumeScale());
        }
        for (LiveSeries series : live) {
            Builder builder = builders.computeIfAbsent(series.series().market(),
                    t -> new Builder(series.series().venue(), series.series().symbol()));
            builder.resolutions.add(series.series().resolution());
            builder.instrument = series.instrument();
            builder.priceScale = Math.max(builder.priceScale, series.instrument().priceScale());
            builder.volumeScale = Math.max(builder.volumeScale, series.instrument().quantityScale());
            builder.live = true;
        }
        Map<String, ChartSymbol> symbols = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        builders.forEach((ticker, b) -> symbols.put(ticker, b.build()));
        return new ChartSymbols(symbols);
    }

    List<ChartSymbol> all() {
        return List.copyOf(byTicker.values());
    }

    /**
     * The market a chart names: a ticker ({@code nobitex:BTC-IRT}), or a symbol ({@code BTC-IRT})
     * that one venue alone has; case does not matter.
     *
     * @throws UdfException no market, or several venues, match
     */
    ChartSymbol find(String text) {
        if (text == null || text.isBlank()) {
            throw UdfException.badRequest("symbol is missing; ask for a ticker such as " + example());
        }
        String wanted = text.trim();
        ChartSymbol exact = byTicker.get(wanted);
        if (exact != null) {
            return exact;
        }
        List<ChartSymbol> matches = byTicker.values().stream().filter(s -> s.symbol().equalsIgnoreCase(wanted)).toList();
        if (matches.size() == 1) {
            return matches.get(0);
        }
        if (matches.size() > 1) {
            throw UdfException.badRequest("symbol '" + wanted + "' is kept for several venues; ask for one of "
                    + matches.stream().map(ChartSymbol::ticker).toList());
        }
        throw UdfException.notFound("unknown symbol '" + wanted + "': no stored or live candles; the symbols are "
                + (byTicker.isEmpty() ? "none yet (see 'data download' and 'data import')" : byTicker.keySet().stream().limit(10).toList()));
    }

    /** Markets whose ticker contains {@code query} (any case), on {@code venue} when given. */
    List<ChartSymbol> search(String query, String venue, int limit) {
        String needle = query == null ? "" : query.trim().toUpperCase(Locale.ROOT);
        return byTicker.values().stream()
                .filter(s -> venue == null || venue.isBlank() || s.venue().equalsIgnoreCase(venue.trim()))
                .filter(s -> s.ticker().toUpperCase(Locale.ROOT).contains(needle))
                .limit(limit).toList();
    }

    /** The venues, for the chart's exchange filter. */
    List<String> venues() {
        return byTicker.values().stream().map(ChartSymbol::venue).distinct().toList();
    }

    private String example() {
        return byTicker.isEmpty() ? "nobitex:BTC-IRT" : byTicker.values().iterator().next().ticker();
    }

    private static final class Builder {
        private final String venue;
        private final String symbol;
        private final Set<Resolution> resolutions = EnumSet.noneOf(Resolution.class);
        private Instrument instrument;
        private int priceScale;
        private int volumeScale;
        private boolean live;

        Builder(String venue, String symbol) {
            this.venue = venue;
            this.symbol = symbol;
        }

        ChartSymbol build() {
            return new ChartSymbol(venue, symbol, instrument, Set.copyOf(resolutions), priceScale, volumeScale, live);
        }
    }
}
