package io.tradewind.marketdata;

/** A cursor over one prepared chunk: how hand-made or fetched candles reach a store. */
public final class ChunkCursor implements CandleCursor {

    private final CandleScales scales;
    private CandleChunk chunk;

    public ChunkCursor(CandleChunk chunk) {
        this.chunk = chunk;
        this.scales = chunk.scales();
    }

    @Override
    public CandleScales scales() {
        return scales;
    }

    @Override
    public CandleChunk next() {
        CandleChunk result = chunk;
        chunk = null;
        return result;
    }
}
