package io.tradewind.runtime;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tradewind.notify.Notification;
import io.tradewind.notify.NotificationChannel;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Notifications as JSON POSTs to a webhook (README "Notifications" documents the shape), retried
 * as {@link RetriedPost} does. Its name in the log is the webhook's host: the URL itself may carry
 * a secret (as Slack's and Discord's do).
 */
final class WebhookChannel implements NotificationChannel {

    private final URI url;
    private final ObjectMapper json;
    private final RetriedPost post;

    WebhookChannel(URI url, ObjectMapper json, long firstRetryMillis) {
        this.url = url;
        this.json = json;
        this.post = new RetriedPost(firstRetryMillis);
    }

    @Override
    public String name() {
        return "webhook at " + url.getHost();
    }

    @Override
    public void send(Notification notification) {
        post.send(url, payload(notification));
    }

    private String payload(Notification n) {
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
}
