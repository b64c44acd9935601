package io.tradewind.marketdata;

import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * An immutable run of up to a few thousand ascending candles, each column packed by
 * {@link PackedColumn}. High, low and close are kept as differences from the same candle's open
 * and open times as differences from a gapless grid, because those differences are small and
 * pack into one or two bytes where the raw values need four or eight. {@link #toBytes()} gives
 * the same packing as bytes, which is what a database store keeps per block row.
 */
public final class PackedCandleBlock {

    /** First byte of {@link #toBytes()}: lets a later layout be told apart from this one. */
    private static final byte FORMAT = 1;
    private static final int HEADER_BYTES = 1 + Integer.BYTES + 3 * Long.BYTES;

    private final int size;
    private final long firstOpenTime;
    private final long lastOpenTime;
    private final long step;
    private final PackedColumn timeOffGrid;
    private final PackedColumn open;
    private final PackedColumn highOverOpen;
    private final PackedColumn lowUnderOpen;
    private final PackedColumn closeMinusOpen;
    private final PackedColumn volume;
    private final PackedColumn quoteVolume;

    private PackedCandleBlock(CandleChunk chunk, long step, long[] scratch) {
        size = chunk.size();
        this.step = step;
        firstOpenTime = chunk.openTime[0];
        lastOpenTime = chunk.openTime[size - 1];
        for (int i = 0; i < size; i++) {
            scratch[i] = chunk.openTime[i] - i * step;
        }
        timeOffGrid = PackedColumn.pack(scratch, size);
        open = PackedColumn.pack(chunk.open, size);
        highOverOpen = PackedColumn.pack(differences(chunk.high, chunk.open, scratch), size);
        lowUnderOpen = PackedColumn.pack(differences(chunk.open, chunk.low, scratch), size);
        closeMinusOpen = PackedColumn.pack(differences(chunk.close, chunk.open, scratch), size);
        volume = PackedColumn.pack(chunk.volume, size);
        quoteVolume = PackedColumn.pack(chunk.quoteVolume, size);
    }

    private PackedCandleBlock(ByteBuffer in) {
        if (in.get() != FORMAT) {
            throw new IllegalArgumentException("not a packed candle block of format " + FORMAT);
        }
        size = in.getInt();
        if (size <= 0) {
            throw new IllegalArgumentException("packed candle block of " + size + " candles");
        }
        step = in.getLong();
        firstOpenTime = in.getLong();
        lastOpenTime = in.getLong();
        timeOffGrid = PackedColumn.readFrom(in, size);
        open = PackedColumn.readFrom(in, size);
        highOverOpen = PackedColumn.readFrom(in, size);
        lowUnderOpen = PackedColumn.readFrom(in, size);
        closeMinusOpen = PackedColumn.readFrom(in, size);
        volume = PackedColumn.readFrom(in, size);
        quoteVolume = PackedColumn.readFrom(in, size);
        if (in.hasRemaining()) {
            throw new IllegalArgumentException("packed candle block has " + in.remaining() + " trailing bytes");
        }
    }

    /**
     * The block stored by {@link #toBytes()}.
     *
     * @throws IllegalArgumentException when the bytes are not such a block (corrupt or truncated)
     */
    public static PackedCandleBlock fromBytes(byte[] bytes) {
        try {
            return new PackedCandleBlock(ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN));
        } catch (BufferUnderflowException e) {
            throw new IllegalArgumentException("packed candle block is truncated (" + bytes.length + " bytes)", e);
        }
    }

    /** The packed columns as bytes: a header (format, size, step, first and last open time), then each column. */
    public byte[] toBytes() {
        PackedColumn[] columns = {timeOffGrid, open, highOverOpen, lowUnderOpen, closeMinusOpen, volume, quoteVolume};
        int length = HEADER_BYTES;
        for (PackedColumn column : columns) {
            length += column.serializedSize();
        }
        ByteBuffer out = ByteBuffer.allocate(length).order(ByteOrder.LITTLE_ENDIAN);
        out.put(FORMAT).putInt(size).putLong(step).putLong(firstOpenTime).putLong(lastOpenTime);
        for (PackedColumn column : columns) {
            column.writeTo(out);
        }
        return out.array();
    }

    /** Packs all candles of a non-empty chunk; {@code step} is the resolution in seconds. */
    static PackedCandleBlock pack(CandleChunk chunk, long step, long[] scratch) {
        return new PackedCandleBlock(chunk, step, scratch);
    }

    private long[] differences(long[] a, long[] b, long[] into) {
        for (int i = 0; i < size; i++) {
            into[i] = Math.subtractExact(a[i], b[i]);
        }
        return into;
    }

    public int size() {
        return size;
    }

    public long firstOpenTime() {
        return firstOpenTime;
    }

    public long lastOpenTime() {
        return lastOpenTime;
    }

    long openTime(int i) {
        return timeOffGrid.get(i) + i * step;
    }

    /** Index of the first candle with open time {@code >= time}, or {@link #size()} if none. */
    public int indexOf(long time) {
        int lo = 0;
        int hi = size;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (openTime(mid) < time) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /**
     * Appends candles {@code from .. from+count-1} to {@code dst}, which must have room and this
     * block's scales.
     */
    public void copyTo(int from, int count, CandleChunk dst) {
        int at = dst.size();
        timeOffGrid.decode(from, count, dst.openTime, at);
        open.decode(from, count, dst.open, at);
        highOverOpen.decode(from, count, dst.high, at);
        lowUnderOpen.decode(from, count, dst.low, at);
        closeMinusOpen.decode(from, count, dst.close, at);
        volume.decode(from, count, dst.volume, at);
        quoteVolume.decode(from, count, dst.quoteVolume, at);
        for (int i = 0; i < count; i++) {
            int j = at + i;
            long o = dst.open[j];
            dst.openTime[j] += (from + i) * step;
            dst.high[j] += o;
            dst.low[j] = o - dst.low[j];
            dst.close[j] += o;
        }
        dst.grow(count);
    }

    long payloadBytes() {
        return timeOffGrid.payloadBytes() + open.payloadBytes() + highOverOpen.payloadBytes()
                + lowUnderOpen.payloadBytes() + closeMinusOpen.payloadBytes() + volume.payloadBytes()
                + quoteVolume.payloadBytes();
    }
}
