package io.tradewind.marketdata;

import java.time.Instant;
import java.util.function.Consumer;

/**
 * Collects candles in open-time order into packed blocks of up to {@value #BLOCK_SIZE} candles,
 * checking that open times strictly ascend and sit on the resolution's bucket starts. Each
 * finished block goes to a sink as soon as it is full, so any number of candles passes through
 * the memory of one block.
 */
public final class BlockBuilder {

    public static final int BLOCK_SIZE = 4_096;

    private final Resolution resolution;
    private final CandleChunk pending;
    private final long[] scratch = new long[BLOCK_SIZE];
    private final Consumer<PackedCandleBlock> sink;
    private long lastOpenTime = Long.MIN_VALUE;
    private long count;

    public BlockBuilder(Resolution resolution, CandleScales scales, Consumer<PackedCandleBlock> sink) {
        this.resolution = resolution;
        this.pending = new CandleChunk(scales, BLOCK_SIZE);
        this.sink = sink;
    }

    /** Keeps an already packed block as it is; it must follow everything added so far. */
    public void addBlock(PackedCandleBlock block) {
        flush();
        requireAfterLast(block.firstOpenTime());
        sink.accept(block);
        lastOpenTime = block.lastOpenTime();
        count += block.size();
    }

    /**
     * Adds candle {@code i} of {@code chunk}.
     *
     * @throws IllegalArgumentException when it does not open after the previous candle or is not
     *                                  aligned to the resolution
     */
    public void add(CandleChunk chunk, int i) {
        long time = chunk.openTime[i];
        requireAfterLast(time);
        if (!resolution.isAligned(time)) {
            throw new IllegalArgumentException("open time " + Instant.ofEpochSecond(time)
                    + " is not the start of a " + resolution.label() + " bucket");
        }
        pending.onCandle(time, chunk.open[i], chunk.high[i], chunk.low[i], chunk.close[i],
                chunk.volume[i], chunk.quoteVolume[i]);
        lastOpenTime = time;
        count++;
        if (pending.isFull()) {
            flush();
        }
    }

    private void requireAfterLast(long time) {
        if (time <= lastOpenTime) {
            throw new IllegalArgumentException("open times must ascend without repeats: "
                    + Instant.ofEpochSecond(time) + " follows " + Instant.ofEpochSecond(lastOpenTime));
        }
    }

    private void flush() {
        if (!pending.isEmpty()) {
            sink.accept(PackedCandleBlock.pack(pending, resolution.seconds(), scratch));
            pending.clear();
        }
    }

    /** Hands the last, partly filled block to the sink. */
    public void finish() {
        flush();
    }

    /** Candles added so far, including those of kept blocks. */
    public long count() {
        return count;
    }
}
