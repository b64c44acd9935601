package io.tradewind.service.ordersapi;

import io.tradewind.domain.Sha256;
import java.security.MessageDigest;
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
                digests.put(user, Sha256.of(token.strip()));
            }
        });
    }

    Optional<ApiUser> signedIn(String authorizationHeader) {
        if (authorizationHeader == null || !authorizationHeader.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return Optional.empty();
        }
        byte[] offered = Sha256.of(authorizationHeader.substring(BEARER.length()).strip());
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
}
