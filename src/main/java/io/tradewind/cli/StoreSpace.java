package io.tradewind.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Whether the disk under the store has room for a write of many candles, checked before the
 * write starts: a write that fills the disk fails only after it has run for minutes.
 */
final class StoreSpace {

    /**
     * Bytes the H2 file grows by per candle written in one transaction: {@code data generate
     * --count 10000000} into an empty store grew it to 139 MB at its peak (13.9 bytes a candle),
     * rounded up so that the estimate errs on the safe side.
     */
    static final long BYTES_PER_CANDLE = 16;

    private StoreSpace() {
    }

    /** Why {@code candles} will not fit under {@code dataDir}, or {@code null} when they will (or the free space is unknown). */
    static String refusal(long candles, Path dataDir) {
        long needed = candles > Long.MAX_VALUE / BYTES_PER_CANDLE ? Long.MAX_VALUE : candles * BYTES_PER_CANDLE;
        long free;
        try {
            free = Files.getFileStore(existingAncestor(dataDir.toAbsolutePath())).getUsableSpace();
        } catch (IOException e) {
            return null;
        }
        if (needed <= free) {
            return null;
        }
        return String.format(Locale.ROOT, "%,d candles need about %s in %s, but only %s is free there;"
                + " generate fewer candles or free some space", candles, size(needed), dataDir, size(free));
    }

    private static Path existingAncestor(Path path) {
        Path existing = path;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        return existing == null ? path.getRoot() : existing;
    }

    private static String size(long bytes) {
        if (bytes == Long.MAX_VALUE) {
            return "more than 9 EB";
        }
        return String.format(Locale.ROOT, "%,.1f GB", bytes / 1e9);
    }
}
