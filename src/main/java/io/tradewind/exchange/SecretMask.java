package io.tradewind.exchange;

import java.util.Set;
import java.util.regex.Pattern;
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
    private static final Pattern SIGNATURE_PARAMETER = Pattern.compile("(?i)(\\bsignature=)[^&\\s\"',;)]+");
    private static final Pattern AMX_SIGNATURE = Pattern.compile("(\\bamx [^:\\s\"]+:)[^:\\s\"]+");
    /** A password in a URL: a query parameter ({@code ?password=}) or the user part ({@code //user:password@}). */
    private static final Pattern URL_PASSWORD = Pattern.compile("(?i)(\\bpass(?:word|wd)?=)[^&\\s\"',;)]+|(//[^/:@\\s]+:)[^/@\\s]+(@)");

    private SecretMask() {
    }

    public static void register(String secret) {
        if (secret != null && secret.length() >= SHORTEST_SECRET) {
            SECRETS.add(secret);
        }
    }

    /**
     * The text with every registered secret replaced by {@code ****}, and request signatures too:
     * a signature is new on every request, so it is recognised by where it stands (Nami's
     * {@code signature=} query parameter, NegocieCoins' {@code amx APP_ID:SIGNATURE:…} header),
     * which a venue may echo back in an error, and a password written into a database URL.
     */
    public static String mask(String text) {
        if (text == null) {
            return null;
        }
        String masked = text;
        if (masked.contains("ignature=") || masked.contains("amx ")) {
            masked = SIGNATURE_PARAMETER.matcher(masked).replaceAll("$1" + MASK);
            masked = AMX_SIGNATURE.matcher(masked).replaceAll("$1" + MASK);
        }
        if (masked.contains("ass") || masked.indexOf('@') >= 0) {
            masked = URL_PASSWORD.matcher(masked).replaceAll(match -> match.group(1) != null
                    ? match.group(1) + MASK : match.group(2) + MASK + match.group(3));
        }
        for (String secret : SECRETS) {
            if (masked.contains(secret)) {
                masked = masked.replace(secret, MASK);
            }
        }
        return masked;
    }
}
