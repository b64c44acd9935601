package io.tradewind.runtime;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.faulttolerance.api.Guard;
import io.tradewind.notify.Notification;
import io.tradewind.notify.NotificationChannel;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Notifications as JSON POSTs to a webhook (README "Notifications" documents the shape). A
 * connection failure, a timeout, a {@code 429} or a {@code 5xx} is retried with exponential
 * backoff (SmallRye Fault Tolerance), three times; any other answer is final. Its name in the log
 * is the webhook's host: the URL itself may carry a secret (as Slack's and Discord's do).
 */
final class WebhookChannel implements NotificationChannel {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final URI url;
    private final HttpClient http;
    private final ObjectMapper json;
    private final Guard retry;

    WebhookChannel(URI url, ObjectMapper json, long firstRetryMillis) {
        this.url = url;
        this.http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
        this.json = json;
        this.retry = Guard.create().withRetry().maxRetries(3).delay(firstRetryMillis, ChronoUnit.MILLIS)
                .jitter(0, ChronoUnit.MILLIS).retryOn(List.of(RetryableAnswer.class, IOException.class))
                .withExponentialBackoff().factor(2).maxDelay(30, ChronoUnit.SECONDS).done().done().build();
    }

    @Override
    public String name() {
        return "webhook at " + url.getHost();
    }

    @Override
    public void send(Notification notification) {
        HttpRequest request = HttpRequest.newBuilder(url).timeout(TIMEOUT).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(payload(notification))).build();
        int status;
        try {
            status = retry.call(() -> post(request), Integer.class);
        } catch (RetryableAnswer e) {
            throw new IllegalStateException("it answered " + e.status + " four times");
        } catch (IOException e) {
            throw new IllegalStateException("it could not be reached four times (" + e.getClass().getSimpleName() + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted");
        } catch (Exception e) {
            throw new IllegalStateException(e.getClass().getSimpleName(), e);
        }
        if (status / 100 != 2) {
            throw new IllegalStateException("it answered " + status);
        }
    }

    private int post(HttpRequest request) throws IOException, InterruptedException {
        int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        if (status == 429 || status >= 500) {
            throw new RetryableAnswer(status);
        }
        return status;
    }

    String payload(Notification n) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", n.type().wireName());
        body.put("instance", n.instance());
        body.put("text", n.text());
        body.put("count", n.count());
        body.put("silent", n.silent());
        body.put("time", n.time().toString());
        body.put("data", n.data());
        try {
            return json.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("notification not written as JSON: " + e.getOriginalMessage(), e);
        }
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
