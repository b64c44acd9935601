package io.tradewind.sim;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The assets known to one simulated exchange. An asset's scale is set by the instruments that
 * trade it (a base keeps the step size's decimals, a quote the decimals that make price × quantity
 * exact) and may only grow while no account holds the asset, because growing it later would
 * change the meaning of stored amounts.
 */
final class Assets {

    private final Map<String, Asset> byName = new HashMap<>();
    private final List<Asset> byId = new ArrayList<>();

    Asset require(String name, int scale, String neededBy) {
        Asset asset = byName.get(name);
        if (asset == null) {
            asset = new Asset(byId.size(), name, scale);
            byName.put(name, asset);
            byId.add(asset);
        } else if (asset.scale < scale) {
            if (asset.held) {
                throw new IllegalArgumentException(neededBy + " needs " + name + " amounts with "
                        + scale + " decimals, but accounts already hold " + name + " with "
                        + asset.scale + "; declare instruments before the accounts that hold their assets");
            }
            asset.scale = scale;
        }
        return asset;
    }

    /** Re-creates the next asset exactly as a snapshot recorded it. */
    Asset restore(String name, int scale, boolean held) {
        if (byName.containsKey(name)) {
            throw new IllegalArgumentException("snapshot lists asset " + name + " twice");
        }
        Asset asset = new Asset(byId.size(), name, scale);
        asset.held = held;
        byName.put(name, asset);
        byId.add(asset);
        return asset;
    }

    Asset forBalance(String name, int decimals) {
        Asset asset = byName.get(name);
        if (asset == null) {
            asset = require(name, Math.max(0, decimals), "balance");
        }
        asset.held = true;
        return asset;
    }

    Asset get(String name) {
        return byName.get(name);
    }

    Asset get(int id) {
        return byId.get(id);
    }

    int size() {
        return byId.size();
    }

    List<Asset> all() {
        return List.copyOf(byId);
    }
}
