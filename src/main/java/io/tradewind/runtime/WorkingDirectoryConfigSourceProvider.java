package io.tradewind.runtime;

import io.smallrye.config.PropertiesConfigSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.eclipse.microprofile.config.spi.ConfigSource;
import org.eclipse.microprofile.config.spi.ConfigSourceProvider;

/**
 * Reads the user's {@code application.properties} from the working directory, so that the file
 * at the top of a Tradewind checkout (or next to the jar on a VPS) overrides the packaged
 * defaults. Ordinal 265 puts it above the packaged file (250) and Quarkus' own
 * {@code config/application.properties} (260), below environment variables (300) and system
 * properties (400).
 */
public class WorkingDirectoryConfigSourceProvider implements ConfigSourceProvider {

    static final int ORDINAL = 265;
    public static final String FILE_NAME = "application.properties";
    /**
     * The system property {@code serve --config FILE} sets (before Quarkus starts) to read FILE in
     * place of the working directory's {@code application.properties}.
     */
    public static final String CONFIG_FILE_PROPERTY = "tradewind.config-file";

    @Override
    public Iterable<ConfigSource> getConfigSources(ClassLoader classLoader) {
        String chosen = System.getProperty(CONFIG_FILE_PROPERTY);
        if (chosen != null) {
            return sourceOf(Path.of(chosen));
        }
        return sourcesIn(Path.of(System.getProperty("user.dir")));
    }

    /** The file the configuration is read from, for a message that tells the operator where to add a setting. */
    static String configFileDescription() {
        String chosen = System.getProperty(CONFIG_FILE_PROPERTY);
        Path file = chosen != null ? Path.of(chosen) : Path.of(System.getProperty("user.dir")).resolve(FILE_NAME);
        return file.toAbsolutePath().normalize().toString();
    }

    static List<ConfigSource> sourcesIn(Path directory) {
        return sourceOf(directory.resolve(FILE_NAME));
    }

    static List<ConfigSource> sourceOf(Path file) {
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        try {
            return List.of(new PropertiesConfigSource(file.toUri().toURL(), ORDINAL));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file.toAbsolutePath(), e);
        }
    }
}
