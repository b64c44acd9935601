package io.tradewind.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.management.HotSpotDiagnosticMXBean;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class IdleMemoryTest {

    /** Options as a JVM started with the given ones on its command line would report them. */
    private static final class Options implements IdleMemory.VmOptions {
        private final Set<String> chosenByTheOperator;
        final List<String> set = new ArrayList<>();

        Options(String... chosenByTheOperator) {
            this.chosenByTheOperator = Set.of(chosenByTheOperator);
        }

        @Override
        public boolean isDefault(String name) {
            return !chosenByTheOperator.contains(name);
        }

        @Override
        public void set(String name, String value) {
            set.add(name + "=" + value);
        }
    }

    @Test
    void ratiosLeftAtTheirDefaultsAreLoweredTheLeastFirst() {
        Options options = new Options();

        assertTrue(IdleMemory.lowerFreeRatios(options));

        // the JVM refuses a least above the most: 10 then 30 passes through 10-70, never 40-30
        assertEquals(List.of("MinHeapFreeRatio=10", "MaxHeapFreeRatio=30"), options.set);
    }

    @Test
    void anOperatorWhoChoseEitherRatioKeepsBoth() {
        for (String chosen : List.of("MinHeapFreeRatio", "MaxHeapFreeRatio")) {
            Options options = new Options(chosen);

            assertFalse(IdleMemory.lowerFreeRatios(options), chosen);
            assertEquals(List.of(), options.set, chosen);
        }
    }

    /** The options exist under these names in the JVMs we run on, and the JVM takes the values in this order. */
    @Test
    void theRunningJvmKnowsBothRatiosAndTakesTheValues() {
        HotSpotDiagnosticMXBean hotSpot = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
        String min = hotSpot.getVMOption(IdleMemory.MIN_FREE_RATIO).getValue();
        String max = hotSpot.getVMOption(IdleMemory.MAX_FREE_RATIO).getValue();
        try {
            hotSpot.setVMOption(IdleMemory.MIN_FREE_RATIO, Integer.toString(IdleMemory.MIN_FREE));
            hotSpot.setVMOption(IdleMemory.MAX_FREE_RATIO, Integer.toString(IdleMemory.MAX_FREE));
            assertEquals("30", hotSpot.getVMOption(IdleMemory.MAX_FREE_RATIO).getValue());
        } finally {
            hotSpot.setVMOption(IdleMemory.MAX_FREE_RATIO, max);
            hotSpot.setVMOption(IdleMemory.MIN_FREE_RATIO, min);
        }
    }
}
