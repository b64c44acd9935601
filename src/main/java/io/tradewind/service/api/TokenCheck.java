package io.tradewind.service.api;

import io.tradewind.domain.Sha256;
import java.security.MessageDigest;
import java.util.Optional;

/**
 * What a request's {@code Authorization} header allows. Tokens are compared as SHA-256 digests
 * with {@link MessageDigest#isEqual}, so the time taken reveals neither the token nor its length.
 */
final class TokenCheck {

    /** What a caller may do. */
    enum Access {
        /** Nothing: no token, a refused token, or no operator token configured. */
        NONE,
        /** GET requests only. */
        READ,
        /** Everything. */
        OPERATE
    }

    private static final String BEARER = "bearer ";

    private final byte[] operatorDigest;
    private final byte[] readDigest;

    /** @param operatorToken the operator's token, or empty/blank to refuse every request */
    TokenCheck(Optional<String> operatorToken, Optional<String> readToken) {
        this.operatorDigest = digestOf(operatorToken);
        this.readDigest = operatorDigest == null ? null : digestOf(readToken);
    }

    boolean operatorTokenConfigured() {
        return operatorDigest != null;
    }


    Access accessOf(String authorizationHeader) {
        if (operatorDigest == null || authorizationHeader == null
                || !authorizationHeader.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return Access.NONE;
        }
        byte[] offered = Sha256.of(authorizationHeader.substring(BEARER.length()).strip());
        if (MessageDigest.isEqual(offered, operatorDigest)) {
            return Access.OPERATE;
        }
        return readDigest != null && MessageDigest.isEqual(offered, readDigest) ? Access.READ : Access.NONE;
    }

    private static byte[] digestOf(Optional<String> token) {
        return token.map(String::strip).filter(t -> !t.isEmpty()).map(Sha256::of).orElse(null);
    }
}
