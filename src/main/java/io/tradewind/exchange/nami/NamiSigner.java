package io.tradewind.exchange.nami;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Nami's request signature: the parameters in the order they are sent, then {@code timestamp} in
 * milliseconds, as a query string {@code k=v&k=v} (URL-encoded); the signature is the lower-case
 * hex HMAC-SHA256 of that text keyed with the API secret. It is sent as {@code signature} next to
 * the parameters (in the query of a GET, in the JSON body of a POST or DELETE).
 */
final class NamiSigner {

    private final byte[] secret;

    NamiSigner(String secret) {
        this.secret = secret.getBytes(StandardCharsets.UTF_8);
    }

    /** The parameters in send order with {@code timestamp} and {@code signature} appended. */
    Map<String, Object> sign(Map<String, Object> params, long timestampMillis) {
        Map<String, Object> signed = new LinkedHashMap<>(params);
        signed.put("timestamp", timestampMillis);
        signed.put("signature", signature(queryString(signed)));
        return signed;
    }

    String signature(String queryString) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(queryString.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }

    /** {@code k=v&k=v} in the map's order, values as sent ({@link NamiJson#text}), URL-encoded. */
    static String queryString(Map<String, Object> params) {
        StringJoiner query = new StringJoiner("&");
        params.forEach((key, value) -> query.add(URLEncoder.encode(key, StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(NamiJson.text(value), StandardCharsets.UTF_8)));
        return query.toString();
    }
}
