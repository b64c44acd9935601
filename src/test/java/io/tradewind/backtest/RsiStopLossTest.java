package io.tradewind.backtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import examples.RsiMeanReversion;
import io.tradewind.backtest.report.ClosedTrade;
import io.tradewind.marketdata.Candle;
import io.tradewind.marketdata.CandleChunk;
import io.tradewind.marketdata.CandleScales;
import io.tradewind.marketdata.ChunkCursor;
import io.tradewind.marketdata.InMemoryCandleStore;
import io.tradewind.marketdata.Resolution;
import io.tradewind.marketdata.SeriesKey;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * The RSI example protects its entry with a stop-market sell once the entry fills; a later candle
 * that reaches the stop closes the trade before any RSI exit signal: at the stop price when the
 * candle's path passes it, at the candle's open when the candle gaps below it (the flat candles
 * here step down a whole unit at a time, so their stops are gapped through). (With the close fill
 * model the entry fills at the signal candle's close, at its open time plus one minute; the stop
 * fills while a later candle is walked, stamped with that candle's open.)
 */
class RsiStopLossTest {

    private static final SeriesKey KEY = new SeriesKey("test", "BTC-USD", Resolution.M1);
    private static final Instant START = Instant.parse("2025-01-01T00:00:00Z");

    @Test
    void aFallThroughTheStopClosesTheTradeAtTheFirstPriceAtOrBelowTheStop() {
        stopsFollowTheEntryPrice("fill_model", "close");
    }

    /** With next-open fills and slippage the entry's price is not the signal's close: the stop is measured from the entry. */
    @Test
    void theStopIsMeasuredFromTheEntrysFillPriceNotTheSignalsClose() {
        stopsFollowTheEntryPrice("slippage", "0.01");
    }

    private static void stopsFollowTheEntryPrice(String key, String value) {
        List<Candle> candles = new ArrayList<>();
        CandleChunk chunk = new CandleChunk(new CandleScales(2, 4, 2), 64);
        int minute = 0;
        for (int i = 0; i < 20; i++) {
            candles.add(flat(minute++, 100 - i));
        }
        candles.add(flat(minute++, 80));
        candles.add(candle(minute++, "80", "80.5", "70", "75"));
        candles.add(flat(minute, 75));
        candles.forEach(chunk::add);
        InMemoryCandleStore store = new InMemoryCandleStore();
        store.write(KEY, new ChunkCursor(chunk));

        Properties spec = new Properties();
        spec.putAll(Map.of("strategy", "rsi-mean-reversion", "venue", "test", "symbol", "BTC-USD", "tick_size", "0.01",
                "step_size", "0.0001", key, value, "balance.USD", "10000", "param.stop_loss", "0.05"));
        List<ClosedTrade> trades = BacktestRunner.run(BacktestSpecReader.parse("rsi", spec), new RsiMeanReversion(), store,
                ProgressListener.NONE).trades();

        assertEquals(2, trades.size(), "a steady fall keeps the RSI oversold: it enters, is stopped out, enters again");
        for (ClosedTrade trade : trades) {
            BigDecimal stop = trade.entryPrice().multiply(new BigDecimal("0.95")).setScale(2, RoundingMode.DOWN);
            Candle reached = candles.stream().filter(c -> !c.openTime().isBefore(trade.entryTime()))
                    .filter(c -> c.low().compareTo(stop) <= 0).findFirst().orElseThrow();
            BigDecimal expected = reached.open().min(stop);
            assertEquals(reached.openTime(), trade.exitTime(), "the stop at " + stop + " fills in the first candle reaching it");
            assertEquals(0, expected.compareTo(trade.exitPrice()), "stop " + stop + ", left at " + trade.exitPrice());
        }
        assertTrue(trades.get(0).exitPrice().compareTo(trades.get(0).entryPrice().multiply(new BigDecimal("0.95"))) < 0,
                "the first stop is gapped through by a flat candle");
        assertEquals(START.plusSeconds(60L * 21), trades.get(1).exitTime(), "the second stop fills inside the crash candle");
    }

    private static Candle flat(int minute, long price) {
        String text = Long.toString(price);
        return candle(minute, text, text, text, text);
    }

    private static Candle candle(int minute, String open, String high, String low, String close) {
        return new Candle(START.plusSeconds(60L * minute), new BigDecimal(open), new BigDecimal(high), new BigDecimal(low),
                new BigDecimal(close), new BigDecimal("1000"), new BigDecimal(close).multiply(new BigDecimal("1000")));
    }
}
