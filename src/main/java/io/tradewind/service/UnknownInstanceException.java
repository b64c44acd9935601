package io.tradewind.service;

import java.util.Collection;
import java.util.TreeSet;

/** No strategy instance has the id an operator named: the message lists those that do. */
public final class UnknownInstanceException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** @param known the ids of the instances there are */
    public UnknownInstanceException(String id, Collection<String> known) {
        super(message(id, new TreeSet<>(known)));
    }

    private static String message(String id, TreeSet<String> known) {
        String meant = known.stream().filter(other -> other.equalsIgnoreCase(id)).findFirst().map(other -> " (did you mean "
                + other + "? ids are matched in their letter case)").orElse("");
        return "no strategy instance '" + id + "'" + meant + "; the instances are the keys under tradewind.strategies: "
                + (known.isEmpty() ? "none is configured" : String.join(", ", known));
    }
}
