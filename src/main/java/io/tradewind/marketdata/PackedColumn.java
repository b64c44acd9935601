package io.tradewind.marketdata;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * An immutable column of longs stored as offsets from the column's minimum in the narrowest of
 * 0, 1, 2, 4 or 8 bytes ("frame of reference" packing). Candle columns of one block vary little
 * (minute prices within a few percent, gapless times not at all), so most columns take 0–4 bytes
 * a value instead of 8: this is what lets the in-memory store hold 10,000,000 candles in a
 * 512 MB heap. The same layout is the column's byte form in a stored block ({@link #writeTo},
 * {@link #readFrom}): width, base, then the packed values little-endian.
 *
 * <p>A column read from a stored block keeps reading the stored bytes in place instead of copying
 * them into an array of its width: a backtest reads every block once and drops it, and those
 * copies were about half of what reading candles from the database allocated.
 */
final class PackedColumn {

    private static final VarHandle SHORTS = MethodHandles.byteArrayViewVarHandle(short[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle INTS = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    private final long base;
    private final int width;
    private final byte[] bytes;
    private final short[] shorts;
    private final int[] ints;
    private final long[] longs;
    /** The stored block's bytes a column read from them decodes in place, its values from {@link #storedAt}; else null. */
    private final byte[] stored;
    private final int storedAt;
    private final int storedCount;

    private PackedColumn(long base, int width, byte[] bytes, short[] shorts, int[] ints, long[] longs) {
        this.base = base;
        this.width = width;
        this.bytes = bytes;
        this.shorts = shorts;
        this.ints = ints;
        this.longs = longs;
        this.stored = null;
        this.storedAt = 0;
        this.storedCount = 0;
    }

    private PackedColumn(long base, int width, byte[] stored, int storedAt, int storedCount) {
        this.base = base;
        this.width = width;
        this.bytes = null;
        this.shorts = null;
        this.ints = null;
        this.longs = null;
        this.stored = stored;
        this.storedAt = storedAt;
        this.storedCount = storedCount;
    }

    static PackedColumn pack(long[] values, int count) {
        long min = Long.MAX_VALUE;
        long max = Long.MIN_VALUE;
        for (int i = 0; i < count; i++) {
            min = Math.min(min, values[i]);
            max = Math.max(max, values[i]);
        }
        if (count == 0 || min == max) {
            return new PackedColumn(count == 0 ? 0 : min, 0, null, null, null, null);
        }
        long range = max - min;
        // a negative range means max - min overflowed: only raw longs can hold such a column
        if (range < 0 || range >= 1L << 32) {
            long[] copy = new long[count];
            System.arraycopy(values, 0, copy, 0, count);
            return new PackedColumn(0, 8, null, null, null, copy);
        }
        if (range < 1 << 8) {
            byte[] packed = new byte[count];
            for (int i = 0; i < count; i++) {
                packed[i] = (byte) (values[i] - min);
            }
            return new PackedColumn(min, 1, packed, null, null, null);
        }
        if (range < 1 << 16) {
            short[] packed = new short[count];
            for (int i = 0; i < count; i++) {
                packed[i] = (short) (values[i] - min);
            }
            return new PackedColumn(min, 2, null, packed, null, null);
        }
        int[] packed = new int[count];
        for (int i = 0; i < count; i++) {
            packed[i] = (int) (values[i] - min);
        }
        return new PackedColumn(min, 4, null, null, packed, null);
    }

    /** Bytes {@link #writeTo} takes for this column. */
    int serializedSize() {
        return 1 + Long.BYTES + (int) payloadBytes();
    }

    /** Appends this column to a little-endian buffer with room for {@link #serializedSize()}. */
    void writeTo(ByteBuffer out) {
        out.put((byte) width).putLong(base);
        if (stored != null) {
            out.put(stored, storedAt, (int) payloadBytes());
            return;
        }
        switch (width) {
            case 0:
                break;
            case 1:
                out.put(bytes);
                break;
            case 2:
                out.asShortBuffer().put(shorts);
                out.position(out.position() + 2 * shorts.length);
                break;
            case 4:
                out.asIntBuffer().put(ints);
                out.position(out.position() + 4 * ints.length);
                break;
            default:
                out.asLongBuffer().put(longs);
                out.position(out.position() + 8 * longs.length);
        }
    }

    /**
     * Reads a column of {@code count} values written by {@link #writeTo} from a little-endian buffer.
     *
     * @throws IllegalArgumentException when the bytes are not such a column
     */
    static PackedColumn readFrom(ByteBuffer in, int count) {
        int width = in.get();
        long base = in.getLong();
        if (width != 0 && width != 1 && width != 2 && width != 4 && width != 8) {
            throw new IllegalArgumentException("not a packed column: width " + width);
        }
        int length = width * count;
        if (in.remaining() < length) {
            throw new BufferUnderflowException();
        }
        int at = in.arrayOffset() + in.position();
        in.position(in.position() + length);
        return width == 0 ? new PackedColumn(base, 0, null, null, null, null)
                : new PackedColumn(width == 8 ? 0 : base, width, in.array(), at, count);
    }

    long get(int i) {
        if (stored != null) {
            return storedValue(i);
        }
        switch (width) {
            case 0:
                return base;
            case 1:
                return base + (bytes[i] & 0xFFL);
            case 2:
                return base + (shorts[i] & 0xFFFFL);
            case 4:
                return base + (ints[i] & 0xFFFF_FFFFL);
            default:
                return longs[i];
        }
    }

    /** Copies values {@code from .. from+count-1} into {@code dst} starting at {@code dstPos}. */
    void decode(int from, int count, long[] dst, int dstPos) {
        if (stored != null) {
            for (int i = 0; i < count; i++) {
                dst[dstPos + i] = storedValue(from + i);
            }
            return;
        }
        switch (width) {
            case 0:
                Arrays.fill(dst, dstPos, dstPos + count, base);
                break;
            case 1:
                for (int i = 0; i < count; i++) {
                    dst[dstPos + i] = base + (bytes[from + i] & 0xFFL);
                }
                break;
            case 2:
                for (int i = 0; i < count; i++) {
                    dst[dstPos + i] = base + (shorts[from + i] & 0xFFFFL);
                }
                break;
            case 4:
                for (int i = 0; i < count; i++) {
                    dst[dstPos + i] = base + (ints[from + i] & 0xFFFF_FFFFL);
                }
                break;
            default:
                System.arraycopy(longs, from, dst, dstPos, count);
        }
    }

    private long storedValue(int i) {
        switch (width) {
            case 1:
                return base + (stored[storedAt + i] & 0xFFL);
            case 2:
                return base + ((short) SHORTS.get(stored, storedAt + 2 * i) & 0xFFFFL);
            case 4:
                return base + ((int) INTS.get(stored, storedAt + 4 * i) & 0xFFFF_FFFFL);
            default:
                return (long) LONGS.get(stored, storedAt + 8 * i);
        }
    }

    /** Approximate heap bytes of the packed values, for capacity planning and tests. */
    long payloadBytes() {
        if (stored != null) {
            return (long) width * storedCount;
        }
        switch (width) {
            case 0:
                return 0;
            case 1:
                return bytes.length;
            case 2:
                return 2L * shorts.length;
            case 4:
                return 4L * ints.length;
            default:
                return 8L * longs.length;
        }
    }
}
