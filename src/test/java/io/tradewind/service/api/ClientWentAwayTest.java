package io.tradewind.service.api;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
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
}
