package io.tradewind.runtime;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.junit.QuarkusTest;
import io.tradewind.notify.ChannelUnreachableException;
import io.tradewind.notify.ChatCommands;
import io.tradewind.notify.Notification;
import io.tradewind.notify.NotificationType;
import io.tradewind.service.api.FakeServiceOperations;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
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
    /** Now, as the chat's clock tells it; the service started a minute before, and the updates are dated now. */
    private static final Instant NOW = Instant.parse("2030-01-01T12:00:00Z");
    private static final String ME = "{\"ok\":true,\"result\":{\"id\":123456,\"is_bot\":true,\"username\":\"TradewindBot\"}}";

    private WireMockServer api;
    private FakeServiceOperations service;
    private TelegramChat chat;

    @BeforeEach
    void start() {
        api = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
        api.start();
        api.stubFor(post(urlPathEqualTo(BOT + "/sendMessage")).willReturn(okJson("{\"ok\":true,\"result\":{}}")));
        api.stubFor(get(urlPathEqualTo(BOT + "/getMe")).willReturn(okJson(ME)));
        service = new FakeServiceOperations().add(FakeServiceOperations.instance("btc-sma", BigDecimal.ONE, BigDecimal.ZERO));
        chat = new TelegramChat(api.baseUrl() + "/", TOKEN, 42, new ObjectMapper(), new ChatCommands(service,
                NOW.minusSeconds(60)), Clock.fixed(NOW, ZoneOffset.UTC), 10);
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

    /** The Bot API refuses a text of more than 4,096 characters: a long one goes out in several messages, none lost. */
    @Test
    void a_text_longer_than_telegram_takes_is_sent_in_several_messages() throws Exception {
        api.stubFor(post(urlPathEqualTo(BOT + "/sendMessage")).atPriority(1).withRequestBody(matchingJsonPath("$.text",
                matching("(?s).{4097,}"))).willReturn(aResponse().withStatus(400).withBody(
                        "{\"ok\":false,\"error_code\":400,\"description\":\"Bad Request: message is too long\"}")));
        StringBuilder summary = new StringBuilder("daily summary: ");
        for (int i = 0; i < 40; i++) {
            summary.append(i == 0 ? "" : "; ").append("instance-").append(i).append(": running, position 0.5 BTC-IRT,"
                    + " realised PnL 123456789.12345678, unrealised -98765.4321, orders placed 1234, filled 1200,"
                    + " rejected 3, cancelled 31, errors 0");
        }
        chat.send(new Notification(NotificationType.DAILY_SUMMARY, null, summary.toString(), Map.of(), 1, false, Instant.EPOCH));

        List<String> sent = new ArrayList<>();
        for (var request : api.findAll(postRequestedFor(urlPathEqualTo(BOT + "/sendMessage")))) {
            sent.add(new ObjectMapper().readTree(request.getBodyAsString()).path("text").asText());
        }
        assertEquals(2, sent.size(), sent.toString());
        assertTrue(sent.stream().allMatch(text -> text.length() <= 4096), sent.toString());
        assertTrue(sent.get(0).endsWith("errors 0;") && sent.get(1).startsWith("instance-"), "cut between instances");
        assertEquals(summary.toString(), sent.get(0) + " " + sent.get(1));
    }

    /** The notifier sends a notification again when the chat could not be reached: the part that went out is not repeated. */
    @Test
    void a_long_text_sent_again_after_a_failure_repeats_none_of_its_messages() throws Exception {
        var down = api.stubFor(post(urlPathEqualTo(BOT + "/sendMessage")).atPriority(1)
                .withRequestBody(matchingJsonPath("$.text", matching("(second|notice).*"))).willReturn(aResponse().withStatus(502)));
        String text = "first " + "x".repeat(4080) + "\nsecond part";
        Notification summary = new Notification(NotificationType.DAILY_SUMMARY, null, text, Map.of(), 1, false, Instant.EPOCH);
        // the notifier's notice that the chat answers again goes out before the notification, each time
        Notification notice = new Notification(NotificationType.ERROR, null, "notice", Map.of(), 1, false, Instant.EPOCH);

        assertThrows(ChannelUnreachableException.class, () -> chat.send(summary));
        assertThrows(ChannelUnreachableException.class, () -> chat.send(notice)); // still down at the notifier's next try
        api.removeStub(down);
        chat.send(notice);
        chat.send(summary);

        List<String> sent = new ArrayList<>();
        for (var request : api.findAll(postRequestedFor(urlPathEqualTo(BOT + "/sendMessage")))) {
            sent.add(new ObjectMapper().readTree(request.getBodyAsString()).path("text").asText().substring(0, 6));
        }
        assertEquals(List.of("first ", "second", "second", "second", "second", "notice", "notice", "notice", "notice",
                "notice", "second"), sent, "four tries, the notice's four tries, the notice, then one more");
    }

    @Test
    void commands_from_the_chat_are_answered_and_others_ignored_each_update_once() throws Exception {
        api.stubFor(get(urlPathEqualTo(BOT + "/getUpdates")).withQueryParam("offset", equalTo("0")).willReturn(okJson("""
                {"ok":true,"result":[
                  {"update_id":7,"message":{"date":1893499200,"chat":{"id":42},"text":"/pause btc-sma"}},
                  {"update_id":8,"message":{"date":1893499200,"chat":{"id":666},"text":"/killswitch"}},
                  {"update_id":9,"message":{"date":1893499200,"chat":{"id":42},"text":"hello"}}]}""")));
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

    /** A group with freqtrade in it: its /stopentry@freqtradebot must not stop our entries, nor get our help. */
    @Test
    void commands_addressed_to_another_bot_are_ignored_without_a_reply() throws Exception {
        api.stubFor(get(urlPathEqualTo(BOT + "/getUpdates")).willReturn(okJson("""
                {"ok":true,"result":[
                  {"update_id":1,"message":{"date":1893499200,"chat":{"id":42},"text":"/stopentry@freqtradebot"}},
                  {"update_id":2,"message":{"date":1893499200,"chat":{"id":42},"text":"/pause@otherbot btc-sma"}},
                  {"update_id":3,"message":{"date":1893499200,"chat":{"id":42},"text":"/forcesell@freqtradebot all"}},
                  {"update_id":4,"message":{"date":1893499200,"chat":{"id":42},"text":"/pause@tradewindbot btc-sma"}}]}""")));

        chat.pollOnce(0);

        assertEquals(List.of("pause btc-sma"), service.calls, "only the command addressed to us, its name in any case");
        api.verify(1, postRequestedFor(urlPathEqualTo(BOT + "/sendMessage")));
        api.verify(1, postRequestedFor(urlPathEqualTo(BOT + "/sendMessage"))
                .withRequestBody(matchingJsonPath("$.text", containing("btc-sma: paused"))));
    }

    /** A getMe that fails does not stop the commands: it is asked again, and meanwhile only unaddressed commands run. */
    @Test
    void until_get_me_answers_only_commands_without_a_bot_name_are_run() throws Exception {
        api.stubFor(get(urlPathEqualTo(BOT + "/getMe")).inScenario("me").whenScenarioStateIs("Started")
                .willReturn(aResponse().withStatus(502)).willSetStateTo("up"));
        api.stubFor(get(urlPathEqualTo(BOT + "/getMe")).inScenario("me").whenScenarioStateIs("up")
                .willReturn(okJson(ME)));
        api.stubFor(get(urlPathEqualTo(BOT + "/getUpdates")).withQueryParam("offset", equalTo("0")).willReturn(okJson("""
                {"ok":true,"result":[
                  {"update_id":1,"message":{"date":1893499200,"chat":{"id":42},"text":"/pause@TradewindBot btc-sma"}},
                  {"update_id":2,"message":{"date":1893499200,"chat":{"id":42},"text":"/flatten btc-sma"}}]}""")));
        api.stubFor(get(urlPathEqualTo(BOT + "/getUpdates")).withQueryParam("offset", equalTo("3")).willReturn(okJson("""
                {"ok":true,"result":[{"update_id":3,"message":{"date":1893499200,"chat":{"id":42},"text":"/resume@TradewindBot btc-sma"}}]}""")));
        api.stubFor(get(urlPathEqualTo(BOT + "/getUpdates")).withQueryParam("offset", equalTo("4"))
                .willReturn(okJson("{\"ok\":true,\"result\":[]}")));

        chat.pollOnce(0);
        assertEquals(List.of("flatten btc-sma"), service.calls, "whose /pause@TradewindBot is not known yet");
        chat.pollOnce(0);
        chat.pollOnce(0);

        assertEquals(List.of("flatten btc-sma", "resume btc-sma"), service.calls);
        api.verify(2, getRequestedFor(urlPathEqualTo(BOT + "/getMe")));
    }

    /**
     * Telegram hands over what was sent while the service was down: none of it runs, each command is
     * answered once that it was ignored, and the next reading confirms them so no restart reads them again.
     */
    @Test
    void commands_sent_while_the_service_was_down_are_not_run_and_each_is_answered_once() throws Exception {
        api.stubFor(get(urlPathEqualTo(BOT + "/getUpdates")).withQueryParam("offset", equalTo("0")).willReturn(okJson("""
                {"ok":true,"result":[
                  {"update_id":20,"message":{"date":1893488400,"chat":{"id":42},"text":"/flatten btc-sma"}},
                  {"update_id":21,"message":{"date":1893488460,"chat":{"id":42},"text":"/killswitch"}},
                  {"update_id":22,"message":{"date":1893499100,"chat":{"id":42},"text":"/resume btc-sma"}},
                  {"update_id":23,"message":{"chat":{"id":42},"text":"/pause btc-sma"}},
                  {"update_id":24,"message":{"date":1893499200,"chat":{"id":42},"text":"/status"}}]}""")));
        api.stubFor(get(urlPathEqualTo(BOT + "/getUpdates")).withQueryParam("offset", equalTo("25"))
                .willReturn(okJson("{\"ok\":true,\"result\":[]}")));

        chat.pollOnce(0);
        chat.pollOnce(0);

        assertEquals(List.of(), service.calls, "nothing sent before the start acts");
        List<String> sent = new ArrayList<>();
        for (var request : api.findAll(postRequestedFor(urlPathEqualTo(BOT + "/sendMessage")))) {
            sent.add(new ObjectMapper().readTree(request.getBodyAsString()).path("text").asText());
        }
        assertEquals(5, sent.size(), sent.toString());
        assertEquals("/flatten btc-sma: ignored, it was sent at 2030-01-01T09:00:00Z, while the service was down (it"
                + " started at 2030-01-01T11:59:00Z). Send it again if you still want it.", sent.get(0));
        assertTrue(sent.get(1).startsWith("/killswitch: ignored, it was sent at 2030-01-01T09:01:00Z"), sent.get(1));
        assertTrue(sent.get(2).startsWith("/resume btc-sma: ignored, it was sent at 2030-01-01T11:58:20Z"), sent.get(2));
        assertTrue(sent.get(3).startsWith("/pause btc-sma: ignored"), "undated is not trusted: " + sent.get(3));
        assertTrue(sent.get(4).startsWith("btc-sma: running"), "sent after the start, it is answered: " + sent.get(4));
        api.verify(1, getRequestedFor(urlPathEqualTo(BOT + "/getUpdates")).withQueryParam("offset", equalTo("25")));
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

    /** Telegram's 429 says how long its limit lasts: asking again sooner (1, 2, 4 s) only lost the message. */
    @Test
    void a_rate_limited_message_is_sent_again_once_telegram_says_it_may() {
        api.stubFor(post(urlPathEqualTo(BOT + "/sendMessage")).inScenario("limited").whenScenarioStateIs("Started")
                .willReturn(aResponse().withStatus(429).withBody("{\"ok\":false,\"error_code\":429,\"description\":"
                        + "\"Too Many Requests: retry after 2\",\"parameters\":{\"retry_after\":2}}")).willSetStateTo("free"));
        api.stubFor(post(urlPathEqualTo(BOT + "/sendMessage")).inScenario("limited").whenScenarioStateIs("free")
                .willReturn(okJson("{\"ok\":true}")));

        chat.send(new Notification(NotificationType.EXIT, "btc-sma", "exit: btc-sma", Map.of(), 1, false, Instant.EPOCH));

        var tries = api.getAllServeEvents().stream().map(e -> e.getRequest().getLoggedDate().getTime()).sorted().toList();
        assertEquals(2, tries.size());
        assertTrue(tries.get(1) - tries.get(0) >= 2_000, "asked again after " + (tries.get(1) - tries.get(0)) + " ms");
    }

    /** A refusal says Telegram's reason, which tells the operator what to correct; never the token. */
    @Test
    void a_refused_message_says_why_telegram_refused_it() {
        api.stubFor(post(urlPathEqualTo(BOT + "/sendMessage")).willReturn(aResponse().withStatus(400).withBody(
                "{\"ok\":false,\"error_code\":400,\"description\":\"Bad Request: chat not found\"}")));

        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> chat.send(new Notification(
                NotificationType.ERROR, null, "x", Map.of(), 1, false, Instant.EPOCH)));

        assertEquals("it answered 400 (Bad Request: chat not found)", refused.getMessage());
    }
}
