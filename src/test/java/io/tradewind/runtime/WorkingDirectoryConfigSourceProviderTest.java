package io.tradewind.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.config.spi.ConfigSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkingDirectoryConfigSourceProviderTest {

    @Test
    void theWorkingDirectoryFileOverridesThePackagedDefaults(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("application.properties"), "quarkus.log.level=DEBUG\n");
        List<ConfigSource> sources = WorkingDirectoryConfigSourceProvider.sourcesIn(dir);
        assertEquals(1, sources.size());
        assertEquals("DEBUG", sources.get(0).getValue("quarkus.log.level"));
        assertTrue(sources.get(0).getOrdinal() > 260, "above packaged (250) and config/ (260) files");
        assertTrue(sources.get(0).getOrdinal() < 300, "below environment variables");
    }

    @Test
    void noFileNoSource(@TempDir Path dir) {
        assertTrue(WorkingDirectoryConfigSourceProvider.sourcesIn(dir).isEmpty());
    }

    @Test
    void serveConfigReadsTheChosenFileInPlaceOfTheWorkingDirectorys(@TempDir Path dir) throws IOException {
        Path chosen = Files.writeString(dir.resolve("service.properties"), "tradewind.service.max-failures=9\n");
        System.setProperty(WorkingDirectoryConfigSourceProvider.CONFIG_FILE_PROPERTY, chosen.toString());
        try {
            List<ConfigSource> sources = new ArrayList<>();
            new WorkingDirectoryConfigSourceProvider().getConfigSources(getClass().getClassLoader()).forEach(sources::add);
            assertEquals(1, sources.size());
            assertEquals("9", sources.get(0).getValue("tradewind.service.max-failures"));
            assertEquals(null, sources.get(0).getValue("quarkus.log.category.\"io.tradewind\".level"),
                    "the working directory's application.properties is not read");
        } finally {
            System.clearProperty(WorkingDirectoryConfigSourceProvider.CONFIG_FILE_PROPERTY);
        }
    }
}
