package io.tradewind.exchange.toparz;

import io.tradewind.domain.Sha256;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Our client order ids as TopArz's {@code client_id}, which the seed asks to be a "UUID v4 with
 * max 36 characters", deterministically, so that a lookup or cancel after a restart sends the
 * same one:
 *
 * <ul>
 *   <li>a UUID v4 in lower case goes as it is (unless it reads as a packed id, below);
 *   <li>an id of at most {@value #MAX_PACKED} letters, digits, {@code -} and {@code _} (the
 *       service's {@code s<base36>-<n>}, the command line's {@code cli…}) is packed into the 122
 *       bits a UUID v4 leaves free, with a marker bit, and read back from the orders and trades
 *       TopArz lists;
 *   <li>any other id becomes the UUID v4 of its SHA-256, marker clear. That cannot be reversed:
 *       it is remembered for the life of the connector, and such an order seen after a restart
 *       only in a list carries its {@code client_id}.
 * </ul>
 */
final class TopArzClientIds {

    static final int MAX_PACKED = 19;

    private static final String ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_";
    private static final int MARKER = 119;
    private static final BigInteger LOW_62 = BigInteger.ONE.shiftLeft(62).subtract(BigInteger.ONE);

    private final Map<String, String> hashed = new ConcurrentHashMap<>();

    /** The {@code client_id} of one of our ids. */
    String toWire(String uid) {
        if (payload(uid) != null && unpack(uid) == null) {
            return uid;
        }
        String packed = pack(uid);
        if (packed != null) {
            return packed;
        }
        String wire = uuid(new BigInteger(1, Arrays.copyOf(Sha256.of(uid), 16)).shiftRight(6).clearBit(MARKER));
        hashed.put(wire, uid);
        return wire;
    }

    /** Our id for a {@code client_id}, as far as it can be known (see the class comment); null stays null. */
    String fromWire(String wire) {
        if (wire == null) {
            return null;
        }
        String unpacked = unpack(wire);
        return unpacked != null ? unpacked : hashed.getOrDefault(wire, wire);
    }

    private static String pack(String uid) {
        if (uid.isEmpty() || uid.length() > MAX_PACKED) {
            return null;
        }
        BigInteger payload = BigInteger.valueOf(uid.length());
        for (int i = 0; i < MAX_PACKED; i++) {
            int digit = i < uid.length() ? ALPHABET.indexOf(uid.charAt(i)) : 0;
            if (digit < 0) {
                return null;
            }
            payload = payload.shiftLeft(6).add(BigInteger.valueOf(digit));
        }
        return uuid(payload.setBit(MARKER));
    }

    private static String unpack(String wire) {
        BigInteger payload = payload(wire);
        if (payload == null || !payload.testBit(MARKER)) {
            return null;
        }
        int length = payload.shiftRight(6 * MAX_PACKED).intValue() & 31;
        if (length < 1 || length > MAX_PACKED) {
            return null;
        }
        StringBuilder uid = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            uid.append(ALPHABET.charAt(payload.shiftRight(6 * (MAX_PACKED - 1 - i)).intValue() & 63));
        }
        // only what this class packs reads back: any other UUID with the bit set is someone else's id
        return wire.equals(pack(uid.toString())) ? uid.toString() : null;
    }

    /** A UUID v4 (version 4, variant 10) carrying the 122 bits of {@code payload}, in lower case. */
    private static String uuid(BigInteger payload) {
        long high60 = payload.shiftRight(62).longValue();
        long low62 = payload.and(LOW_62).longValue();
        long most = (high60 >>> 12) << 16 | 0x4000L | (high60 & 0xFFFL);
        long least = Long.MIN_VALUE | low62;
        return new UUID(most, least).toString();
    }

    /** The 122 free bits of a UUID v4 written as {@link #uuid} writes it, else null. */
    private static BigInteger payload(String wire) {
        UUID uuid;
        try {
            uuid = UUID.fromString(wire);
        } catch (IllegalArgumentException notAUuid) {
            return null;
        }
        if (!uuid.toString().equals(wire.toLowerCase(Locale.ROOT)) || uuid.version() != 4 || uuid.variant() != 2) {
            return null;
        }
        long most = uuid.getMostSignificantBits();
        long high60 = (most >>> 16) << 12 | (most & 0xFFFL);
        long low62 = uuid.getLeastSignificantBits() & 0x3FFF_FFFF_FFFF_FFFFL;
        return BigInteger.valueOf(high60).shiftLeft(62).or(BigInteger.valueOf(low62));
    }
}
