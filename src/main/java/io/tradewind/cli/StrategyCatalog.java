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
import java.util.regex.Pattern;

/**
 * The strategy plugins by name. Two classes with one name would make a spec's {@code strategy=}
 * ambiguous, and a name that is missing or that a spec or a configuration cannot spell names none:
 * {@link #conflicts()} says so, naming the classes, and the command line refuses to start.
 */
@ApplicationScoped
public class StrategyCatalog {

    private static final Pattern VALID_NAME = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    private final Map<String, Strategy> byName = new TreeMap<>();
    private final List<String> conflicts = new ArrayList<>();

    @Inject
    StrategyCatalog(@Any Instance<Strategy> strategies) {
        this((Iterable<Strategy>) strategies);
    }

    StrategyCatalog(Iterable<Strategy> strategies) {
        for (Strategy strategy : strategies) {
            String name = nameOf(strategy);
            if (name == null) {
                continue;
            }
            Strategy other = byName.putIfAbsent(name, strategy);
            if (other != null) {
                // sorted: the bean container hands the strategies over in no fixed order
                List<String> classes = new ArrayList<>(List.of(other.getClass().getName(), strategy.getClass().getName()));
                classes.sort(null);
                conflicts.add("two strategies are named '" + name + "': " + classes.get(0) + " and "
                        + classes.get(1) + "; rename one class or override name() in it");
            }
        }
        conflicts.sort(null);
    }

    /** The plugin's name, or null after adding the problem with it. */
    private String nameOf(Strategy strategy) {
        String plugin = strategy.getClass().getName();
        String name;
        try {
            name = strategy.name();
        } catch (RuntimeException e) {
            conflicts.add("strategy " + plugin + ": name() threw " + e + "; fix it or remove the method (the name is then"
                    + " the class name in kebab case)");
            return null;
        }
        if (name == null || !VALID_NAME.matcher(name).matches()) {
            conflicts.add("strategy " + plugin + ": name() returned " + (name == null ? "null" : "'" + name + "'")
                    + "; a name is 1 to 64 letters, digits, '.', '_' or '-' (e.g. my-strategy), as a spec's strategy= and"
                    + " a service's plugin= spell it");
            return null;
        }
        return name;
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
