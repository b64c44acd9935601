package io.tradewind.runtime;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The PostgreSQL store's variables ({@code TRADEWIND_DB_URL}, {@code _USER}, {@code _PASSWORD}) given to a
 * build whose store is the H2 file: the database kind is fixed when the application is built, so such a
 * build reads them never. An operator's trial: the default jar started with the variables set served an
 * empty H2 file under the data directory without a word, as if it were on the database.
 */
final class IgnoredDatabaseVariables {

    private static final List<String> VARIABLES = List.of("TRADEWIND_DB_URL", "TRADEWIND_DB_USER", "TRADEWIND_DB_PASSWORD");

    private IgnoredDatabaseVariables() {
    }

    /**
     * @param storeUrl the store's JDBC URL as configured ({@code quarkus.datasource.jdbc.url})
     * @return the warning to log, naming the variables set (never their values); empty on PostgreSQL or without them
     */
    static Optional<String> warning(Map<String, String> environment, String storeUrl) {
        if (storeUrl.startsWith("jdbc:postgresql:")) {
            return Optional.empty();
        }
        List<String> set = VARIABLES.stream().filter(environment::containsKey).toList();
        if (set.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(String.join(", ", set) + (set.size() == 1 ? " is" : " are") + " set, but this build keeps"
                + " the store in the H2 file " + storeUrl.split(";", 2)[0].replaceFirst("^jdbc:h2:file:", "")
                + " and never reads them: for PostgreSQL, build with -Dquarkus.profile=postgres (README, PostgreSQL)");
    }
}
