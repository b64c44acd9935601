package io.tradewind.service.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.http.HttpClosedException;
import java.io.IOException;
import java.nio.channels.ClosedByInterruptException;
import java.nio.channels.ClosedChannelException;
import org.junit.jupiter.api.Test;

/** A command that gave up waiting was logged as an internal error of the service, with a stack trace. */
class ClientWentAwayTest {

    @Test
    void anAnswerWrittenToAClosedConnectionIsTheClientGoneNotAnInternalError() {
        IOException asVertxThrowsIt = new IOException(new IOException("Failed to write",
                new IOException("Connection has been closed")));
        assertTrue(ApiExceptionMappers.clientWentAway(asVertxThrowsIt));

        assertFalse(ApiExceptionMappers.clientWentAway(new IOException("No space left on device")));
        assertFalse(ApiExceptionMappers.clientWentAway(new IllegalStateException("a bug")));
    }

    /** A client that hung up mid-upload was logged as an internal error with 55 lines of stack trace (an audit). */
    @Test
    void aBodyCutOffByTheClientIsTheClientGone() {
        assertTrue(ApiExceptionMappers.clientWentAway(new IOException(new IOException(
                new HttpClosedException("Connection was closed")))), "the service API's body reader");
        assertTrue(ApiExceptionMappers.clientWentAway(new IOException(new ClosedChannelException())), "the Orders API's");
        assertFalse(ApiExceptionMappers.clientWentAway(new IOException(new ClosedByInterruptException())),
                "the service's own channel, closed as its thread was interrupted");
    }

    /** A chunk size that is no number went down the same path: a client's malformed body, not the service's fault. */
    @Test
    void aBodyTheDecoderCannotFrameIsTheClientsMistake() {
        IOException asTheBodyReaderThrowsIt = new IOException(new IOException(
                new NumberFormatException("Invalid character in chunk size")));
        assertEquals("Invalid character in chunk size", ApiExceptionMappers.unreadableBody(asTheBodyReaderThrowsIt));
        assertFalse(ApiExceptionMappers.clientWentAway(asTheBodyReaderThrowsIt));

        assertNull(ApiExceptionMappers.unreadableBody(new NumberFormatException("a bug parsing our own number")));
        assertNull(ApiExceptionMappers.unreadableBody(new IOException("No space left on device")));
    }
}
