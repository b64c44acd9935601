package io.tradewind.exchange.toparz;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * TopArz's {@code filter} query parameter: terms joined by {@code ;} (and), each a field, an
 * operator and a value, {@code #} meaning "one of" a comma-separated list, as in the seed's
 * {@code a=value;b>123;c<=456;b#1,2,3}.
 */
final class TopArzFilter {

    enum Op {
        EQ("="), GT(">"), GE(">="), LT("<"), LE("<="), IN("#");

        private final String text;

        Op(String text) {
            this.text = text;
        }
    }

    private final List<String> terms = new ArrayList<>();

    private TopArzFilter() {
    }

    static TopArzFilter where(String field, Op op, Object... values) {
        return new TopArzFilter().and(field, op, values);
    }

    TopArzFilter and(String field, Op op, Object... values) {
        if (values.length == 0 || (op != Op.IN && values.length > 1)) {
            throw new IllegalArgumentException("filter on " + field + ": " + op + " takes "
                    + (op == Op.IN ? "one or more values" : "one value"));
        }
        String joined = Stream.of(values).map(String::valueOf).collect(Collectors.joining(","));
        if (joined.contains(";") || (op != Op.IN && joined.contains(","))) {
            throw new IllegalArgumentException("filter on " + field + ": the value '" + joined
                    + "' would change the filter's meaning");
        }
        terms.add(field + op.text + joined);
        return this;
    }

    String text() {
        return String.join(";", terms);
    }

    @Override
    public String toString() {
        return text();
    }
}
