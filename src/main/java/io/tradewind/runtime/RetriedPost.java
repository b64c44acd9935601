package io.tradewind.runtime;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.smallrye.faulttolerance.api.Guard;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * A JSON POST to a notification receiver (a webhook, Telegram's Bot API), retried with
 * exponential backoff (SmallRye Fault Tolerance) three times after a connection failure, a
 * timeout, a {@code 429} or a {@code 5xx}; any other answer is final. Its errors never hold the
 * URL, which may carry a secret (a webhook's path, a bot token).
 */
final class RetriedPost {

    static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    private final Guard retry;

    RetriedPost(long firstRetryMillis) {
        this.retry = Guard.create().withRetry().maxRetries(3).delay(firstRetryMillis, ChronoUnit.MILLIS)
                .jitter(0, ChronoUnit.MILLIS).retryOn(List.of(RetryableAnswer.class, IOException.class))
                .withExponentialBackoff().factor(2).maxDelay(30, ChronoUnit.SECONDS).done().done().build();
    }

    /**
     * Posts {@code json} until it is answered with 2xx or a final refusal.
     *
     * @throws IllegalStateException it was refused, or not answered after the retries; in words, without the URL
     */
    void send(URI url, String json) {
        HttpRequest request = HttpRequest.newBuilder(url).timeout(TIMEOUT).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build();
        int status;
        try {
            status = retry.call(() -> post(request), Integer.class);
        } catch (RetryableAnswer e) {
            throw new IllegalStateException("it answered " + e.status + " four times");
        } catch (IOException e) {
            throw new IllegalStateException("it could not be reached four times (" + why(e) + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted");
        } catch (Exception e) {
            throw new IllegalStateException(why(e));
        }
        if (status / 100 != 2) {
            throw new IllegalStateException("it answered " + status);
        }
    }

    /**
     * Why a call to a notification channel failed, in words. Not the exception's message: the
     * HTTP client's names the URL, and a webhook's or the Telegram bot's URL carries its secret.
     */
    static String why(Exception e) {
        if (e instanceof HttpTimeoutException) {
            return "no answer in time";
        }
        if (e instanceof ConnectException) {
            return "cannot connect";
        }
        if (e instanceof JsonProcessingException) {
            return "the answer is not JSON";
        }
        if (e instanceof IOException) {
            return "the connection failed";
        }
        // our own exceptions say what happened without the URL (e.g. "getUpdates answered 500")
        return e instanceof IllegalStateException && e.getMessage() != null ? e.getMessage() : "an unexpected failure";
    }

    private int post(HttpRequest request) throws IOException, InterruptedException {
        int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        if (status == 429 || status >= 500) {
            throw new RetryableAnswer(status);
        }
        return status;
    }

    /** An answer worth asking again: 429 or 5xx. */
    private static final class RetryableAnswer extends RuntimeException {
        private final int status;

        RetryableAnswer(int status) {
            super("answered " + status, null, false, false);
            this.status = status;
        }
    }
}
