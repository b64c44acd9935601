package io.tradewind.exchange;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.tradewind.exchange.VenueCallException.Kind;
import java.util.List;
import org.junit.jupiter.api.function.Executable;

/**
 * A connector at a base URL that is not its venue's: every path answers 404 with a body of another
 * server, and every call must fail as {@link VenueFailures#notTheVenue} (exit code 7), neither a
 * refusal, nor a rejected order, nor an order the venue does not know.
 */
public final class WrongBaseUrl {

    private WrongBaseUrl() {
    }

    /** Makes every path of {@code server} answer 404 with {@code body}, as a server with no such paths does. */
    public static void everyPathAnswers404(WireMockServer server, String body) {
        server.resetAll();
        server.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(404).withHeader("Content-Type", "application/json")
                .withBody(body)));
    }

    /** Asserts that each call fails as a base URL that is not {@code venue}'s, having taken no effect. */
    public static void eachCallIsNotTheVenue(String venue, String body, List<Executable> calls) {
        for (Executable call : calls) {
            VenueCallException e = assertThrows(VenueCallException.class, call, body);
            assertEquals(Kind.MALFORMED_ANSWER, e.kind(), body + ": " + e.getMessage());
            assertTrue(e.getMessage().contains(": HTTP 404, an answer " + venue + " does not give; the base URL may not be"
                    + " a " + venue + " server: check it"), e.getMessage());
            assertFalse(e.mayHaveTakenEffect(), "a path no server serves took nothing: " + e.getMessage());
        }
    }
}
