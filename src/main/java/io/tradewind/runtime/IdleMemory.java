package io.tradewind.runtime;

import com.sun.management.HotSpotDiagnosticMXBean;
import com.sun.management.VMOption;
import io.tradewind.service.ServiceStarted;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import javax.management.JMException;
import javax.management.ObjectName;
import org.jboss.logging.Logger;

/**
 * Gives the memory that start-up needed back to the machine once the service runs. Start-up
 * (Quarkus's boot, Hibernate's mapping, the warm-up) fills a heap that the running service never
 * needs again, and the JVM's defaults keep it: after a full collection G1 keeps up to 70 % of the
 * heap free ({@code MaxHeapFreeRatio}). Both free ratios can be changed
 * while the JVM runs, so the service lowers them to {@value #MIN_FREE}–{@value #MAX_FREE} %,
 * collects once, and asks the C library to return the native memory freed meanwhile. With the
 * demo and default flags on JDK 17 that took the resident memory from about 290 MB to about 230 MB
 * (README, "The service: start to ready, memory").
 *
 * <p>Only under G1, the collector of default flags on a machine of two cores or more: the serial
 * collector of small machines and {@code deploy/tradewind.service} starts with a small heap and
 * grows it as needed (lower ratios would only make it collect more often), and the other
 * collectors size their heaps by other rules. An operator who chose either ratio
 * ({@code -XX:MinHeapFreeRatio}, {@code -XX:MaxHeapFreeRatio}) has tuned the heap: then nothing
 * is changed and nothing collected. Where the JVM offers neither (a native image, another JVM),
 * nothing is done either: giving memory back is never a reason for the service to stop.
 */
@ApplicationScoped
public class IdleMemory {

    static final String MIN_FREE_RATIO = "MinHeapFreeRatio";
    static final String MAX_FREE_RATIO = "MaxHeapFreeRatio";
    /** Free heap kept after a collection, in percent: the least, and the most before the heap shrinks. */
    static final int MIN_FREE = 10;
    static final int MAX_FREE = 30;

    private static final Logger LOG = Logger.getLogger(IdleMemory.class);

    /** The options of the running JVM that this needs: whether one was left at its default, and setting it. */
    interface VmOptions {

        boolean isDefault(String name);

        void set(String name, String value);
    }

    void afterStart(@Observes ServiceStarted started) {
        try {
            if (!g1()) {
                LOG.debug("the collector is not G1: the heap's free ratios are left as they are");
                return;
            }
            HotSpotDiagnosticMXBean hotSpot = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
            String was = hotSpot.getVMOption(MIN_FREE_RATIO).getValue() + "-" + hotSpot.getVMOption(MAX_FREE_RATIO).getValue();
            if (!lowerFreeRatios(hotSpotOptions(hotSpot))) {
                LOG.debug("the heap's free ratios are the operator's: left as they are, and no collection after start");
                return;
            }
            long before = committedHeap();
            System.gc();
            trimNativeHeap();
            LOG.infof("start-up's memory returned: the heap keeps %d-%d %% free (was %s %%), %d MB committed (was %d MB)",
                    MIN_FREE, MAX_FREE, was, committedHeap() >> 20, before >> 20);
        } catch (RuntimeException notOffered) {
            LOG.debugf("the heap's free ratios cannot be changed in this runtime: %s", notOffered);
        }
    }

    private static boolean g1() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream().anyMatch(gc -> gc.getName().startsWith("G1 "));
    }

    /**
     * Sets both free ratios when the operator chose neither; returns whether they were set. The
     * least is set first: the JVM refuses a least above the most at every step.
     */
    static boolean lowerFreeRatios(VmOptions options) {
        if (!options.isDefault(MIN_FREE_RATIO) || !options.isDefault(MAX_FREE_RATIO)) {
            return false;
        }
        options.set(MIN_FREE_RATIO, Integer.toString(MIN_FREE));
        options.set(MAX_FREE_RATIO, Integer.toString(MAX_FREE));
        return true;
    }

    private static VmOptions hotSpotOptions(HotSpotDiagnosticMXBean hotSpot) {
        return new VmOptions() {
            @Override
            public boolean isDefault(String name) {
                return hotSpot.getVMOption(name).getOrigin() == VMOption.Origin.DEFAULT;
            }

            @Override
            public void set(String name, String value) {
                hotSpot.setVMOption(name, value);
            }
        };
    }

    private static long committedHeap() {
        MemoryUsage heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        return heap.getCommitted();
    }

    /**
     * The C library keeps what the JVM freed (the compilers' and the boot's buffers) for reuse,
     * counted in the resident memory: {@code jcmd PID System.trim_native_heap} asks it to give
     * that back. Only JDK 17.0.9 and later have it.
     */
    private static void trimNativeHeap() {
        try {
            ManagementFactory.getPlatformMBeanServer().invoke(new ObjectName("com.sun.management:type=DiagnosticCommand"),
                    "systemTrimNativeHeap", new Object[] {null}, new String[] {String[].class.getName()});
        } catch (JMException | RuntimeException notOffered) {
            LOG.debugf("the native heap is not trimmed in this runtime: %s", notOffered);
        }
    }
}
