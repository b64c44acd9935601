package io.tradewind.cli;

import io.tradewind.strategy.Strategy;
import io.tradewind.strategy.StrategyNames;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The strategy plugins by name. Two classes with one name would make a spec's {@code strategy=}
 * ambiguous, so {@link #conflicts()} names them and the command line refuses to start.
 */
@ApplicationScoped
public class StrategyCatalog {

    private final Map<String, Strategy> byName = new TreeMap<>();
    private final List<String> conflicts = new ArrayList<>();

    @Inject
    StrategyCatalog(@Any Instance<Strategy> strategies) {
        this((Iterable<Strategy>) strategies);
    }

    StrategyCatalog(Iterable<Strategy> strategies) {
        for (Strategy strategy : strategies) {
            Strategy other = byName.putIfAbsent(strategy.name(), strategy);
            if (other != null) {
                // sorted: the bean container hands the strategies over in no fixed order
                List<String> classes = new ArrayList<>(List.of(other.getClass().getName(), strategy.getClass().getName()));
                classes.sort(null);
                conflicts.add("two strategies are named '" + strategy.name() + "': " + classes.get(0) + " and "
                        + classes.get(1) + "; rename one class or override name() in it");
            }
        }
    }

    /** One message per name that more than one class uses; empty when every name is unique. */
    List<String> conflicts() {
        return List.copyOf(conflicts);
    }

    /** @throws IllegalArgumentException listing the known names when none is {@code name} */
    Strategy named(String name) {
        Strategy strategy = byName.get(name);
        if (strategy == null) {
            Map<String, String> nameByClassName = new TreeMap<>();
            byName.forEach((known, plugin) -> nameByClassName.put(plugin.getClass().getSimpleName(), known));
            throw StrategyNames.unknown(name, nameByClassName);
        }
        return strategy;
    }
}
