package io.tradewind.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tradewind.strategy.Strategy;
import java.util.List;
import org.junit.jupiter.api.Test;

class StrategyCatalogTest {

    static class One {
        static class Twin implements Strategy {
        }
    }

    static class Two {
        static class Twin implements Strategy {
        }
    }

    static class Single implements Strategy {
    }

    @Test
    void twoClassesWithOneNameAreNamedBothInTheSameOrderWhateverOrderTheyCameIn() {
        List<String> expected = List.of("two strategies are named 'twin': " + One.Twin.class.getName() + " and "
                + Two.Twin.class.getName() + "; rename one class or override name() in it");

        assertEquals(expected, new StrategyCatalog(List.of(new One.Twin(), new Two.Twin(), new Single())).conflicts());
        assertEquals(expected, new StrategyCatalog(List.of(new Two.Twin(), new One.Twin(), new Single())).conflicts());
    }

    @Test
    void strategiesAreFoundByNameAndAnUnknownNameListsTheKnownOnes() {
        Single single = new Single();
        StrategyCatalog catalog = new StrategyCatalog(List.of(single, new One.Twin()));

        assertTrue(catalog.conflicts().isEmpty());
        assertSame(single, catalog.named("single"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> catalog.named("double"));
        assertTrue(e.getMessage().startsWith("no strategy named 'double' (strategies: single, twin);"), e.getMessage());
    }

    /** A plugin whose name() is null, blank, unspellable in a spec, or throws: each named with its class, not a stack trace. */
    @Test
    void aNameThatIsMissingOrUnspellableIsAProblemNamingTheClass() {
        StrategyCatalog catalog = new StrategyCatalog(List.of(new Named(null), new Named(" "), new Named("Bad Name!"),
                new Named("boom"), new Single()));

        String plugin = Named.class.getName();
        String rule = "; a name is 1 to 64 letters, digits, '.', '_' or '-' (e.g. my-strategy), as a spec's strategy= and a"
                + " service's plugin= spell it";
        assertEquals(List.of("strategy " + plugin + ": name() returned ' '" + rule,
                "strategy " + plugin + ": name() returned 'Bad Name!'" + rule,
                "strategy " + plugin + ": name() returned null" + rule,
                "strategy " + plugin + ": name() threw java.lang.IllegalStateException: boom; fix it or remove the method"
                        + " (the name is then the class name in kebab case)"), catalog.conflicts());
        assertSame(Single.class, catalog.named("single").getClass(), "the other plugins are there");
    }

    static final class Named implements Strategy {
        private final String name;

        Named(String name) {
            this.name = name;
        }

        @Override
        public String name() {
            if ("boom".equals(name)) {
                throw new IllegalStateException("boom");
            }
            return name;
        }
    }

    static class ParamZoo implements Strategy {
        @Override
        public String name() {
            return "zoo";
        }
    }

    /** strategy=SmaCrossover or strategy=ParamZoo (whose name() is zoo) listed the names without saying which was meant. */
    @Test
    void aClassNameGivenForItsStrategysNameIsToldTheNameItMeant() {
        StrategyCatalog catalog = new StrategyCatalog(List.of(new Single(), new ParamZoo()));

        assertEquals("no strategy named 'ParamZoo' (did you mean zoo? a strategy is named by its name(), by default its class"
                + " name in kebab case) (strategies: single, zoo); a strategy is a class in strategies/ annotated @StrategyPlugin",
                assertThrows(IllegalArgumentException.class, () -> catalog.named("ParamZoo")).getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> catalog.named("Single")).getMessage()
                .startsWith("no strategy named 'Single' (did you mean single?"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> catalog.named("sngle")).getMessage()
                .startsWith("no strategy named 'sngle' (did you mean single?) (strategies: single, zoo)"), "a typo");
        assertTrue(assertThrows(IllegalArgumentException.class, () -> catalog.named("moose")).getMessage()
                .startsWith("no strategy named 'moose' (strategies: single, zoo)"), "nothing close");
    }
}
