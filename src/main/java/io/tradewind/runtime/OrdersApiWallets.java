package io.tradewind.runtime;

import io.tradewind.live.PaperVenue;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Checks the Orders API's users against the venues the service runs: a role of {@code user} or
 * {@code admin}, a wallet for every {@code user}, and each wallet an account of a venue that runs
 * (a paper account with a starting balance, or the account the service trades in at a connector). Every problem is one {@link ServiceConfigException} naming its property.
 */
final class OrdersApiWallets {

    static final String PREFIX = "tradewind.orders-api.users.";

    private OrdersApiWallets() {
    }

    /** The venue of each user's wallet, by the property naming it. */
    static Map<String, String> venues(ServiceConfig.OrdersApi config) {
        Map<String, String> venues = new TreeMap<>();
        config.users().forEach((name, user) -> {
            if (user.account().isPresent()) {
                venues.put(PREFIX + name + ".venue", user.venue().trim());
            }
        });
        return venues;
    }

    /** The paper accounts the users trade in; the paper venue runs when there is any. */
    static Set<String> paperAccounts(ServiceConfig.OrdersApi config, ServicePlan plan) {
        Set<String> paper = new TreeSet<>();
        new TreeMap<>(config.users()).forEach((name, user) -> {
            String p = PREFIX + name + ".";
            String role = user.role().trim();
            if (!role.equals("user") && !role.equals("admin")) {
                throw ServiceConfigReader.problem(p + "role", "unknown role '" + role + "' (roles: user, admin)");
            }
            if (user.account().isEmpty()) {
                if (role.equals("user")) {
                    throw ServiceConfigReader.problem(p + "account", "is missing: a user trades in a wallet, an account"
                            + " of the venue in " + p + "venue");
                }
                return;
            }
            String venue = user.venue().trim();
            String account = user.account().get().trim();
            if (venue.equals(PaperVenue.NAME)) {
                if (!plan.accounts().containsKey(account)) {
                    throw ServiceConfigReader.problem(p + "account", "no paper account '" + account + "'; give it a"
                            + " starting balance, e.g. tradewind.paper.accounts." + account + ".balance.IRR=1000000");
                }
                paper.add(account);
            } else if (!plan.live().containsKey(venue)) {
                throw ServiceConfigReader.problem(p + "venue", "venue '" + venue + "' does not run here (running: "
                        + String.join(", ", running(plan)) + ")");
            } else if (!plan.live().get(venue).account().equals(account)) {
                throw ServiceConfigReader.problem(p + "account", "the service trades on " + venue + " in account '"
                        + plan.live().get(venue).account() + "' (tradewind.venues." + venue + ".account), not '" + account + "'");
            }
        });
        return paper;
    }

    private static Set<String> running(ServicePlan plan) {
        Set<String> running = new TreeSet<>(plan.live().keySet());
        running.add(PaperVenue.NAME);
        return running;
    }
}
