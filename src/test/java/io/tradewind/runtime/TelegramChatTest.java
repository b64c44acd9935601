package io.tradewind.runtime;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.junit.QuarkusTest;
import io.tradewind.notify.ChatCommands;
import io.tradewind.notify.Notification;
import io.tradewind.notify.NotificationType;
import io.tradewind.service.api.FakeServiceOperations;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Telegram against a fake Bot API: messages to the chat, commands only from it, updates read once. */
@QuarkusTest
class TelegramChatTest {

    private static final String TOKEN = "123456:telegram-test-token";
    private static final String BOT = "/bot" + TOKEN;

    private WireMockServer api;
    private FakeServiceOperations service;
    private TelegramChat chat;

    @BeforeEach
    void start() {
        api = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
        api.start();
        api.stubFor(post(urlPathEqualTo(BOT + "/sendMessage")).willReturn(okJson("{\"ok\":true,\"result\":{}}")));
        service = new FakeServiceOperations().add(FakeServiceOperations.instance("btc-sma", BigDecimal.ONE, BigDecimal.ZERO));
        chat = new TelegramChat(api.baseUrl() + "/", TOKEN, 42, new ObjectMapper(), new ChatCommands(service),
                Clock.systemUTC(), 10);
    }

    @AfterEach
    void stop() {
        api.stop();
    }

    @Test
    void a_notification_goes_to_the_chat_silent_ones_without_sound() {
        chat.send(new Notification(NotificationType.PAUSE, "btc-sma", "btc-sma: paused: operator", Map.of(), 1, true,
                Instant.EPOCH));
        api.verify(1, postRequestedFor(urlPathEqualTo(BOT + "/sendMessage")).withRequestBody(equalToJson(
                "{\"chat_id\":42,\"text\":\"btc-sma: paused: operator\",\"disable_notification\":true}")));
        assertEquals("telegram chat 42", chat.name());
    }

    @Test
    void commands_from_the_chat_are_answered_and_others_ignored_each_update_once() throws Exception {
        api.stubFor(get(urlPathEqualTo(BOT + "/getUpdates")).withQueryParam("offset", equalTo("0")).willReturn(okJson("""
                {"ok":true,"result":[
                  {"update_id":7,"message":{"chat":{"id":42},"text":"/pause btc-sma"}},
                  {"update_id":8,"message":{"chat":{"id":666},"text":"/killswitch"}},
                  {"update_id":9,"message":{"chat":{"id":42},"text":"hello"}}]}""")));
        api.stubFor(get(urlPathEqualTo(BOT + "/getUpdates")).withQueryParam("offset", equalTo("10"))
                .willReturn(okJson("{\"ok\":true,\"result\":[]}")));

        chat.pollOnce(0);
        chat.pollOnce(0);

        assertEquals(List.of("pause btc-sma"), service.calls, "only the configured chat commands the bot");
        api.verify(1, postRequestedFor(urlPathEqualTo(BOT + "/sendMessage"))
                .withRequestBody(matchingJsonPath("$.chat_id", equalTo("42")))
                .withRequestBody(matchingJsonPath("$.text", containing("btc-sma: paused"))));
        api.verify(1, getRequestedFor(urlPathEqualTo(BOT + "/getUpdates")).withQueryParam("offset", equalTo("10")));
    }

    @Test
    void a_bot_api_that_fails_is_retried_for_a_message() {
        api.stubFor(post(urlPathEqualTo(BOT + "/sendMessage")).inScenario("down").whenScenarioStateIs("Started")
                .willReturn(aResponse().withStatus(502)).willSetStateTo("up"));
        api.stubFor(post(urlPathEqualTo(BOT + "/sendMessage")).inScenario("down").whenScenarioStateIs("up")
                .willReturn(okJson("{\"ok\":true}")));
        chat.send(new Notification(NotificationType.ERROR, null, "x", Map.of(), 1, false, Instant.EPOCH));
        api.verify(2, postRequestedFor(urlPathEqualTo(BOT + "/sendMessage")));
    }
}
