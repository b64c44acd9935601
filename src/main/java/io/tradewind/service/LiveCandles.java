package io.tradewind.service;

import java.util.List;

/**
 * The candles the service's running instances have played: the port between the instances and
 * the chart surfaces (UDF, dashboard). Implementations are thread-safe and answer promptly, never
 * waiting for a tick or a venue call.
 */
public interface LiveCandles {

    /** One entry per running instance, in configuration order; empty when no service runs. */
    List<LiveSeries> liveSeries();
}
