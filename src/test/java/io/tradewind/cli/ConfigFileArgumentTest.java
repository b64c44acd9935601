package io.tradewind.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class ConfigFileArgumentTest {

    @Test
    void finds_the_file_after_serve() {
        assertEquals("deploy/demo.properties", ConfigFileArgument.of("serve", "--config", "deploy/demo.properties"));
        assertEquals("my.properties", ConfigFileArgument.of("serve", "--config=my.properties"));
    }

    /** A kill switch thrown in ./data while the service runs on the data directory its file names stops nothing. */
    @Test
    void finds_the_file_after_the_commands_on_the_services_store() {
        assertEquals("sandbox.properties", ConfigFileArgument.of("kill-switch", "on", "--config", "sandbox.properties"));
        assertEquals("s.properties", ConfigFileArgument.of("orders", "cancel", "x-1", "--config=s.properties"));
        assertEquals("s.properties", ConfigFileArgument.of("fills", "list", "--config", "s.properties"));
        assertEquals("s.properties", ConfigFileArgument.of("holds", "list", "--json", "--config", "s.properties"));
    }

    @Test
    void other_commands_and_a_missing_option_name_none() {
        assertNull(ConfigFileArgument.of("serve"));
        assertNull(ConfigFileArgument.of("backtest", "serve", "--config", "x"));
        assertNull(ConfigFileArgument.of("data", "list"));
        assertNull(ConfigFileArgument.of("data", "list", "--config", "x"));
    }
}
