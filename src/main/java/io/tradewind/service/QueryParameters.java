package io.tradewind.service;

import io.tradewind.domain.InputEcho;
import jakarta.ws.rs.core.MultivaluedMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What is wrong with a request's query parameters before their values are read: a name the
 * endpoint does not take (a misspelt filter returned every order, a misspelt {@code cancel_orders}
 * switched the kill switch on without cancelling), a name given twice (the first value won), a value
 * with control characters (trimmed away, {@code BTC-IRR%00} read as BTC-IRR). Each endpoint answers
 * the problems in its own error shape.
 */
public final class QueryParameters {

    /** One problem with one parameter, in words. */
    public record Problem(String name, String message) {
    }

    private QueryParameters() {
    }

    /** The problems of {@code given} against the names {@code known}, by parameter name. */
    public static List<Problem> problems(MultivaluedMap<String, String> given, Set<String> known) {
        List<Problem> problems = new ArrayList<>();
        for (Map.Entry<String, List<String>> parameter : new TreeMap<>(given).entrySet()) {
            String name = parameter.getKey();
            List<String> values = parameter.getValue();
            if (!known.contains(name)) {
                problems.add(new Problem(name, "'" + InputEcho.shortened(name) + "' is not a parameter here (it takes "
                        + (known.isEmpty() ? "none" : String.join(", ", known.stream().sorted().toList())) + ")"));
            } else if (values.size() > 1) {
                problems.add(new Problem(name, name + " is given " + values.size() + " times; give it once"));
            } else if (values.stream().anyMatch(value -> value.chars().anyMatch(Character::isISOControl))) {
                problems.add(new Problem(name, name + " holds control characters"));
            }
        }
        return problems;
    }
}
