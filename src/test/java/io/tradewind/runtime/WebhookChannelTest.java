package io.tradewind.runtime;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.junit.QuarkusTest;
import io.tradewind.notify.Notification;
import io.tradewind.notify.NotificationType;
import java.net.URI;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The webhook: the documented JSON, retried after a 5xx or 429, not after a 4xx; its log name hides the URL. */
@QuarkusTest
class WebhookChannelTest {

    private static final Notification PAUSED = new Notification(NotificationType.PAUSE, "btc-sma", "btc-sma: paused: operator",
            Map.of("state", "paused"), 1, true, Instant.parse("2030-01-01T00:00:00Z"));

    private WireMockServer hook;
    private WebhookChannel channel;

    @BeforeEach
    void start() {
        hook = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
        hook.start();
        channel = new WebhookChannel(URI.create(hook.baseUrl() + "/hooks/secret-path-123"), new ObjectMapper(), 10);
    }

    @AfterEach
    void stop() {
        hook.stop();
    }

    @Test
    void a_notification_is_posted_as_the_documented_json_after_retrying_a_server_error_and_a_429() {
        hook.stubFor(post(urlEqualTo("/hooks/secret-path-123")).inScenario("flaky").whenScenarioStateIs(STARTED)
                .willReturn(aResponse().withStatus(503)).willSetStateTo("busy"));
        hook.stubFor(post(urlEqualTo("/hooks/secret-path-123")).inScenario("flaky").whenScenarioStateIs("busy")
                .willReturn(aResponse().withStatus(429)).willSetStateTo("up"));
        hook.stubFor(post(urlEqualTo("/hooks/secret-path-123")).inScenario("flaky").whenScenarioStateIs("up")
                .willReturn(aResponse().withStatus(204)));

        channel.send(PAUSED);

        hook.verify(3, postRequestedFor(urlEqualTo("/hooks/secret-path-123"))
                .withHeader("Content-Type", equalTo("application/json"))
                .withRequestBody(equalToJson("{\"type\":\"pause\",\"instance\":\"btc-sma\",\"text\":\"btc-sma: paused: operator\","
                        + "\"count\":1,\"silent\":true,\"time\":\"2030-01-01T00:00:00Z\",\"data\":{\"state\":\"paused\"}}")));
    }

    @Test
    void a_refusal_is_not_retried_and_the_error_names_no_url() {
        hook.stubFor(post(urlEqualTo("/hooks/secret-path-123")).willReturn(aResponse().withStatus(404)));

        IllegalStateException failed = assertThrows(IllegalStateException.class, () -> channel.send(PAUSED));

        assertEquals("it answered 404", failed.getMessage());
        hook.verify(1, postRequestedFor(urlEqualTo("/hooks/secret-path-123")));
        assertEquals("webhook at localhost", channel.name());
        assertFalse(channel.name().contains("secret"));
    }

    @Test
    void a_webhook_that_stays_down_fails_after_four_tries() {
        hook.stubFor(post(urlEqualTo("/hooks/secret-path-123")).willReturn(aResponse().withStatus(500)));
        assertEquals("it answered 500 four times", assertThrows(IllegalStateException.class, () -> channel.send(PAUSED)).getMessage());
        hook.verify(4, postRequestedFor(urlEqualTo("/hooks/secret-path-123")));
    }

    /** Slack and Discord say in Retry-After how long their limit lasts: the next try waits for it. */
    @Test
    void a_429_with_retry_after_is_tried_again_only_after_that_wait() {
        hook.stubFor(post(urlEqualTo("/hooks/secret-path-123")).inScenario("limited").whenScenarioStateIs(STARTED)
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "1")).willSetStateTo("free"));
        hook.stubFor(post(urlEqualTo("/hooks/secret-path-123")).inScenario("limited").whenScenarioStateIs("free")
                .willReturn(aResponse().withStatus(204)));

        channel.send(PAUSED);

        var tries = hook.getAllServeEvents().stream().map(e -> e.getRequest().getLoggedDate().getTime()).sorted().toList();
        assertEquals(2, tries.size());
        assertTrue(tries.get(1) - tries.get(0) >= 1_000, "asked again after " + (tries.get(1) - tries.get(0)) + " ms");
    }
}
