package io.tradewind.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.tradewind.backtest.BacktestSpec;
import io.tradewind.backtest.BacktestSpecReader;
import io.tradewind.marketdata.InMemoryCandleStore;
import io.tradewind.marketdata.RandomWalkCandles;
import io.tradewind.marketdata.Resolution;
import io.tradewind.marketdata.SeriesKey;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A range without candles is refused before the backtest runs, in words about what the user gave. */
class BacktestRangeTest {

    private static final SeriesKey KEY = new SeriesKey("sim", "BTC-USD", Resolution.M1);

    private final InMemoryCandleStore store = new InMemoryCandleStore();

    @TempDir
    Path dir;

    BacktestRangeTest() {
        store.write(KEY, new RandomWalkCandles(1, 60, Resolution.M1, Instant.parse("2024-01-01T00:00:00Z"),
                new BigDecimal("100")));
    }

    @Test
    void a_from_past_the_stored_candles_without_a_to_names_the_stored_range_not_a_to_the_user_never_gave() throws IOException {
        assertEquals("no sim:BTC-USD:1m candles from 2024-02-01T00:00:00Z on (stored: 2024-01-01T00:00:00Z to"
                + " 2024-01-01T00:59:00Z); choose a from inside the stored range",
                BacktestRange.problem(store, spec("from", "2024-02-01T00:00:00Z")));
    }

    @Test
    void a_to_before_the_stored_candles_without_a_from_names_the_stored_range() throws IOException {
        assertEquals("no sim:BTC-USD:1m candles before 2023-12-01T00:00:00Z (stored: 2024-01-01T00:00:00Z to"
                + " 2024-01-01T00:59:00Z); choose a to inside the stored range",
                BacktestRange.problem(store, spec("to", "2023-12-01T00:00:00Z")));
    }

    @Test
    void a_from_inside_the_stored_candles_is_fine() throws IOException {
        assertNull(BacktestRange.problem(store, spec("from", "2024-01-01T00:30:00Z")));
        assertEquals(List.of(), BacktestRange.uncovered(store, spec("from", "2024-01-01T00:30:00Z")));
    }

    /** A user's trial: a range of eleven days on four days of data ran without a word about the other seven. */
    @Test
    void the_parts_of_the_range_before_and_after_the_stored_candles_are_said() throws IOException {
        assertEquals(List.of("no sim:BTC-USD:1m candles are stored from 2023-12-31T00:00:00Z to 2024-01-01T00:00:00Z: the"
                        + " run starts at the first stored candle, 2024-01-01T00:00:00Z"),
                BacktestRange.uncovered(store, spec("from", "2023-12-31T00:00:00Z")));
        assertEquals(List.of("no sim:BTC-USD:1m candles are stored from 2024-01-01T01:00:00Z to 2024-01-02T00:00:00Z: the"
                        + " run ends after the last stored candle, at 2024-01-01T01:00:00Z"),
                BacktestRange.uncovered(store, spec("to", "2024-01-02T00:00:00Z")));
        assertEquals(List.of(), BacktestRange.uncovered(store, spec("to", "2024-01-01T01:00:00Z")));
    }

    /** "import them with 'data import'" led nowhere: the import refuses a market stored in other letter case. */
    @Test
    void a_symbol_in_other_letter_case_than_the_stored_one_is_named() throws IOException {
        Path file = Files.writeString(dir.resolve("case.properties"), String.join("\n", "strategy=sma-crossover",
                "venue=sim", "symbol=btc-usd", "tick_size=0.01", "step_size=0.0001", "balance.usd=1000"));

        assertEquals("no sim:btc-usd:1m candles are stored, but sim:BTC-USD:1m, the same market in other letter case: give"
                + " venue=sim and symbol=BTC-USD in the spec", BacktestRange.problem(store, BacktestSpecReader.read(file)));
    }

    @Test
    void a_balance_in_other_letter_case_than_the_symbols_assets_points_at_the_symbol() throws IOException {
        Path file = Files.writeString(dir.resolve("case.properties"), String.join("\n", "strategy=sma-crossover",
                "venue=sim", "symbol=btc-usd", "tick_size=0.01", "step_size=0.0001", "balance.USD=1000"));

        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> BacktestSpecReader.read(file));

        assertEquals(file + ": balance.USD: btc-usd trades btc for usd, not USD; give balances in btc or usd (letter case"
                + " counts: write the symbol as the store spells it, e.g. BTC-USD)", refused.getMessage());
    }

    @Test
    void a_balance_in_lower_case_beside_an_upper_case_symbol_is_not_sent_to_the_symbol() throws IOException {
        Path file = Files.writeString(dir.resolve("case.properties"), String.join("\n", "strategy=sma-crossover",
                "venue=sim", "symbol=BTC-USD", "tick_size=0.01", "step_size=0.0001", "balance.usd=1000"));

        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> BacktestSpecReader.read(file));

        assertEquals(file + ": balance.usd: BTC-USD trades BTC for USD, not usd; give balances in BTC or USD",
                refused.getMessage());
    }

    private BacktestSpec spec(String key, String value) throws IOException {
        Path file = Files.writeString(dir.resolve("range.properties"), String.join("\n", "strategy=sma-crossover",
                "venue=sim", "symbol=BTC-USD", "tick_size=0.01", "step_size=0.0001", "balance.USD=1000", key + "=" + value));
        return BacktestSpecReader.read(file);
    }
}
