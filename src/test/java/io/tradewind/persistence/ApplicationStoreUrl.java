package io.tradewind.persistence;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Properties;

/** The store URL the application is configured with (the packaged application.properties), in another data directory. */
final class ApplicationStoreUrl {

    private ApplicationStoreUrl() {
    }

    static String in(Path dataDir) {
        Properties properties = new Properties();
        try (InputStream in = ApplicationStoreUrl.class.getResourceAsStream("/application.properties")) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String url = properties.getProperty("quarkus.datasource.jdbc.url");
        if (!url.contains("${tradewind.data-dir}")) {
            throw new IllegalStateException("the store URL is expected under tradewind.data-dir: " + url);
        }
        return url.replace("${tradewind.data-dir}", dataDir.toString());
    }
}
