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
}
