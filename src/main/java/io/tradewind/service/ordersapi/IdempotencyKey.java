package io.tradewind.service.ordersapi;

import io.tradewind.domain.Sha256;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * The optional {@code Idempotency-Key} header of a create. A client whose create got no answer (a
 * timeout, a dropped connection) cannot know whether the order was placed; sent again with the same
 * key, the create answers the order the first request placed instead of placing a second one.
 *
 * <p>The order's uid is derived from the user and the key (a hash): the store that keeps the
 * orders is what remembers the keys, across restarts too, and one user's keys never meet
 * another's. Nothing else is kept, so a key is good for as long as its order is. The uid is 19
 * characters of {@code [A-Za-z0-9_-]}, like the service's own ids: every connector sends it to its
 * venue and reads it back as it is (TopArz packs at most 19 such characters into its UUIDs).
 */
record IdempotencyKey(String clientOrderId) {

    static final String HEADER = "Idempotency-Key";
    private static final int LONGEST = 255;
    /** "k" and 18 base64url digits of the hash (108 bits). */
    private static final int HASH_BYTES = 18 * 6 / 8;

    /**
     * The key sent by {@code userId}, or null when the request has none.
     *
     * @param headers every value of the header in the request, as sent
     * @throws UnprocessableOrder the header is given twice, empty, longer than 255 characters or not printable ASCII
     */
    static IdempotencyKey of(List<String> headers, String userId) {
        if (headers.isEmpty()) {
            return null;
        }
        if (headers.size() > 1) {
            // which one the client meant cannot be known, and taking either could place a second order
            throw new UnprocessableOrder(new ErrorDetail(List.of("header", HEADER), HEADER + " is given " + headers.size()
                    + " times: send one", "value_error.idempotency_key", Map.of("max_length", LONGEST)));
        }
        String header = headers.get(0);
        String problem = problem(header);
        if (problem != null) {
            throw new UnprocessableOrder(new ErrorDetail(List.of("header", HEADER), HEADER + " must be 1 to " + LONGEST
                    + " printable ASCII characters without spaces (a random UUID is a good one): " + problem,
                    "value_error.idempotency_key", Map.of("max_length", LONGEST)));
        }
        byte[] hash = Arrays.copyOf(Sha256.of(userId + '\n' + header), HASH_BYTES);
        return new IdempotencyKey("k" + Base64.getUrlEncoder().withoutPadding().encodeToString(hash));
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
            if (c <= ' ' || c == 0x7f) {
                return "character " + (i + 1) + " is " + (c == ' ' ? "a space" : String.format("U+%04X", (int) c));
            }
            if (c > 0x7f) {
                // the header's bytes arrive one character each: a byte of a UTF-8 letter is not the letter
                return "character " + (i + 1) + " is not ASCII";
            }
        }
        return null;
    }
}
