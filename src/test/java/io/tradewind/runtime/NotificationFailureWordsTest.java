package io.tradewind.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.core.JsonParseException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpTimeoutException;
import org.junit.jupiter.api.Test;

/** A channel's failure is told in words, never with the HTTP client's message, which names the secret URL. */
class NotificationFailureWordsTest {

    @Test
    void failuresAreWordsWithoutTheUrl() {
        assertEquals("no answer in time", RetriedPost.why(new HttpTimeoutException("request timed out")));
        assertEquals("cannot connect", RetriedPost.why(new ConnectException("https://api.telegram.org/bot123:SECRET/x")));
        assertEquals("the answer is not JSON", RetriedPost.why(new JsonParseException(null, "Unexpected character")));
        assertEquals("the connection failed", RetriedPost.why(new IOException("https://hooks.slack.com/services/T/B/SECRET")));
        assertEquals("getUpdates answered 500", RetriedPost.why(new IllegalStateException("getUpdates answered 500")));
        assertEquals("an unexpected failure", RetriedPost.why(new IllegalArgumentException("https://x/bot123:SECRET")));
    }
}
