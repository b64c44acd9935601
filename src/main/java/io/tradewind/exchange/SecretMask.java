package io.tradewind.exchange;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every credential and session token the process holds, so that text about to be logged can be
 * masked. Connectors register a value as soon as they read or receive it; {@link SecretMaskingFilter}
 * applies the mask to every log record.
 */
public final class SecretMask {

    static final String MASK = "****";

    /** Shorter values are not secrets worth masking and would mangle ordinary text. */
    private static final int SHORTEST_SECRET = 6;

    private static final Set<String> SECRETS = ConcurrentHashMap.newKeySet();

    private SecretMask() {
    }

    public static void register(String secret) {
        if (secret != null && secret.length() >= SHORTEST_SECRET) {
            SECRETS.add(secret);
        }
    }

    /** The text with every registered secret replaced by {@code ****}. */
    public static String mask(String text) {
        if (text == null || SECRETS.isEmpty()) {
            return text;
        }
        String masked = text;
        for (String secret : SECRETS) {
            if (masked.contains(secret)) {
                masked = masked.replace(secret, MASK);
            }
        }
        return masked;
    }
}
