package io.tradewind.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.AccessDeniedException;
import org.junit.jupiter.api.Test;

class RootCauseTest {

    @Test
    void aFileThisUserMayNotTouchSaysPermissionDeniedNotOnlyThePath() {
        RuntimeException failure = new RuntimeException("Unable to obtain connection",
                new IllegalStateException("Error while creating file \"/data\"", new AccessDeniedException("/data")));

        assertEquals("permission denied (/data) for user " + System.getProperty("user.name") + ": give that user the data"
                + " directory (chown) or choose another (TRADEWIND_DATA_DIR)", RootCause.of(failure));
        assertTrue(RootCause.isPermanent(failure), "no retry mends it");
    }

    @Test
    void aMigrationToolsBlockOfCodesIsCutToItsFirstLine() {
        RuntimeException failure = new RuntimeException(new IllegalStateException("connection refused\n"
                + "---------------\nSQL State  : 08001\nError Code : 0"));

        assertEquals("connection refused", RootCause.of(failure));
        assertFalse(RootCause.isPermanent(failure), "a server that is not up yet may be soon");
    }
}
