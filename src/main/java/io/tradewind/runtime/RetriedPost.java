package io.tradewind.runtime;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import io.smallrye.faulttolerance.api.Guard;
import io.tradewind.notify.ChannelUnreachableException;
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
 * timeout, a {@code 429} or a {@code 5xx}; any other answer is final. A {@code 429} that says how
 * long to wait (a {@code Retry-After} header, Telegram's {@code parameters.retry_after}) is waited
 * out before the next try: Telegram's limit lasts longer than the backoff, which gave the message up
 * after 7 s of asking too soon. Its errors never hold the URL, which may carry a secret (a webhook's
 * path, a bot token), but do hold Telegram's {@code description} of a refusal ("chat not found").
 */
final class RetriedPost {

    static final Duration TIMEOUT = Duration.ofSeconds(10);
    /** The longest wait a rate limit is obeyed for; a longer one is cut to it, and the try after it counts as a retry. */
    static final Duration LONGEST_WAIT = Duration.ofMinutes(5);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    private final Guard retry;

    RetriedPost(long firstRetryMillis) {
        // maxDuration: the retries' own default (3 min) would end them after one rate limit's wait
        this.retry = Guard.create().withRetry().maxRetries(3).maxDuration(4 * LONGEST_WAIT.toMinutes() + 5, ChronoUnit.MINUTES)
                .delay(firstRetryMillis, ChronoUnit.MILLIS)
                .jitter(0, ChronoUnit.MILLIS).retryOn(List.of(RetryableAnswer.class, IOException.class))
                .withExponentialBackoff().factor(2).maxDelay(30, ChronoUnit.SECONDS).done().done().build();
    }

    /**
     * Posts {@code json} until it is answered with 2xx or a final refusal.
     *
     * @throws ChannelUnreachableException it was not answered, or only with 429 or 5xx, after the retries
     * @throws IllegalStateException it was refused; in words, without the URL
     */
    void send(URI url, String json) {
        HttpRequest request = HttpRequest.newBuilder(url).timeout(TIMEOUT).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build();
        Answer answer;
        try {
            answer = retry.call(() -> post(request), Answer.class);
        } catch (RetryableAnswer e) {
            throw new ChannelUnreachableException("it answered " + e.status + e.description + " four times");
        } catch (IOException e) {
            throw new ChannelUnreachableException("it could not be reached four times (" + why(e) + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted");
        } catch (Exception e) {
            throw new IllegalStateException(why(e));
        }
        if (answer.status() / 100 != 2) {
            throw new IllegalStateException("it answered " + answer.status() + answer.description());
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

    private Answer post(HttpRequest request) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        int status = response.statusCode();
        if (status == 429) {
            Thread.sleep(retryAfter(response).toMillis());
        }
        if (status == 429 || status >= 500) {
            throw new RetryableAnswer(status, description(response));
        }
        return new Answer(status, description(response));
    }

    private record Answer(int status, String description) {
    }

    /** How long a {@code 429} asks to wait, up to {@link #LONGEST_WAIT}; zero when it does not say. */
    static Duration retryAfter(HttpResponse<String> response) {
        long seconds = response.headers().firstValue("Retry-After").filter(v -> v.trim().matches("\\d{1,9}"))
                .map(v -> Long.parseLong(v.trim()))
                .orElseGet(() -> body(response).path("parameters").path("retry_after").asLong(0));
        return seconds <= 0 ? Duration.ZERO : Duration.ofSeconds(Math.min(seconds, LONGEST_WAIT.toSeconds()));
    }

    /** Telegram's words for a refusal (" (Bad Request: chat not found)"), or nothing when the answer has none. */
    static String description(HttpResponse<String> response) {
        String description = body(response).path("description").asText("").strip();
        return description.isEmpty() ? "" : " (" + (description.length() > 200 ? description.substring(0, 200) + "…"
                : description) + ")";
    }

    private static JsonNode body(HttpResponse<String> response) {
        try {
            return JSON.readTree(response.body() == null ? "" : response.body());
        } catch (JsonProcessingException e) {
            return MissingNode.getInstance();
        }
    }

    /** An answer worth asking again: 429 or 5xx. */
    private static final class RetryableAnswer extends RuntimeException {
        private final int status;
        private final String description;

        RetryableAnswer(int status, String description) {
            super("answered " + status, null, false, false);
            this.status = status;
            this.description = description;
        }
    }
}
