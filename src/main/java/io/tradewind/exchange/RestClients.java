package io.tradewind.exchange;

import io.quarkus.rest.client.reactive.QuarkusRestClientBuilder;
import java.util.concurrent.TimeUnit;

/** Builds a venue's Quarkus REST client from its settings, with its auth or signing filters. */
public final class RestClients {

    private RestClients() {
    }

    public static <T> T build(Class<T> api, VenueSettings settings, Object... providers) {
        QuarkusRestClientBuilder builder = QuarkusRestClientBuilder.newBuilder()
                .baseUri(settings.baseUrl())
                .connectTimeout(settings.connectTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .readTimeout(settings.readTimeout().toMillis(), TimeUnit.MILLISECONDS);
        for (Object provider : providers) {
            builder.register(provider);
        }
        return builder.build(api);
    }
}
