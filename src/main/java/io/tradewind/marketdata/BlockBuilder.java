package io.tradewind.marketdata;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects candles in open-time order into packed blocks, checking that open times strictly
 * ascend and sit on the resolution's bucket starts.
 */
final class BlockBuilder {

    static final int BLOCK_SIZE = 4_096;

    private final Resolution resolution;
    private final CandleChunk pending;
    private final long[] scratch = new long[BLOCK_SIZE];
    private final List<PackedCandleBlock> blocks = new ArrayList<>();
    private long lastOpenTime = Long.MIN_VALUE;
    private long count;

    BlockBuilder(Resolution resolution, CandleScales scales) {
        this.resolution = resolution;
        this.pending = new CandleChunk(scales, BLOCK_SIZE);
    }

    /** Keeps an already packed block as it is; it must follow everything added so far. */
    void addBlock(PackedCandleBlock block) {
        flush();
        requireAfterLast(block.firstOpenTime());
        blocks.add(block);
        lastOpenTime = block.lastOpenTime();
        count += block.size();
    }

    void add(CandleChunk chunk, int i) {
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
            blocks.add(PackedCandleBlock.pack(pending, resolution.seconds(), scratch));
            pending.clear();
        }
    }

    List<PackedCandleBlock> finish() {
        flush();
        return blocks;
    }

    long count() {
        return count;
    }
}
