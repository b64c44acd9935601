package io.tradewind.strategy;

import java.util.Objects;
import org.ta4j.core.Rule;

/**
 * The entry and exit rules of a {@link RuleStrategy}; build the indicators they share once. Each
 * may name the reason its orders are placed for ({@link StrategyContext#because}); null for none.
 */
public record Rules(Rule entry, Rule exit, String entryReason, String exitReason) {

    public Rules {
        Objects.requireNonNull(entry, "entry");
        Objects.requireNonNull(exit, "exit");
    }

    /** Rules whose orders give no reason. */
    public Rules(Rule entry, Rule exit) {
        this(entry, exit, null, null);
    }
}
