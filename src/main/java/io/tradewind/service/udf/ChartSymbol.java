package io.tradewind.service.udf;

import io.tradewind.domain.Instrument;
import io.tradewind.marketdata.Resolution;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * One market a chart can show: a venue's symbol (canonical, {@code BTC-IRT}) with the
 * resolutions its candles are kept at, in the store or by a running instance.
 *
 * @param instrument the instrument a running instance trades there, or null when only stored
 *                   candles are known (the price step is then the stored decimals')
 * @param priceScale the decimals its prices need: the stored ones', at least the tick's
 * @param live       whether a running instance plays its candles
 */
record ChartSymbol(String venue, String symbol, Instrument instrument, Set<Resolution> resolutions, int priceScale,
        int volumeScale, boolean live) {

    /** {@code venue:SYMBOL}, what the chart asks history for. */
    String ticker() {
        return venue + ":" + symbol;
    }

    /** UDF {@code pricescale}: 10 to the power of the decimals shown. */
    long pricescale() {
        return BigDecimal.ONE.scaleByPowerOfTen(priceScale).longValueExact();
    }

    /** UDF {@code minmov}: the tick in units of 1/pricescale (a tick of 1000 rial at pricescale 1 is 1000). */
    long minmov() {
        return instrument == null ? 1 : instrument.tickSize().scaleByPowerOfTen(priceScale).longValueExact();
    }

    /** The chart resolutions its kept candles build, finest first. */
    List<ChartResolution> chartResolutions() {
        return Arrays.stream(ChartResolution.values())
                .filter(chart -> resolutions.stream().anyMatch(chart::buildsFrom)).toList();
    }

    /**
     * The kept resolution {@code chart} is built from: the same one when kept, else the coarsest
     * finer one that fits (the fewest candles to read).
     *
     * @throws UdfException none fits
     */
    Resolution sourceOf(ChartResolution chart) {
        return resolutions.stream().filter(chart::buildsFrom).max(Enum::compareTo)
                .orElseThrow(() -> UdfException.badRequest(ticker() + " has no candles for resolution " + chart.code()
                        + " (kept: " + resolutions.stream().sorted().map(Resolution::label).toList()
                        + "); it offers " + chartResolutions().stream().map(ChartResolution::code).toList()));
    }
}
