package io.tradewind.runtime;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tradewind.notify.ChatCommands;
import io.tradewind.notify.Notification;
import io.tradewind.notify.NotificationChannel;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * One Telegram chat through the Bot API: notifications go to it ({@code sendMessage}, silent ones
 * without sound), and commands come from it ({@code getUpdates} long polling, on a thread of its
 * own), answered by {@link ChatCommands}. Messages from any other chat are ignored: only the
 * configured chat may command the bot, and so are commands addressed to another bot in that chat
 * ({@code /status@OtherBot}), told apart by the bot's username from {@code getMe}. The bot token is
 * in every URL and so in no log line or error.
 */
final class TelegramChat implements NotificationChannel {

    private static final Logger LOG = Logger.getLogger(TelegramChat.class);
    private static final int LONG_POLL_SECONDS = 25;

    private final String bot;
    private final long chatId;
    private final ObjectMapper json;
    private final RetriedPost post;
    private final ChatCommands commands;
    private final Clock clock;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(RetriedPost.TIMEOUT).build();
    private Thread poller;
    /** A notification whose first {@link #messagesSent} messages went out before one failed; its sender's thread only. */
    private Notification partlySent;
    private int messagesSent;
    private long nextUpdate;
    /** The bot's username ({@code getMe}), which tells our {@code /cmd@name} from another bot's; null until known. */
    private String username;
    /** Whether the failure to learn it was logged: once, not at every poll. */
    private boolean usernameUnknownLogged;

    /** @param baseUrl the Bot API's base, {@code https://api.telegram.org} unless configured */
    TelegramChat(String baseUrl, String token, long chatId, ObjectMapper json, ChatCommands commands, Clock clock,
            long firstRetryMillis) {
        this.bot = baseUrl.replaceAll("/+$", "") + "/bot" + token;
        this.chatId = chatId;
        this.json = json;
        this.post = new RetriedPost(firstRetryMillis);
        this.commands = commands;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "telegram chat " + chatId;
    }

    /**
     * Sends a notification, in several messages when it is long. When one of them fails, the
     * notifier sends the notification again (the chat could not be reached): those already sent
     * are not sent twice.
     */
    @Override
    public void send(Notification notification) {
        List<String> messages = TelegramText.messages(notification.text());
        int from = notification == partlySent ? messagesSent : 0;
        for (int i = from; i < messages.size(); i++) {
            try {
                say(messages.get(i), notification.silent());
            } catch (RuntimeException e) {
                // only a notification of which something went out is remembered: a notice that failed whole must
                // not wipe what is known of the one held behind it
                if (i > 0) {
                    partlySent = notification;
                    messagesSent = i;
                }
                throw e;
            }
        }
        // only its own success settles it: the notifier sends its notice of the outage before trying it again
        if (notification == partlySent) {
            partlySent = null;
        }
    }

    private void answer(String text) {
        TelegramText.messages(text).forEach(message -> say(message, false));
    }

    private void say(String message, boolean silent) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("chat_id", chatId);
        body.put("text", message);
        body.put("disable_notification", silent);
        try {
            post.send(URI.create(bot + "/sendMessage"), json.writeValueAsString(body));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("message not written as JSON: " + e.getOriginalMessage(), e);
        }
    }

    /** Starts answering the chat's commands. */
    synchronized void listen() {
        if (poller == null) {
            poller = new Thread(this::pollUntilStopped, "tradewind-telegram");
            poller.setDaemon(true);
            poller.start();
        }
    }

    synchronized void stop() {
        if (poller != null) {
            poller.interrupt();
            poller = null;
        }
    }

    private void pollUntilStopped() {
        Duration pause = Duration.ofSeconds(1);
        while (!Thread.currentThread().isInterrupted()) {
            try {
                pollOnce(LONG_POLL_SECONDS);
                pause = Duration.ofSeconds(1);
            } catch (InterruptedException e) {
                return;
            } catch (IOException | RuntimeException e) {
                LOG.warnf("telegram: reading the chat's commands failed (%s); trying again in %d s",
                        RetriedPost.why(e), pause.toSeconds());
                try {
                    Thread.sleep(pause.toMillis());
                } catch (InterruptedException stopped) {
                    return;
                }
                pause = pause.multipliedBy(2).compareTo(Duration.ofMinutes(1)) > 0 ? Duration.ofMinutes(1) : pause.multipliedBy(2);
            }
        }
    }

    /** Fetches the updates after the last one handled and answers the configured chat's commands; the poller and tests call it. */
    void pollOnce(int waitSeconds) throws IOException, InterruptedException {
        if (username == null) {
            learnUsername();
        }
        HttpRequest request = HttpRequest.newBuilder(URI.create(bot + "/getUpdates?timeout=" + waitSeconds + "&offset="
                + nextUpdate)).timeout(Duration.ofSeconds(waitSeconds + 10L)).GET().build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("getUpdates answered " + response.statusCode() + RetriedPost.description(response));
        }
        for (JsonNode update : json.readTree(response.body()).path("result")) {
            nextUpdate = Math.max(nextUpdate, update.path("update_id").asLong() + 1);
            JsonNode message = update.path("message");
            String text = message.path("text").asText("");
            if (message.path("chat").path("id").asLong() != chatId || !text.startsWith("/")) {
                continue;
            }
            // Telegram dates a message in seconds since the epoch; one without a date is judged as old as can be
            Instant sent = Instant.ofEpochSecond(message.path("date").asLong(0));
            try {
                commands.answer(text, sent, username, clock.instant()).ifPresent(this::answer);
            } catch (RuntimeException e) {
                LOG.warnf("telegram: the answer to %s was not delivered: %s", text.split("\\s")[0], e.getMessage());
            }
        }
    }

    /**
     * Asks the Bot API for the bot's username. A failure never stops the polling: it is asked again
     * at the next poll, and until then a command addressed to any bot by name is not run.
     */
    private void learnUsername() throws InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(bot + "/getMe")).timeout(RetriedPost.TIMEOUT).GET().build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("getMe answered " + response.statusCode() + RetriedPost.description(response));
            }
            String name = json.readTree(response.body()).path("result").path("username").asText("");
            if (name.isEmpty()) {
                throw new IllegalStateException("getMe named no username");
            }
            username = name;
        } catch (IOException | RuntimeException e) {
            if (usernameUnknownLogged) {
                return;
            }
            usernameUnknownLogged = true;
            LOG.warnf("telegram: the bot's username is not known (%s): commands addressed /cmd@name are ignored until"
                    + " it is; asked again at each poll", RetriedPost.why(e));
        }
    }
}
