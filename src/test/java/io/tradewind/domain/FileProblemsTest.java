package io.tradewind.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import org.junit.jupiter.api.Test;

class FileProblemsTest {

    @Test
    void aBarePathBecomesAReason() {
        assertEquals("the system cannot create or find /proc/x", FileProblems.reason(new NoSuchFileException("/proc/x")));
        assertEquals("permission denied (/srv/r)", FileProblems.reason(new AccessDeniedException("/srv/r")));
        assertEquals("/dev/null is not a folder", FileProblems.reason(new NotDirectoryException("/dev/null")));
        assertEquals("the system refused (/x)", FileProblems.reason(new FileSystemException("/x")));
    }

    @Test
    void theSystemsOwnReasonIsKept() {
        assertEquals("No space left on device (/data/r.json)",
                FileProblems.reason(new FileSystemException("/data/r.json", null, "No space left on device")));
        assertEquals("Stream closed", FileProblems.reason(new IOException("Stream closed")));
        assertEquals("IOException", FileProblems.reason(new IOException()));
    }
}
