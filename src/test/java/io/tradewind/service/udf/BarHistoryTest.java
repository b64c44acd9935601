package io.tradewind.service.udf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tradewind.marketdata.Candle;
import io.tradewind.marketdata.InMemoryCandleStore;
import io.tradewind.marketdata.Resolution;
import io.tradewind.marketdata.SeriesKey;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Seeded random property tests of history over a stored minute series with live candles on top:
 * every resolution's bars against a plain reference built from the same candles.
 */
class BarHistoryTest {

    private static final SeriesKey KEY = new SeriesKey("nobitex", "BTC-IRT", Resolution.M1);
    private static final Instant START = Instant.parse("2026-01-28T00:00:00Z");
    private static final int DAYS = 10;
    private static final int LIVE = 300;
    private static final int OVERLAP = 100;

    @ParameterizedTest
    @ValueSource(longs = {1, 2})
    void history_over_from_to_is_the_concatenation_of_two_adjacent_ranges_and_matches_the_reference(long seed) {
        Fixture fixture = new Fixture(seed);
        Random random = new Random(seed * 31);
        for (ChartResolution resolution : ChartResolution.values()) {
            BarHistory history = fixture.history(resolution);
            for (int trial = 0; trial < 6; trial++) {
                long a = fixture.randomTime(random);
                long b = fixture.randomTime(random);
                long c = fixture.randomTime(random);
                long from = Math.min(a, Math.min(b, c));
                long to = Math.max(a, Math.max(b, c));
                long middle = a + b + c - from - to;
                List<Candle> whole = history.range(from, to);
                List<Candle> joined = new ArrayList<>(history.range(from, middle));
                joined.addAll(history.range(middle, to));

                assertEquals(whole, joined, resolution + " [" + from + ", " + middle + ", " + to + ")");
                assertEquals(fixture.reference(resolution, from, to), whole, resolution + " [" + from + ", " + to + ")");
            }
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {4, 5})
    void countback_returns_exactly_n_bars_ending_before_to(long seed) {
        Fixture fixture = new Fixture(seed);
        Random random = new Random(seed * 17);
        for (ChartResolution resolution : ChartResolution.values()) {
            BarHistory history = fixture.history(resolution);
            for (int trial = 0; trial < 6; trial++) {
                long to = fixture.randomTime(random);
                int count = 1 + random.nextInt(400);
                List<Candle> before = fixture.reference(resolution, 0, to);
                List<Candle> last = history.last(to, count);

                assertEquals(Math.min(count, before.size()), last.size(), resolution + " before " + to);
                assertEquals(before.subList(before.size() - last.size(), before.size()), last, resolution + " before " + to);
                assertTrue(last.stream().allMatch(bar -> bar.openTime().getEpochSecond() < to));
            }
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {7})
    void next_time_is_the_newest_bar_before_a_time(long seed) {
        Fixture fixture = new Fixture(seed);
        Random random = new Random(seed);
        for (ChartResolution resolution : ChartResolution.values()) {
            for (int trial = 0; trial < 6; trial++) {
                long time = fixture.randomTime(random);
                List<Candle> before = fixture.reference(resolution, 0, time);
                OptionalLong expected = before.isEmpty() ? OptionalLong.empty()
                        : OptionalLong.of(before.get(before.size() - 1).openTime().getEpochSecond());
                assertEquals(expected, fixture.history(resolution).newestBefore(time), resolution + " before " + time);
            }
        }
    }

    /**
     * A minute series whose newest candles only running instances have (the store lags) and whose
     * overlap differs from the store: there the live candle wins.
     */
    private static final class Fixture {
        private final InMemoryCandleStore store = new InMemoryCandleStore();
        private final List<Candle> live;
        private final List<Candle> expected;
        private final Map<ChartResolution, List<Candle>> allBars = new EnumMap<>(ChartResolution.class);

        Fixture(long seed) {
            List<Candle> candles = RandomMinutes.generate(seed, START, DAYS);
            int storedEnd = candles.size() - LIVE;
            RandomMinutes.store(store, KEY, candles.subList(0, storedEnd));
            live = new ArrayList<>();
            for (Candle c : candles.subList(storedEnd - OVERLAP, candles.size())) {
                live.add(new Candle(c.openTime(), c.open(), c.high(), c.low(), c.low(), c.volume().add(BigDecimal.ONE), c.quoteVolume()));
            }
            expected = new ArrayList<>(candles.subList(0, storedEnd - OVERLAP));
            expected.addAll(live);
        }

        private List<Candle> group(ChartResolution resolution) {
            Map<Long, List<Candle>> buckets = expected.stream().collect(Collectors.groupingBy(
                    c -> resolution.bucketStart(c.openTime().getEpochSecond()), TreeMap::new, Collectors.toList()));
            List<Candle> bars = new ArrayList<>();
            buckets.forEach((start, candles) -> bars.add(new Candle(Instant.ofEpochSecond(start), candles.get(0).open(),
                    candles.stream().map(Candle::high).reduce(BigDecimal::max).orElseThrow(),
                    candles.stream().map(Candle::low).reduce(BigDecimal::min).orElseThrow(),
                    candles.get(candles.size() - 1).close(),
                    candles.stream().map(Candle::volume).reduce(BigDecimal.ZERO, BigDecimal::add),
                    candles.stream().map(Candle::quoteVolume).reduce(BigDecimal.ZERO, BigDecimal::add))));
            return bars;
        }

        BarHistory history(ChartResolution resolution) {
            return new BarHistory(new StoredAndLiveCandles(store, KEY, live), resolution);
        }

        long randomTime(Random random) {
            long span = (DAYS + 4) * 86_400L;
            long time = START.getEpochSecond() - 2 * 86_400L + (long) (random.nextDouble() * span);
            return random.nextBoolean() ? time : time - time % 60; // aligned and unaligned bounds
        }

        /** Bars opening in [from, to), grouped the plain way. */
        List<Candle> reference(ChartResolution resolution, long from, long to) {
            List<Candle> bars = allBars.computeIfAbsent(resolution, this::group).stream()
                    .filter(bar -> bar.openTime().getEpochSecond() >= from && bar.openTime().getEpochSecond() < to).toList();
            return bars.size() > BarHistory.MAX_BARS ? bars.subList(bars.size() - BarHistory.MAX_BARS, bars.size()) : bars;
        }
    }
}
