package io.tradewind.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class IgnoredDatabaseVariablesTest {

    private static final String H2 = "jdbc:h2:file:/var/lib/tradewind/data/./tradewind;WRITE_DELAY=0;AUTO_SERVER=TRUE";

    /** The default jar with the database's variables set served an empty H2 file without a word. */
    @Test
    void anH2BuildGivenTheDatabaseVariablesSaysItNeverReadsThemWithoutThePassword() {
        Optional<String> warning = IgnoredDatabaseVariables.warning(Map.of("TRADEWIND_DB_URL",
                "jdbc:postgresql://db/tw", "TRADEWIND_DB_PASSWORD", "s3cret-pw", "HOME", "/root"), H2);

        assertEquals("TRADEWIND_DB_URL, TRADEWIND_DB_PASSWORD are set, but this build keeps the store in the H2 file"
                + " /var/lib/tradewind/data/./tradewind and never reads them: for PostgreSQL, build with"
                + " -Dquarkus.profile=postgres (README, PostgreSQL)", warning.orElseThrow());
        assertFalse(warning.orElseThrow().contains("s3cret-pw"));
    }

    @Test
    void aPostgresBuildOrAnH2BuildWithoutThemSaysNothing() {
        assertTrue(IgnoredDatabaseVariables.warning(Map.of("TRADEWIND_DB_URL", "jdbc:postgresql://db/tw"),
                "jdbc:postgresql://db/tw").isEmpty());
        assertTrue(IgnoredDatabaseVariables.warning(Map.of("TRADEWIND_DATA_DIR", "/var/lib"), H2).isEmpty());
    }
}
