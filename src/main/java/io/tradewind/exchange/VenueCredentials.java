package io.tradewind.exchange;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A venue's credentials, read only from environment variables named
 * {@code TRADEWIND_<VENUE>_<NAME>} (e.g. {@code TRADEWIND_NOBITEX_PASSWORD}). Every value read is
 * registered with {@link SecretMask} so that no log line shows it; none is ever put into an
 * exception message.
 */
public final class VenueCredentials {

    private final String venue;
    private final Map<String, String> environment;

    public VenueCredentials(String venue, Map<String, String> environment) {
        this.venue = venue;
        this.environment = Map.copyOf(environment);
    }

    public static VenueCredentials fromEnvironment(String venue) {
        return new VenueCredentials(venue, System.getenv());
    }

    /** The variable that holds a credential, e.g. {@code TRADEWIND_TOPARZ_TOKEN}. */
    public static String variable(String venue, String name) {
        return "TRADEWIND_" + venue.toUpperCase(Locale.ROOT) + "_" + name.toUpperCase(Locale.ROOT);
    }

    /** The credential, or empty when its variable is unset or blank. */
    public Optional<String> optional(String name) {
        String value = environment.get(variable(venue, name));
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        SecretMask.register(value);
        return Optional.of(value);
    }

    /**
     * The credential a private call needs.
     *
     * @throws VenueCallException {@code AUTHENTICATION} naming the variable to set (never a value)
     */
    public String required(String name) throws VenueCallException {
        return optional(name).orElseThrow(() -> new VenueCallException(VenueCallException.Kind.AUTHENTICATION,
                venue + ": set the environment variable " + variable(venue, name) + " for private calls", false));
    }
}
