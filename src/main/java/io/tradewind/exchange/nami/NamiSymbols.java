package io.tradewind.exchange.nami;

import io.tradewind.exchange.JoinedSymbols;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Nami's symbols ({@code BTCUSDT}) and its asset ids. Asset ids (balances are keyed by them) come
 * from the spot config's symbols, which name each base and quote asset with its id.
 */
final class NamiSymbols extends JoinedSymbols {

    /** Quote assets tried in this order when the config has not been read. */
    private static final List<String> QUOTES = List.of("VNDC", "VNST", "USDT", "BTC", "ETH");

    private final Map<String, String> assetById = new ConcurrentHashMap<>();

    NamiSymbols() {
        super("Nami", QUOTES);
    }

    void learnAsset(String id, String asset) {
        assetById.put(id, asset);
    }

    /** The asset an id names, or {@code null} when the config did not name it. */
    String asset(String id) {
        return assetById.get(id);
    }

    boolean knowsAssets() {
        return !assetById.isEmpty();
    }
}
