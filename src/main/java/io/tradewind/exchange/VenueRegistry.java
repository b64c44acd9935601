package io.tradewind.exchange;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Duration;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.Config;

/**
 * The venues this build can reach, and one open connector per venue for the whole process, so
 * that every strategy instance and command on a venue shares its rate limits and session.
 *
 * <p>Per venue, from configuration: {@code tradewind.venues.<venue>.base-url} (the venue's
 * production URL when absent), {@code .connect-timeout} (5s), {@code .read-timeout} (10s),
 * {@code .rate-limit-wait} (30s) and {@code .account} ({@code main}).
 */
@ApplicationScoped
public class VenueRegistry {

    /** The keys every venue takes under {@code tradewind.venues.<venue>.}. */
    public static final Set<String> COMMON_SETTINGS = Set.of("base-url", "connect-timeout", "read-timeout",
            "rate-limit-wait", "account");
    private static final String PREFIX = "tradewind.venues.";

    private final Map<String, VenueFactory> factories = new TreeMap<>();
    private final Map<String, Venue> open = new ConcurrentHashMap<>();
    private final Config config;

    @Inject
    public VenueRegistry(Instance<VenueFactory> factories, Config config) {
        for (VenueFactory factory : factories) {
            this.factories.put(factory.id(), factory);
        }
        this.config = config;
    }

    /** The venue ids that have a connector, sorted. */
    public Set<String> ids() {
        return Collections.unmodifiableSet(factories.keySet());
    }

    public boolean knows(String id) {
        return factories.containsKey(id);
    }

    /** The process's connector for a venue, opened on first use with the configured settings. */
    public Venue venue(String id) {
        return open.computeIfAbsent(id, v -> factory(v).open(settings(v, null)));
    }

    /**
     * A connector of its own for a command, at {@code baseUrl} when given (a test server or a
     * testnet), else as configured.
     */
    public Venue open(String id, URI baseUrl) {
        return factory(id).open(settings(id, baseUrl));
    }

    /** The settings a venue is opened with. */
    public VenueSettings settings(String id, URI baseUrlOverride) {
        VenueFactory factory = factory(id);
        String prefix = "tradewind.venues." + id + ".";
        URI baseUrl = baseUrlOverride != null ? baseUrlOverride
                : config.getOptionalValue(prefix + "base-url", String.class).map(text -> uri(prefix + "base-url", text))
                        .orElse(factory.defaultBaseUrl());
        return new VenueSettings(id, baseUrl,
                duration(prefix + "connect-timeout", "5s"),
                duration(prefix + "read-timeout", "10s"),
                duration(prefix + "rate-limit-wait", "30s"),
                config.getOptionalValue(prefix + "account", String.class).orElse("main"),
                VenueCredentials.fromEnvironment(id));
    }

    /**
     * Checks every {@code tradewind.venues.…} property among {@code propertyNames}: a known venue, a
     * key that venue takes (a misspelt {@code base-urll} would leave a connector on the venue's
     * production URL), and values of the right type, also for a venue no instance trades yet.
     *
     * @throws UnknownVenueException naming the first property at fault
     */
    public void checkSettings(Iterable<String> propertyNames) {
        Map<String, Set<String>> keysByVenue = new TreeMap<>();
        for (String name : propertyNames) {
            if (!name.startsWith(PREFIX)) {
                continue;
            }
            String rest = name.substring(PREFIX.length());
            int dot = rest.indexOf('.');
            String id = dot < 0 ? rest : rest.substring(0, dot);
            if (!factories.containsKey(id)) {
                throw new UnknownVenueException(name + ": no venue '" + id + "' (venues: " + String.join(", ", factories.keySet())
                        + "); settings are tradewind.venues.<venue>.<key>");
            }
            if (dot < 0) {
                throw new UnknownVenueException(name + ": names a venue, not a setting; settings are tradewind.venues."
                        + id + ".<key>, such as tradewind.venues." + id + ".account");
            }
            keysByVenue.computeIfAbsent(id, v -> new TreeSet<>()).add(rest.substring(dot + 1));
        }
        keysByVenue.forEach((id, keys) -> {
            Set<String> known = new TreeSet<>(COMMON_SETTINGS);
            try {
                known.addAll(factory(id).ownSettings(config));
                settings(id, null);
            } catch (IllegalArgumentException e) {
                throw new UnknownVenueException(e.getMessage());
            }
            for (String key : keys) {
                if (!known.contains(key)) {
                    throw new UnknownVenueException(PREFIX + id + "." + key + ": not a setting of venue " + id + " (its settings: "
                            + String.join(", ", known) + "; README, Exchange connectors): correct its name or remove it");
                }
            }
        });
    }

    private VenueFactory factory(String id) {
        VenueFactory factory = factories.get(id);
        if (factory == null) {
            throw new UnknownVenueException("unknown venue '" + id + "' (venues: " + String.join(", ", factories.keySet()) + ")");
        }
        return factory;
    }

    private static URI uri(String property, String text) {
        try {
            URI uri = URI.create(text.trim());
            if (uri.getScheme() == null || uri.getHost() == null) {
                throw new IllegalArgumentException("no scheme or host");
            }
            return uri;
        } catch (IllegalArgumentException e) {
            throw new UnknownVenueException(property + ": '" + text + "' is not an absolute URL such as https://apiv2.nobitex.ir");
        }
    }

    private Duration duration(String property, String fallback) {
        Optional<String> text = config.getOptionalValue(property, String.class);
        String value = text.orElse(fallback).trim();
        try {
            Duration parsed = value.startsWith("P") || value.startsWith("p") ? Duration.parse(value) : parseShort(value);
            if (parsed.isNegative() || parsed.isZero()) {
                throw new IllegalArgumentException("not positive");
            }
            return parsed;
        } catch (RuntimeException e) {
            throw new UnknownVenueException(property + ": '" + value + "' is not a positive duration such as 10s or 500ms");
        }
    }

    private static Duration parseShort(String value) {
        if (value.endsWith("ms")) {
            return Duration.ofMillis(Long.parseLong(value.substring(0, value.length() - 2)));
        }
        char unit = value.charAt(value.length() - 1);
        long amount = Long.parseLong(value.substring(0, value.length() - 1));
        return switch (unit) {
            case 's' -> Duration.ofSeconds(amount);
            case 'm' -> Duration.ofMinutes(amount);
            case 'h' -> Duration.ofHours(amount);
            default -> throw new IllegalArgumentException("unit");
        };
    }

    /** A venue id without a connector, or a venue setting that cannot be used. */
    public static final class UnknownVenueException extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        public UnknownVenueException(String message) {
            super(message);
        }
    }
}
