package io.tradewind.service.api;

import io.tradewind.service.ServiceStarted;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The API's tokens, from the environment: {@code TRADEWIND_API_TOKEN} (operator: read and act)
 * and {@code TRADEWIND_API_READ_TOKEN} (read only), which MicroProfile Config maps to
 * {@code tradewind.api.token} and {@code tradewind.api.read-token}. The tokens are never logged.
 */
@ApplicationScoped
public class ApiTokens {

    public static final String OPERATOR_ENV = "TRADEWIND_API_TOKEN";
    public static final String READ_ENV = "TRADEWIND_API_READ_TOKEN";
    static final String NO_TOKEN_WARNING = "the service API at /api refuses every request: no operator token is"
            + " configured. Set the environment variable " + OPERATOR_ENV + " (and " + READ_ENV
            + " for read-only access) and restart the service.";

    private static final Logger LOG = Logger.getLogger(ApiTokens.class);

    /** Shorter than this, a token is a password someone may guess; {@code openssl rand -hex 16} gives 32. */
    static final int SHORTEST_STRONG_TOKEN = 16;

    private final TokenCheck check;
    private final boolean serving;
    private final int operatorTokenLength;

    ApiTokens(@ConfigProperty(name = "tradewind.api.token") Optional<String> operatorToken,
            @ConfigProperty(name = "tradewind.api.read-token") Optional<String> readToken,
            @ConfigProperty(name = "quarkus.http.host-enabled", defaultValue = "true") boolean serving) {
        this.check = new TokenCheck(operatorToken, readToken);
        this.serving = serving;
        this.operatorTokenLength = operatorToken.map(String::strip).map(String::length).orElse(0);
    }


    boolean operatorTokenConfigured() {
        return check.operatorTokenConfigured();
    }

    TokenCheck.Access accessOf(String authorizationHeader) {
        return check.accessOf(authorizationHeader);
    }

    /** Warns once the service runs when nobody can use its API. */
    void warnWithoutToken(@Observes ServiceStarted started) {
        startupWarning().ifPresent(LOG::warn);
    }

    Optional<String> startupWarning() {
        if (!serving) {
            return Optional.empty();
        }
        if (!check.operatorTokenConfigured()) {
            return Optional.of(NO_TOKEN_WARNING);
        }
        return operatorTokenLength < SHORTEST_STRONG_TOKEN ? Optional.of(OPERATOR_ENV + " has only " + operatorTokenLength
                + " characters, short enough to guess, and it lets its holder trade: use a long random one (e.g. openssl"
                + " rand -hex 32)") : Optional.empty();
    }
}
