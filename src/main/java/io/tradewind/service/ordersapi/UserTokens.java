package io.tradewind.service.ordersapi;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Which user an {@code Authorization: Bearer <token>} header signs in. Tokens are kept and compared
 * as SHA-256 digests with {@link MessageDigest#isEqual}, every one of them each time, so the time
 * taken tells neither a token nor whose it is. Tokens are never logged.
 */
final class UserTokens {

    private static final String BEARER = "bearer ";

    private final Map<ApiUser, byte[]> digests = new LinkedHashMap<>();

    /** @param tokens each user's token; a blank one signs nobody in */
    UserTokens(Map<ApiUser, String> tokens) {
        tokens.forEach((user, token) -> {
            if (token != null && !token.isBlank()) {
                digests.put(user, sha256(token.strip()));
            }
        });
    }

    Optional<ApiUser> signedIn(String authorizationHeader) {
        if (authorizationHeader == null || !authorizationHeader.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return Optional.empty();
        }
        byte[] offered = sha256(authorizationHeader.substring(BEARER.length()).strip());
        ApiUser found = null;
        for (Map.Entry<ApiUser, byte[]> entry : digests.entrySet()) {
            if (MessageDigest.isEqual(offered, entry.getValue()) && found == null) {
                found = entry.getKey();
            }
        }
        return Optional.ofNullable(found);
    }

    boolean canSignIn(ApiUser user) {
        return digests.containsKey(user);
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
