package io.tradewind.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonParseException;
import io.tradewind.exchange.VenueCallException.Kind;
import jakarta.ws.rs.ProcessingException;
import java.net.ConnectException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class VenueFailuresTest {

    @Test
    void aRefusedConnectionCannotHaveTakenEffectEvenForAPlacement() {
        VenueCallException failure = VenueFailures.classify("nobitex", "place",
                new ProcessingException(new ConnectException("Connection refused: apiv2.nobitex.ir/443")), true);

        assertEquals(Kind.UNAVAILABLE, failure.kind());
        assertFalse(failure.mayHaveTakenEffect());
        assertEquals("nobitex place: cannot connect", failure.getMessage());
    }

    @Test
    void aTimeoutOnAWriteMayHaveTakenEffectButOnAReadNot() {
        ProcessingException timeout = new ProcessingException(new SocketTimeoutException("Read timed out"));

        VenueCallException write = VenueFailures.classify("toparz", "place", timeout, true);
        VenueCallException read = VenueFailures.classify("toparz", "depth", timeout, false);

        assertEquals(Kind.TIMEOUT, write.kind());
        assertTrue(write.mayHaveTakenEffect());
        assertFalse(read.mayHaveTakenEffect());
    }

    @Test
    void malformedJsonIsNamedWithoutItsContent() {
        VenueCallException failure = VenueFailures.classify("nobitex", "GET /v3/orderbook/BTCIRT",
                new ProcessingException(new JsonParseException(null, "Unexpected character ('<' code 60) token=abc")), false);

        assertEquals(Kind.MALFORMED_ANSWER, failure.kind());
        assertFalse(failure.getMessage().contains("token"), failure.getMessage());
    }

    @Test
    void statusesMapToKindsAndA429KeepsItsRetryAfter() {
        assertEquals(Kind.AUTHENTICATION, VenueFailures.fromStatus("v", "c", jakarta.ws.rs.core.Response.status(401).build(), false).kind());
        VenueCallException limited = VenueFailures.fromStatus("v", "c",
                jakarta.ws.rs.core.Response.status(429).header("Retry-After", "17").build(), false);
        assertEquals(Kind.RATE_LIMITED, limited.kind());
        assertEquals(Duration.ofSeconds(17), limited.retryAfter());
        VenueCallException serverError = VenueFailures.fromStatus("v", "place", jakarta.ws.rs.core.Response.status(502).build(), true);
        assertEquals(Kind.UNAVAILABLE, serverError.kind());
        assertTrue(serverError.mayHaveTakenEffect());
        assertEquals(Kind.MALFORMED_ANSWER, VenueFailures.fromStatus("v", "c", jakarta.ws.rs.core.Response.status(404).build(), true).kind());
        assertFalse(VenueFailures.fromStatus("v", "c", jakarta.ws.rs.core.Response.status(404).build(), true)
                .mayHaveTakenEffect(), "no server serves the path: nothing was done");
    }

    @Test
    void aBrokenConnectionIsToldInWordsNotAsAJavaClass() {
        class HttpClosedException extends java.io.IOException {
            HttpClosedException() {
                super((String) null);
            }
        }
        assertEquals("nami GET /api/v4/user/balance: connection failed (the venue closed the connection before its answer"
                + " was complete)", VenueFailures.classify("nami", "GET /api/v4/user/balance",
                        new ProcessingException(new HttpClosedException()), false).getMessage());
        assertEquals("toparz place: connection failed (Connection reset); it may have taken effect",
                VenueFailures.classify("toparz", "place", new ProcessingException(new SocketException("Connection reset")),
                        true).getMessage());
    }

    @Test
    void aForbiddenOrNotFoundAnswerSaysWhatToCheck() {
        assertEquals("nobitex GET /users/wallets/list: HTTP 403, forbidden: check that the credentials may do this and that"
                + " the venue accepts this server's IP address", VenueFailures.fromStatus("nobitex",
                        "GET /users/wallets/list", jakarta.ws.rs.core.Response.status(403).build(), false).getMessage());
        assertEquals("nami GET /x: HTTP 404, an answer nami does not give; the base URL may not be a nami server: check it",
                VenueFailures.fromStatus("nami", "GET /x", jakarta.ws.rs.core.Response.status(404).build(), false).getMessage());
    }
}
