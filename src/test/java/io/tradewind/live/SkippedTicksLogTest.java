package io.tradewind.live;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.tradewind.exchange.CapturedLogs;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class SkippedTicksLogTest {

    private static final Instant T0 = Instant.parse("2030-01-01T00:00:00Z");

    /** An instance that could not keep up with its replay skipped thousands of ticks without a line. */
    @Test
    void skippedTicksAreSaidAtMostOnceAMinuteWithHowMany() throws Exception {
        SkippedTicksLog log = new SkippedTicksLog("btc-sma");

        List<String> lines = CapturedLogs.during(() -> {
            for (int second = 0; second < 150; second++) {
                log.skipped(T0.plusSeconds(second), "due while the one before still ran");
            }
        }).stream().filter(line -> line.startsWith("instance btc-sma")).toList();

        assertEquals(List.of(
                "instance btc-sma: 1 tick skipped since 2030-01-01T00:00:00Z, the last one due while the one before still ran:"
                        + " it does not keep up with its feed (a slow strategy or venue, or a replay faster than it can play)",
                "instance btc-sma: 60 ticks skipped since 2030-01-01T00:00:01Z, the last one due while the one before still"
                        + " ran: it does not keep up with its feed (a slow strategy or venue, or a replay faster than it can play)",
                "instance btc-sma: 60 ticks skipped since 2030-01-01T00:01:01Z, the last one due while the one before still"
                        + " ran: it does not keep up with its feed (a slow strategy or venue, or a replay faster than it can play)"),
                lines);
    }
}
