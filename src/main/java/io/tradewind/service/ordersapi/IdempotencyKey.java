package io.tradewind.service.ordersapi;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * The optional {@code Idempotency-Key} header of a create. A client whose create got no answer (a
 * timeout, a dropped connection) cannot know whether the order was placed; sent again with the same
 * key, the create answers the order the first request placed instead of placing a second one.
 *
 * <p>The order's uid is derived from the user and the key (a hash): the store that keeps the
 * orders is what remembers the keys, across restarts too, and one user's keys never meet
 * another's. Nothing else is kept, so a key is good for as long as its order is.
 */
record IdempotencyKey(String clientOrderId) {

    static final String HEADER = "Idempotency-Key";
    private static final int LONGEST = 255;
    /** "k" and 31 hexadecimal digits of the hash (124 bits): the 32 characters venues take as a client order id. */
    private static final int HASH_DIGITS = 31;

    /**
     * The key sent by {@code userId}, or null when the request has none.
     *
     * @throws UnprocessableOrder the header is empty, longer than 255 characters or not printable ASCII
     */
    static IdempotencyKey of(String header, String userId) {
        if (header == null) {
            return null;
        }
        String problem = problem(header);
        if (problem != null) {
            throw new UnprocessableOrder(new ErrorDetail(List.of("header", HEADER), HEADER + " must be 1 to " + LONGEST
                    + " printable ASCII characters without spaces (a random UUID is a good one): " + problem,
                    "value_error.idempotency_key", Map.of("max_length", LONGEST)));
        }
        return new IdempotencyKey("k" + HexFormat.of().formatHex(sha256(userId + '\n' + header)).substring(0, HASH_DIGITS));
    }

    private static String problem(String key) {
        if (key.isEmpty()) {
            return "it is empty";
        }
        if (key.length() > LONGEST) {
            return "it has " + key.length() + " characters";
        }
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (c <= ' ' || c >= 0x7f) {
                return "character " + (i + 1) + " is " + (c == ' ' ? "a space" : String.format("U+%04X", (int) c));
            }
        }
        return null;
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
