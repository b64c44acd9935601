package io.tradewind.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tradewind.exchange.VenueDouble;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The service's own settings: a mistyped value stops start-up naming the property, never quietly means something else. */
class ServiceSettingsTest {

    @Test
    void cancel_orders_on_stop_is_true_or_false_and_a_typo_is_refused_not_read_as_false() {
        assertTrue(read(Map.of("tradewind.service.cancel-orders-on-stop", "TRUE")).cancelOrdersOnStop());
        assertFalse(read(Map.of("tradewind.service.cancel-orders-on-stop", "false")).cancelOrdersOnStop());
        assertFalse(read(Map.of()).cancelOrdersOnStop());

        assertEquals("tradewind.service.cancel-orders-on-stop: must be true or false, was 'maybe'",
                problem(Map.of("tradewind.service.cancel-orders-on-stop", "maybe")));
    }

    @Test
    void a_back_off_or_failure_count_that_is_not_one_says_what_is_expected() {
        assertEquals(Duration.ofMillis(250), read(Map.of("tradewind.service.back-off", "250ms")).backOff());
        assertEquals("tradewind.service.back-off: must be a positive duration such as 1s or 500ms, was 'soon'",
                problem(Map.of("tradewind.service.back-off", "soon")));
        assertEquals("tradewind.service.max-failures: must be a whole number of failed ticks such as 5, was 'abc'",
                problem(Map.of("tradewind.service.max-failures", "abc")));
    }

    @Test
    void execution_timings_of_the_wrong_sign_are_refused_naming_the_property() {
        ServiceConfigReader.checkExecution(Duration.ofSeconds(5), Duration.ZERO);

        assertEquals("tradewind.execution.not-placed-grace: must not be negative (30s is the default), was PT-5S",
                assertThrows(ServiceConfigException.class,
                        () -> ServiceConfigReader.checkExecution(Duration.ofSeconds(5), Duration.ofSeconds(-5))).getMessage());
        assertEquals("tradewind.execution.reconcile-interval: must be a positive duration such as 5s, was PT0S",
                assertThrows(ServiceConfigException.class,
                        () -> ServiceConfigReader.checkExecution(Duration.ZERO, Duration.ofSeconds(30))).getMessage());
    }

    private static ServicePlan read(Map<String, String> properties) {
        return ServiceConfigFixture.read(properties, new VenueDouble());
    }

    private static String problem(Map<String, String> properties) {
        return assertThrows(ServiceConfigException.class, () -> read(properties)).getMessage();
    }
}
