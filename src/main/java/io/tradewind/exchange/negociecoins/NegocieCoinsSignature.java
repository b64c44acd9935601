package io.tradewind.exchange.negociecoins;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The AMX authorization of NegocieCoins' Trade API (seed {@code 002_…}, "Cabeçalho de Autorização
 * AMX"): {@code appId + METHOD + lower(urlencode(fullUrl)) + unixSeconds + nonce + content}, where
 * content is {@code base64(md5(body))} or empty without a body, signed with HMAC-SHA256 under the
 * base64-decoded API key and sent as {@code amx appId:signature:nonce:unixSeconds}.
 */
final class NegocieCoinsSignature {

    private NegocieCoinsSignature() {
    }

    /** The base64 HMAC-SHA256 signature of one request. */
    static String sign(String appId, String apiKey, String method, String fullUrl, long unixSeconds, String nonce,
            byte[] body) {
        String raw = appId + method.toUpperCase(Locale.ROOT)
                + URLEncoder.encode(fullUrl, StandardCharsets.UTF_8).toLowerCase(Locale.ROOT)
                + unixSeconds + nonce + content(body);
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(Base64.getDecoder().decode(apiKey), "HmacSHA256"));
            return Base64.getEncoder().encodeToString(mac.doFinal(raw.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    /** Whether {@code apiKey} can sign: NegocieCoins gives it in base64, decoded to the HMAC key. */
    static boolean isKey(String apiKey) {
        try {
            return Base64.getDecoder().decode(apiKey).length > 0;
        } catch (IllegalArgumentException notBase64) {
            return false;
        }
    }

    /** The {@code Authorization} header value. */
    static String header(String appId, String signature, String nonce, long unixSeconds) {
        return "amx " + appId + ":" + signature + ":" + nonce + ":" + unixSeconds;
    }

    private static String content(byte[] body) {
        if (body == null || body.length == 0) {
            return "";
        }
        try {
            return Base64.getEncoder().encodeToString(MessageDigest.getInstance("MD5").digest(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("MD5 is not available", e);
        }
    }
}
