package io.tradewind.exchange.negociecoins;

import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

/**
 * Signs every Trade API request exactly as it goes out: the absolute URL of the request and the
 * body it carries (always a {@code String} we serialised, see {@link NegocieCoinsTradeApi}). Without
 * credentials the request goes out unsigned; {@link NegocieCoinsVenue} refuses private calls before
 * that.
 */
final class NegocieCoinsAuthFilter implements ClientRequestFilter {

    private final Optional<String> appId;
    private final Optional<String> apiKey;
    private final Clock clock;

    NegocieCoinsAuthFilter(Optional<String> appId, Optional<String> apiKey, Clock clock) {
        this.appId = appId;
        this.apiKey = apiKey;
        this.clock = clock;
    }

    @Override
    public void filter(ClientRequestContext request) {
        if (appId.isEmpty() || apiKey.isEmpty()) {
            return;
        }
        byte[] body = request.hasEntity() ? String.valueOf(request.getEntity()).getBytes(StandardCharsets.UTF_8) : null;
        long seconds = clock.instant().getEpochSecond();
        String nonce = UUID.randomUUID().toString().replace("-", "");
        String signature = NegocieCoinsSignature.sign(appId.get(), apiKey.get(), request.getMethod(),
                request.getUri().toString(), seconds, nonce, body);
        request.getHeaders().putSingle(HttpHeaders.AUTHORIZATION,
                NegocieCoinsSignature.header(appId.get(), signature, nonce, seconds));
    }
}
