package io.tradewind.marketdata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Depth levels packed into bytes: exact round trips and the size a rial book takes. */
class PackedDepthTest {

    private static final Instant T = Instant.parse("2026-01-05T10:00:00.123Z");

    /** The stated bound: a 20-level-a-side BTC-IRT book takes at most 8 bytes a level (JSON text takes about 40). */
    static final int MAX_BYTES_20_BY_20 = 16 + 8 * 40;

    @Test
    void venue_spellings_and_mixed_scales_come_back_equal_in_value() {
        DepthSnapshot book = new DepthSnapshot("BTC-IRT", T,
                List.of(level("9.99999E+10", "0E-10"), level("99999000000.5", "0.00000001")),
                List.of(level("1E+11", "12.5"), level("100000000010", "3")));
        DepthSnapshot back = PackedDepth.unpack("BTC-IRT", T, PackedDepth.pack(book));
        assertSameValues(book, back);
    }

    @Test
    void seeded_random_books_round_trip_exactly() {
        Random random = new Random(20260105);
        for (int round = 0; round < 500; round++) {
            DepthSnapshot book = randomRialBook(random, random.nextInt(30), random.nextInt(30));
            assertSameValues(book, PackedDepth.unpack("BTC-IRT", T, PackedDepth.pack(book)));
        }
        DepthSnapshot empty = new DepthSnapshot("BTC-IRT", T, List.of(), List.of());
        assertEquals(4, PackedDepth.pack(empty).length);
        assertSameValues(empty, PackedDepth.unpack("BTC-IRT", T, PackedDepth.pack(empty)));
    }

    @Test
    void a_rial_book_of_20_levels_a_side_stays_under_the_stated_bound() {
        Random random = new Random(7);
        int largest = 0;
        for (int round = 0; round < 200; round++) {
            largest = Math.max(largest, PackedDepth.pack(randomRialBook(random, 20, 20)).length);
        }
        assertTrue(largest <= MAX_BYTES_20_BY_20, largest + " bytes");
    }

    @Test
    void bytes_that_are_not_packed_levels_are_refused_in_one_line() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> PackedDepth.unpack("BTC-IRT", T, new byte[] {0, 0, 5}));
        assertEquals("depth of BTC-IRT at 2026-01-05T10:00:00.123Z: not packed levels (BufferUnderflowException)",
                e.getMessage());
    }

    /** BTC-IRT near 1e11 rial, tick 10, steps of 1–100 ticks, quantities up to 2 BTC at 8 decimals. */
    static DepthSnapshot randomRialBook(Random random, int bids, int asks) {
        long mid = 100_000_000_000L + 10L * random.nextInt(1_000_000);
        List<PriceLevel> bidLevels = new ArrayList<>();
        long price = mid;
        for (int i = 0; i < bids; i++) {
            price -= 10L * (1 + random.nextInt(100));
            bidLevels.add(new PriceLevel(BigDecimal.valueOf(price), BigDecimal.valueOf(1 + random.nextInt(200_000_000), 8)));
        }
        List<PriceLevel> askLevels = new ArrayList<>();
        price = mid;
        for (int i = 0; i < asks; i++) {
            price += 10L * (1 + random.nextInt(100));
            askLevels.add(new PriceLevel(BigDecimal.valueOf(price), BigDecimal.valueOf(1 + random.nextInt(200_000_000), 8)));
        }
        return new DepthSnapshot("BTC-IRT", T, bidLevels, askLevels);
    }

    static void assertSameValues(DepthSnapshot expected, DepthSnapshot actual) {
        assertEquals(expected.symbol(), actual.symbol());
        assertEquals(expected.time(), actual.time());
        assertSameLevels(expected.bids(), actual.bids());
        assertSameLevels(expected.asks(), actual.asks());
    }

    private static void assertSameLevels(List<PriceLevel> expected, List<PriceLevel> actual) {
        assertEquals(expected.size(), actual.size());
        for (int i = 0; i < expected.size(); i++) {
            assertEquals(0, expected.get(i).price().compareTo(actual.get(i).price()), "price of level " + i);
            assertEquals(0, expected.get(i).quantity().compareTo(actual.get(i).quantity()), "quantity of level " + i);
        }
    }

    private static PriceLevel level(String price, String quantity) {
        return new PriceLevel(new BigDecimal(price), new BigDecimal(quantity));
    }
}
