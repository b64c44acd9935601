package io.tradewind.marketdata;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class PackedCandleBlockTest {

    private static final CandleScales SCALES = new CandleScales(2, 4, 2);

    /** Columns chosen so that every packing width (0, 1, 2, 4 and 8 bytes) is used. */
    @Test
    void bytesRoundTripEveryColumnWidth() {
        CandleChunk chunk = new CandleChunk(SCALES, 100);
        for (int i = 0; i < 100; i++) {
            long open = 1_000_000 + 1_000L * i;
            long time = 1_700_000_040L + 60L * i + (i == 50 ? 60L * 1_000_000 : 0);
            chunk.onCandle(time, open, open + 300 * (i % 3), open - i, open + i % 2, 7,
                    i % 2 == 0 ? Long.MAX_VALUE - i : i);
        }
        PackedCandleBlock block = PackedCandleBlock.pack(chunk, 60, new long[100]);
        PackedCandleBlock copy = PackedCandleBlock.fromBytes(block.toBytes());

        CandleChunk actual = new CandleChunk(SCALES, 100);
        copy.copyTo(0, 100, actual);
        assertEquals(100, copy.size());
        assertEquals(block.firstOpenTime(), copy.firstOpenTime());
        assertEquals(block.lastOpenTime(), copy.lastOpenTime());
        for (int i = 0; i < 100; i++) {
            assertArrayEquals(row(chunk, i), row(actual, i), "candle " + i);
        }
    }

    /** A block read from bytes decodes them in place: any range of it, its bytes written again, its size. */
    @Test
    void aBlockReadFromBytesCopiesAnyRangeAndWritesTheSameBytes() {
        CandleChunk chunk = new CandleChunk(SCALES, 100);
        for (int i = 0; i < 100; i++) {
            long open = 5_000_000 + 70_000L * (i % 7) - 3L * i;
            chunk.onCandle(1_700_000_040L + 60L * i, open, open + 40_000 * (i % 5), open - 200 * i, open + i % 4, 1L << (i % 40),
                    i % 3 == 0 ? Long.MIN_VALUE + i : 1_000_000L * i);
        }
        PackedCandleBlock block = PackedCandleBlock.pack(chunk, 60, new long[100]);
        byte[] bytes = block.toBytes();
        PackedCandleBlock read = PackedCandleBlock.fromBytes(bytes);

        assertArrayEquals(bytes, read.toBytes());
        assertEquals(block.payloadBytes(), read.payloadBytes());
        for (int from = 0; from < 100; from += 23) {
            int count = Math.min(31, 100 - from);
            CandleChunk part = new CandleChunk(SCALES, count);
            read.copyTo(from, count, part);
            for (int i = 0; i < count; i++) {
                assertArrayEquals(row(chunk, from + i), row(part, i), "candle " + (from + i));
            }
        }
    }

    private static long[] row(CandleChunk c, int i) {
        return new long[] {c.openTime(i), c.open(i), c.high(i), c.low(i), c.close(i), c.volume(i), c.quoteVolume(i)};
    }

    @Test
    void damagedBytesAreRefused() {
        CandleChunk chunk = new CandleChunk(SCALES, 10);
        for (int i = 0; i < 10; i++) {
            chunk.onCandle(60L * i, 100 + i, 110 + i, 90, 100, 5, 500);
        }
        byte[] bytes = PackedCandleBlock.pack(chunk, 60, new long[10]).toBytes();
        assertThrows(IllegalArgumentException.class, () -> PackedCandleBlock.fromBytes(Arrays.copyOf(bytes, bytes.length - 1)));
        byte[] otherFormat = bytes.clone();
        otherFormat[0] = 9;
        assertThrows(IllegalArgumentException.class, () -> PackedCandleBlock.fromBytes(otherFormat));
        assertThrows(IllegalArgumentException.class, () -> PackedCandleBlock.fromBytes(Arrays.copyOf(bytes, bytes.length + 3)));
    }
}
