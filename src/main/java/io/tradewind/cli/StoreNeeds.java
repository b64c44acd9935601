package io.tradewind.cli;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How much of the store a command line needs, decided from its words before Quarkus starts.
 * Hibernate ORM starts its persistence unit and Flyway builds its migrator at boot, whether or not
 * the command uses them (over a second of CPU time, see README "Start-up time"); only the order,
 * fill and hold commands and {@code bench store} use the ORM store, and only the candle commands
 * use Flyway. Unknown words keep everything active, so a new command is slow rather than broken.
 */
enum StoreNeeds {

    /** Help, version, the simulator and the venue calls of {@code exchange}: no store at all. */
    NONE(Map.of("quarkus.hibernate-orm.active", "false", "quarkus.flyway.active", "false")),
    /** The candle store: plain JDBC and its Flyway migrations, no ORM. */
    CANDLES(Map.of("quarkus.hibernate-orm.active", "false")),
    /** The execution store (orders, fills, holds): everything as configured. */
    ORDERS(Map.of());

    private static final Set<String> HELP = Set.of("-h", "--help", "-V", "--version");

    private final Map<String, String> inactive;

    StoreNeeds(Map<String, String> inactive) {
        this.inactive = inactive;
    }

    /** The runtime properties that switch off what this command does not need. */
    Map<String, String> properties() {
        return inactive;
    }

    static StoreNeeds of(String... args) {
        if (Arrays.stream(args).anyMatch(HELP::contains)) {
            return NONE;
        }
        List<String> words = Arrays.stream(args).filter(arg -> !arg.startsWith("-")).limit(2).toList();
        String command = words.isEmpty() ? "" : words.get(0);
        String subcommand = words.size() < 2 ? "" : words.get(1);
        return switch (command) {
            case "", "sim", "exchange" -> NONE;
            case "backtest", "data" -> CANDLES;
            case "bench" -> subcommand.equals("backtest") ? CANDLES : ORDERS;
            default -> ORDERS;
        };
    }
}
