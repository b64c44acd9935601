package io.tradewind.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tradewind.marketdata.Candle;
import io.tradewind.marketdata.CandleChunk;
import io.tradewind.marketdata.CandleCursor;
import io.tradewind.marketdata.InMemoryCandleStore;
import io.tradewind.marketdata.RandomWalkCandles;
import io.tradewind.marketdata.Resolution;
import io.tradewind.marketdata.SeriesKey;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code data show}: no command printed stored candles, so a fill could not be checked against them by hand. */
class DataShowCommandTest {

    private static final SeriesKey KEY = new SeriesKey("test", "SHOW-USD", Resolution.M1);
    private static final Instant START = Instant.parse("2024-01-01T00:00:00Z");

    private final InMemoryCandleStore store = new InMemoryCandleStore();
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    DataShowCommandTest() {
        store.write(KEY, new RandomWalkCandles(7, 100, Resolution.M1, START, new BigDecimal("100")));
    }

    @Test
    void printsTheCandlesOfTheRangeAsStoredAndSaysWhereTheNextOnesStart() {
        assertEquals(0, show("--venue", "test", "--symbol", "SHOW-USD", "--from", "2024-01-01T00:10:00Z", "--limit", "3"));

        List<String> lines = out.toString().lines().toList();
        assertEquals(List.of("time", "open", "high", "low", "close", "volume"), List.of(lines.get(0).split(" +")));
        List<Candle> stored = stored(Instant.parse("2024-01-01T00:10:00Z"), 3);
        for (int i = 0; i < 3; i++) {
            Candle c = stored.get(i);
            assertEquals(List.of(c.openTime().toString(), c.open().toPlainString(), c.high().toPlainString(),
                    c.low().toPlainString(), c.close().toPlainString(), c.volume().toPlainString()),
                    List.of(lines.get(i + 1).split(" +")));
        }
        assertEquals(4, lines.size());
        assertEquals("note: the first 3 candles of the range; --from 2024-01-01T00:13:00Z shows the next ones",
                err.toString().strip());
    }

    @Test
    void printsJsonUpToTheEndOfTheRange() throws Exception {
        assertEquals(0, show("--venue", "test", "--symbol", "SHOW-USD", "--json", "--limit", "100", "--to", "2024-01-01T01:00:00Z"));

        JsonNode candles = new ObjectMapper().readTree(out.toString());
        assertEquals(60, candles.size(), "the candles opening before --to");
        assertEquals(stored(START, 1).get(0).close().toPlainString(), candles.get(0).get("close").asText());
        assertEquals("", err.toString());
    }

    @Test
    void aSeriesNotStoredListsWhatIsAndARangeWithoutCandlesSaysWhatTheSeriesHolds() {
        assertEquals(ExitCode.NOT_FOUND, show("--symbol", "SHOW-USD"));
        assertTrue(err.toString().startsWith("error: no series sim:SHOW-USD:1m is stored in data; stored: test:SHOW-USD:1m"),
                err.toString());

        err.getBuffer().setLength(0);
        assertEquals(0, show("--venue", "test", "--symbol", "SHOW-USD", "--from", "2030-01-01"));
        assertEquals("note: test:SHOW-USD:1m has no candle in that range; it holds 100 candles from 2024-01-01T00:00:00Z"
                + " to 2024-01-01T01:39:00Z", err.toString().strip());
    }

    @Test
    void aRangeThatIsNoneOrALimitOutOfRangeIsRefused() {
        assertEquals(2, show("--venue", "test", "--symbol", "SHOW-USD", "--from", "2024-01-02", "--to", "2024-01-01"));
        assertTrue(err.toString().startsWith("--from 2024-01-02 is not before --to 2024-01-01"), err.toString());
        assertEquals(2, show("--venue", "test", "--symbol", "SHOW-USD", "--limit", "0"));
        assertTrue(err.toString().contains("--limit must be from 1 to 100000, was 0"), err.toString());
        assertEquals(2, show("--venue", "test", "--symbol", "SHOW-USD", "--to", "1960-01-01"));
        assertTrue(err.toString().contains("--from (the first stored candle) is not before --to 1960-01-01"), err.toString());
    }

    private int show(String... args) {
        DataShowCommand command = new DataShowCommand(store, new StoreErrors("data", "h2", "jdbc:h2:mem:show"),
                new JsonOutput(new ObjectMapper()), new StoreLocation("data", "jdbc:h2:mem:show"));
        return new CommandLine(command).setOut(new PrintWriter(out)).setErr(new PrintWriter(err)).execute(args);
    }

    private List<Candle> stored(Instant from, int count) {
        try (CandleCursor cursor = store.read(KEY, from, Instant.MAX)) {
            CandleChunk chunk = cursor.next();
            return IntStream.range(0, count).mapToObj(chunk::candle).toList();
        }
    }
}
