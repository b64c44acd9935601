package io.tradewind.exchange.nobitex;

import io.tradewind.domain.Sha256;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Our client order ids (any length) as Nobitex's {@code clientOrderId} (at most 32 characters),
 * deterministically, so that a lookup or cancel after a restart computes the same wire id:
 *
 * <ul>
 *   <li>a lower-case UUID ({@code 8-4-4-4-12} hex) drops its dashes: 32 hex digits, turned back into the UUID
 *       when read;
 *   <li>any other id of at most 32 letters, digits, {@code -} and {@code _} that is not 32 hex
 *       digits goes as it is;
 *   <li>anything else becomes {@code h} and the first 31 hex digits of its SHA-256. That cannot be
 *       reversed: the id is remembered for the life of the connector, and an order of this kind
 *       seen after a restart only in open orders or own trades carries its wire id.
 * </ul>
 */
final class NobitexClientIds {

    static final int MAX_LENGTH = 32;

    private static final Pattern UUID = Pattern.compile(
            "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final Pattern HEX32 = Pattern.compile("[0-9a-f]{32}");
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9_-]{1," + MAX_LENGTH + "}");

    private final Map<String, String> hashed = new ConcurrentHashMap<>();

    /** The wire id of one of our ids. */
    String toWire(String uid) {
        if (UUID.matcher(uid).matches()) {
            return uid.replace("-", "");
        }
        if (PLAIN.matcher(uid).matches() && !HEX32.matcher(uid).matches()) {
            return uid;
        }
        String wire = "h" + HexFormat.of().formatHex(Sha256.of(uid)).substring(0, MAX_LENGTH - 1);
        hashed.put(wire, uid);
        return wire;
    }

    /** Our id for a wire id, as far as it can be known (see the class comment). */
    String fromWire(String wire) {
        if (HEX32.matcher(wire).matches()) {
            return wire.substring(0, 8) + "-" + wire.substring(8, 12) + "-" + wire.substring(12, 16) + "-"
                    + wire.substring(16, 20) + "-" + wire.substring(20);
        }
        return hashed.getOrDefault(wire, wire);
    }
}
