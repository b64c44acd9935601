package io.tradewind.service.ordersapi;

import io.tradewind.service.ServiceStarted;
import io.tradewind.execution.OrderRecord;
import io.tradewind.runtime.ServiceConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The Orders API's users, from {@code tradewind.orders-api.users.<name>.*} (checked when the service
 * starts), and who an order belongs to: the user whose wallet it trades in, else the strategy
 * instance that placed it.
 */
@ApplicationScoped
public class ApiUsers {

    private static final Logger LOG = Logger.getLogger(ApiUsers.class);

    private final List<ApiUser> users = new ArrayList<>();
    private final UserTokens tokens;
    private final boolean serving;

    ApiUsers(ServiceConfig.OrdersApi config,
            @ConfigProperty(name = "quarkus.http.host-enabled", defaultValue = "true") boolean serving) {
        Map<ApiUser, String> byUser = new LinkedHashMap<>();
        new TreeMap<>(config.users()).forEach((name, settings) -> {
            ApiUser user = new ApiUser(name, settings.userId().map(String::trim).orElse(name),
                    settings.role().trim().equals("admin"), settings.venue().trim(),
                    settings.account().map(String::trim).orElse(null));
            users.add(user);
            byUser.put(user, settings.token().orElse(null));
        });
        this.tokens = new UserTokens(byUser);
        this.serving = serving;
    }

    /** The user the header signs in, or empty for no token or a token nobody has. */
    Optional<ApiUser> signedIn(String authorizationHeader) {
        return tokens.signedIn(authorizationHeader);
    }

    Optional<ApiUser> byUserId(String userId) {
        return users.stream().filter(u -> u.userId().equals(userId)).findFirst();
    }

    /** The {@code user_id} of an order: the user who placed it, else its wallet's user, else the strategy instance that placed it. */
    String ownerOf(OrderRecord order) {
        if (order.userId() != null) {
            return order.userId();
        }
        return users.stream().filter(u -> u.owns(order.venue(), order.account())).map(ApiUser::userId).findFirst()
                .orElse(order.strategyInstance());
    }

    /** Names, once the service runs, the users who cannot sign in because the service has no token for them. */
    void warnWithoutToken(@Observes ServiceStarted started) {
        if (!serving) {
            return;
        }
        users.stream().filter(u -> !tokens.canSignIn(u)).forEach(u -> LOG.warnf("Orders API user %s has no token"
                + " (tradewind.orders-api.users.%s.token is empty; set the environment variable it names): they cannot"
                + " sign in", u.name(), u.name()));
    }
}
