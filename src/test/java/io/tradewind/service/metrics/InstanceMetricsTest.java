package io.tradewind.service.metrics;

import static io.tradewind.service.TestHttp.get;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.tradewind.service.InstanceMonitor;
import io.tradewind.service.ServiceOperations;
import io.tradewind.service.api.FakeServiceOperations;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** What instances report to the monitor bean shows at /q/metrics in Prometheus format. */
@QuarkusTest
class InstanceMetricsTest {

    @Inject
    InstanceMonitor monitor;

    @Test
    void per_instance_and_per_venue_metrics_after_the_instances_report() {
        FakeServiceOperations service = new FakeServiceOperations()
                .add(FakeServiceOperations.instance("metrics-1", new BigDecimal("12.5"), new BigDecimal("-2.25")));
        QuarkusMock.installMockForType(service, ServiceOperations.class);

        monitor.tickFinished("metrics-1", 2_000_000, false);
        monitor.tickFinished("metrics-1", 3_000_000, true);
        monitor.tickSkipped("metrics-1");
        for (String change : new String[] {"placed", "placed", "filled", "rejected", "cancelled"}) {
            monitor.orderChanged("metrics-1", change);
        }
        monitor.venueCall("paper", "place", 1_000_000, false);
        monitor.venueCall("paper", "place", 1_000_000, true);

        HttpResponse<String> response = get("/q/metrics", null);
        assertEquals(200, response.statusCode());
        String metrics = response.body();
        assertSample(metrics, "tradewind_tick_duration_seconds_count{instance=\"metrics-1\",outcome=\"ok\"}", 1);
        assertSample(metrics, "tradewind_tick_duration_seconds_count{instance=\"metrics-1\",outcome=\"failed\"}", 1);
        assertSample(metrics, "tradewind_ticks_skipped_total{instance=\"metrics-1\"}", 1);
        assertSample(metrics, "tradewind_orders_total{change=\"placed\",instance=\"metrics-1\"}", 2);
        for (String change : new String[] {"filled", "rejected", "cancelled"}) {
            assertSample(metrics, "tradewind_orders_total{change=\"" + change + "\",instance=\"metrics-1\"}", 1);
        }
        assertSample(metrics, "tradewind_venue_call_duration_seconds_count{operation=\"place\",venue=\"paper\"}", 2);
        assertSample(metrics, "tradewind_venue_call_errors_total{operation=\"place\",venue=\"paper\"}", 1);
        assertSample(metrics, "tradewind_instance_equity{instance=\"metrics-1\"}", 10.25);
    }

    /** A series that appeared only with its first event gave alerts on rate() nothing to watch until then. */
    @Test
    void an_instances_counters_are_exported_at_zero_from_its_first_tick() {
        QuarkusMock.installMockForType(new FakeServiceOperations()
                .add(FakeServiceOperations.instance("metrics-2", BigDecimal.ZERO, BigDecimal.ZERO)), ServiceOperations.class);

        monitor.tickFinished("metrics-2", 1_000_000, false);

        String metrics = get("/q/metrics", null).body();
        assertSample(metrics, "tradewind_ticks_skipped_total{instance=\"metrics-2\"}", 0);
        for (String change : new String[] {"placed", "filled", "rejected", "cancelled"}) {
            assertSample(metrics, "tradewind_orders_total{change=\"" + change + "\",instance=\"metrics-2\"}", 0);
        }
    }

    private static void assertSample(String metrics, String series, double expected) {
        String line = Arrays.stream(metrics.split("\n")).filter(l -> l.startsWith(series + " ")).findFirst()
                .orElseThrow(() -> new AssertionError(series + " not in\n" + metrics));
        assertEquals(expected, Double.parseDouble(line.substring(series.length() + 1).strip()), line);
    }
}
