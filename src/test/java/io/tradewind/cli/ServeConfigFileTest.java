package io.tradewind.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class ServeConfigFileTest {

    @Test
    void finds_the_file_after_serve() {
        assertEquals("deploy/demo.properties", ServeConfigFile.of("serve", "--config", "deploy/demo.properties"));
        assertEquals("my.properties", ServeConfigFile.of("serve", "--config=my.properties"));
    }

    @Test
    void other_commands_and_a_missing_option_name_none() {
        assertNull(ServeConfigFile.of("serve"));
        assertNull(ServeConfigFile.of("backtest", "serve", "--config", "x"));
        assertNull(ServeConfigFile.of("data", "list"));
    }
}
