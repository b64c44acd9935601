package io.tradewind.strategy;

import java.util.Objects;
import org.ta4j.core.Rule;

/** The entry and exit rules of a {@link RuleStrategy}; build the indicators they share once. */
public record Rules(Rule entry, Rule exit) {

    public Rules {
        Objects.requireNonNull(entry, "entry");
        Objects.requireNonNull(exit, "exit");
    }
}
