package io.tradewind.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.runtime.QuarkusBindException;
import io.quarkus.runtime.configuration.ConfigurationException;
import io.smallrye.config.ConfigValidationException;
import java.net.BindException;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StartFailureTest {

    @Test
    void every_property_quarkus_refused_is_one_line_without_its_message_code() {
        RuntimeException failure = new RuntimeException("Failed to start quarkus", new ConfigValidationException(
                new ConfigValidationException.Problem[] {
                    new ConfigValidationException.Problem("SRCFG00050: tradewind.strategies.demo.colour in"
                            + " PropertiesConfigSource[source=file:/tmp/demo.properties]:31 does not map to any root"),
                    new ConfigValidationException.Problem("SRCFG00039: The config property tradewind.service.back-off"
                            + " with the config value \"soon\" threw an Exception whilst being converted"),
                    // how a value of a mapped limit came: with the exception's class and a second code inside
                    new ConfigValidationException.Problem("java.lang.IllegalArgumentException: SRCFG00039: The config property"
                            + " tradewind.execution.strategies.\"demo\".max-position with the config value \"abc\" threw an"
                            + " Exception whose message is `SRCFG00019: Failed to create new instance from Converter constructor`")}));

        assertEquals(List.of(
                "error: configuration: tradewind.strategies.demo.colour (/tmp/demo.properties, line 31) is not a setting"
                        + " Tradewind has: correct its name or remove it (README, Running the service, lists the settings)",
                "error: configuration: tradewind.service.back-off: 'soon' is not a value this setting takes (a number, a"
                        + " duration such as 5s or 500ms, or true or false: README, Running the service, says which)",
                "error: configuration: tradewind.execution.strategies.\"demo\".max-position: 'abc' is not a value this setting"
                        + " takes (a number, a duration such as 5s or 500ms, or true or false: README, Running the service, says"
                        + " which)"), StartFailure.explain(failure));
    }

    @Test
    void a_misspelt_system_property_is_named_as_one() {
        assertEquals("tradewind.strategies.demo.tick-intervall (a -D system property) is not a setting Tradewind has"
                + " (did you mean tradewind.strategies.demo.tick-interval?): correct its name or remove it (README, Running the"
                + " service, lists the settings)",
                StartFailure.inWords("tradewind.strategies.demo.tick-intervall in SysPropConfigSource does not map to any root"));
    }

    /** "is not a setting Tradewind has" left the operator to find replay.candles-per-second in the README. */
    @Test
    void a_misspelt_setting_is_told_the_one_it_looks_like() {
        assertEquals(java.util.Optional.of("tradewind.strategies.btc-sma.replay.candles-per-second"),
                io.tradewind.runtime.ConfigKeyNames.closest("tradewind.strategies.btc-sma.replay.candle-per-second"));
        assertEquals(java.util.Optional.of("tradewind.paper.instruments.BTC-USD.maker-fee"),
                io.tradewind.runtime.ConfigKeyNames.closest("tradewind.paper.instruments.BTC-USD.makerfee"));
        assertEquals(java.util.Optional.of("tradewind.service.max-failures"),
                io.tradewind.runtime.ConfigKeyNames.closest("tradewind.service.max-failure"));
        assertEquals(java.util.Optional.empty(), io.tradewind.runtime.ConfigKeyNames.closest("tradewind.strategies.demo.colour"),
                "nothing close: no guess");
        assertEquals(java.util.Optional.empty(), io.tradewind.runtime.ConfigKeyNames.closest("tradewind.strategies.demo.plugin"),
                "a setting is no typo of itself");
    }

    @Test
    void an_empty_property_says_that_empty_counts_as_none() {
        RuntimeException failure = new RuntimeException(new ConfigurationException(
                "Failed to load config value of type class java.lang.String for: tradewind.data-dir", Set.of("tradewind.data-dir")));

        assertEquals(List.of("error: configuration: tradewind.data-dir is set to an empty value (a line tradewind.data-dir= with"
                + " nothing after it in the configuration file, or TRADEWIND_DATA_DIR= in the environment or an env file), which counts"
                + " as no value and hides its default: give it a value or remove that line"), StartFailure.explain(failure));
        RuntimeException port = new RuntimeException(new NoSuchElementException("SRCFG00040: The config property"
                + " quarkus.http.port is defined as the empty String (\"\") which the following Converter considered to be null:"
                + " io.smallrye.config.Converters$BuiltInConverter"));
        assertEquals(List.of("error: configuration: quarkus.http.port is set to an empty value (a line quarkus.http.port= with"
                + " nothing after it in the configuration file, or QUARKUS_HTTP_PORT= in the environment or an env file), which counts"
                + " as no value and hides its default: give it a value or remove that line"), StartFailure.explain(port));
    }

    @Test
    void a_port_in_use_says_which_and_how_to_choose_another() {
        RuntimeException failure = new RuntimeException("Unable to start HTTP server",
                new QuarkusBindException("0.0.0.0", 8080, new BindException("Address already in use")));

        assertEquals(List.of("error: port 8080 is in use by another process (another Tradewind service?): stop it, or give"
                + " this one another port with -Dquarkus.http.port=PORT before -jar (or QUARKUS_HTTP_PORT)"),
                StartFailure.explain(failure));
    }

    /** Vert.x's refusal of the port ended the process with 1 and no word at all. */
    @Test
    void a_port_out_of_range_is_named_as_the_setting_to_fix() {
        RuntimeException failure = new RuntimeException("Failed to start quarkus",
                new IllegalArgumentException("port must be <= 65535"));

        assertEquals(List.of("error: configuration: quarkus.http.port (QUARKUS_HTTP_PORT) is out of range (port must be <="
                + " 65535): give a port from 1 to 65535, or 0 for any free one"), StartFailure.explain(failure));
    }

    @Test
    void anything_else_is_left_to_quarkus_as_an_internal_error() {
        assertEquals(List.of(), StartFailure.explain(new IllegalStateException("boom")));
        assertEquals(List.of(), StartFailure.explain(null));
    }
}
