package io.tradewind.runtime;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.configuration.DurationConverter;
import io.tradewind.exchange.VenueCredentials;
import io.tradewind.notify.ChatCommands;
import io.tradewind.notify.Delivery;
import io.tradewind.notify.NotificationChannel;
import io.tradewind.notify.NotificationType;
import io.tradewind.notify.Notifier;
import io.tradewind.service.EventJournal;
import io.tradewind.service.ServiceOperations;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.Config;

/**
 * The notifications of {@code serve}, set up from {@code tradewind.notify.*} (README
 * "Notifications"): a webhook when {@code tradewind.notify.webhook.url} is set, a Telegram chat
 * (which also takes commands) when {@code TRADEWIND_TELEGRAM_TOKEN} and
 * {@code tradewind.notify.telegram.chat-id} are, each type on, off or silent, repeated alerts
 * merged, a daily summary. Nothing is sent without a channel.
 */
@ApplicationScoped
public class ServiceNotifications {

    static final String PREFIX = "tradewind.notify.";

    private final EventJournal journal;
    private final ServiceOperations operations;
    private final Config config;
    private final ObjectMapper json;
    private final Map<String, String> environment;
    private static final List<String> KEYS = List.of("webhook.url", "telegram.chat-id", "telegram.base-url",
            "merge-window", "daily-summary-at");

    /** What @BotFather gives: the bot's id, a colon, a secret of URL-safe characters. */
    static final Pattern BOT_TOKEN = Pattern.compile("\\d+:[A-Za-z0-9_-]+");

    private Settings settings;
    private Notifier notifier;
    private TelegramChat telegram;

    @Inject
    ServiceNotifications(EventJournal journal, ServiceOperations operations, Config config, ObjectMapper json) {
        this(journal, operations, config, json, System.getenv());
    }

    ServiceNotifications(EventJournal journal, ServiceOperations operations, Config config, ObjectMapper json,
            Map<String, String> environment) {
        this.journal = journal;
        this.operations = operations;
        this.config = config;
        this.json = json;
        this.environment = environment;
    }

    /**
     * Checks every {@code tradewind.notify.*} setting, before the service contacts a venue: a typo
     * is one line at start-up, not a service that runs and never tells.
     *
     * @throws ServiceConfigException a setting is wrong or unknown; names it
     */
    public synchronized void check() {
        if (settings != null) {
            return;
        }
        for (String name : WrittenPropertyNames.of(config)) {
            if (name.startsWith(PREFIX) && !known(name.substring(PREFIX.length()))) {
                throw new ServiceConfigException(name + ": not a notification setting: the settings are "
                        + PREFIX + String.join(", " + PREFIX, KEYS) + " and one per notification type ("
                        + PREFIX + "entry, …; README, Notifications): correct its name or remove it");
            }
        }
        List<NotificationChannel> channels = channels();
        Map<NotificationType, Delivery> deliveries = deliveries();
        Duration window = setting("merge-window", Duration.ofMinutes(5), ServiceNotifications::window);
        LocalTime summaryAt = setting("daily-summary-at", LocalTime.MIDNIGHT, ServiceNotifications::timeOfDay);
        settings = new Settings(channels, deliveries, window, summaryAt);
    }

    private static boolean known(String key) {
        if (KEYS.contains(key)) {
            return true;
        }
        for (NotificationType type : NotificationType.values()) {
            if (key.equals(type.wireName()) || key.equals(type.wireName().replace('_', '-'))) {
                return true;
            }
        }
        return false;
    }

    /** What {@link #check()} found, kept for {@link #start()}. */
    private record Settings(List<NotificationChannel> channels, Map<NotificationType, Delivery> deliveries,
            Duration mergeWindow, LocalTime summaryAt) {
    }

    /**
     * Checks the settings and starts telling the operator, from the next event on.
     *
     * @throws ServiceConfigException a setting is wrong; names it
     */
    public synchronized void start() {
        check();
        if (settings.channels().isEmpty() || notifier != null) {
            return;
        }
        notifier = new Notifier(settings.channels(), settings.deliveries(), settings.mergeWindow(), settings.summaryAt(),
                operations::instances, Clock.systemUTC());
        journal.subscribe(journal.lastSequence(), notifier);
        notifier.start();
        if (telegram != null) {
            telegram.listen();
        }
    }

    public synchronized void stop() {
        if (notifier != null) {
            journal.unsubscribe(notifier);
            notifier.stop();
            notifier = null;
        }
        if (telegram != null) {
            telegram.stop();
            telegram = null;
        }
    }

    private List<NotificationChannel> channels() {
        List<NotificationChannel> channels = new ArrayList<>();
        Optional<String> webhook = config.getOptionalValue(PREFIX + "webhook.url", String.class).filter(s -> !s.isBlank());
        if (webhook.isPresent()) {
            URI url = setting("webhook.url", null, URI::create);
            if (url == null || !("http".equals(url.getScheme()) || "https".equals(url.getScheme())) || url.getHost() == null) {
                throw new ServiceConfigException(PREFIX + "webhook.url: not an http(s) URL");
            }
            channels.add(new WebhookChannel(url, json, 1_000));
        }
        telegram = telegram();
        if (telegram != null) {
            channels.add(telegram);
        }
        return channels;
    }

    /** The Telegram chat, when both its token and its chat id are set; one without the other is a mistake worth stopping for. */
    private TelegramChat telegram() {
        Optional<String> token = new VenueCredentials("telegram", environment).optional("token");
        Long chatId = setting("telegram.chat-id", null, ServiceNotifications::chatId);
        if (token.isEmpty() && chatId == null) {
            return null;
        }
        if (token.isEmpty()) {
            throw new ServiceConfigException(PREFIX + "telegram.chat-id: set, but the bot's token is not: set the environment"
                    + " variable " + VenueCredentials.variable("telegram", "token"));
        }
        if (chatId == null) {
            throw new ServiceConfigException(PREFIX + "telegram.chat-id: is missing: the id of the chat the bot talks to"
                    + " (" + VenueCredentials.variable("telegram", "token") + " is set)");
        }
        if (!BOT_TOKEN.matcher(token.get()).matches()) {
            // never repeated: it is a secret, and the HTTP client's errors would name it in every URL
            throw new ServiceConfigException(VenueCredentials.variable("telegram", "token") + ": not a bot token as"
                    + " @BotFather gives it (digits, a colon, then letters, digits, - and _): check for a space, quote or"
                    + " line end copied with it");
        }
        String baseUrl = config.getOptionalValue(PREFIX + "telegram.base-url", String.class).orElse("https://api.telegram.org");
        URI base = setting("telegram.base-url", null, URI::create);
        if (base != null && (!("http".equals(base.getScheme()) || "https".equals(base.getScheme())) || base.getHost() == null)) {
            throw new ServiceConfigException(PREFIX + "telegram.base-url: not an http(s) URL such as https://api.telegram.org");
        }
        return new TelegramChat(baseUrl, token.get(), chatId, json, new ChatCommands(operations, Clock.systemUTC().instant()),
                Clock.systemUTC(), 1_000);
    }

    /** Each type's delivery: {@code fill} is off unless switched on (entries and exits tell the same fills), the others on. */
    private Map<NotificationType, Delivery> deliveries() {
        Map<NotificationType, Delivery> deliveries = new EnumMap<>(NotificationType.class);
        deliveries.put(NotificationType.FILL, Delivery.OFF);
        for (NotificationType type : NotificationType.values()) {
            for (String key : List.of(type.wireName(), type.wireName().replace('_', '-'))) {
                Optional<String> value = config.getOptionalValue(PREFIX + key, String.class);
                if (value.isPresent()) {
                    deliveries.put(type, setting(key, null, Delivery::fromWire));
                }
            }
        }
        return deliveries;
    }

    private <T> T setting(String key, T otherwise, Parser<T> parser) {
        Optional<String> text = config.getOptionalValue(PREFIX + key, String.class);
        if (text.isEmpty() || text.get().isBlank()) {
            return otherwise;
        }
        try {
            return parser.parse(text.get().trim());
        } catch (IllegalArgumentException | DateTimeParseException e) {
            // a URL's text is never repeated: it may carry a secret
            throw new ServiceConfigException(PREFIX + key + writtenIn(PREFIX + key) + ": "
                    + (key.endsWith("url") ? "not a URL" : e.getMessage()));
        }
    }

    /** Where the operator wrote a setting, when it is not a file: the variable they set is what they look for. */
    private String writtenIn(String property) {
        String source = config.getConfigValue(property).getSourceName();
        if (source == null || !source.contains("EnvConfigSource")) {
            return "";
        }
        return " (the environment variable " + property.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_") + ")";
    }

    private static Long chatId(String text) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("must be the chat's numeric id (e.g. 123456789, or -100… for a group), was '"
                    + text + "'");
        }
    }

    private static LocalTime timeOfDay(String text) {
        try {
            return LocalTime.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("must be a UTC time of day such as 21:00, was '" + text + "'");
        }
    }

    private static Duration window(String text) {
        Duration window;
        try {
            window = DurationConverter.parseDuration(text);
        } catch (IllegalArgumentException e) {
            window = null;
        }
        if (window == null || window.isNegative()) {
            throw new IllegalArgumentException("must be a duration such as 5m or 30s (0 merges nothing), was '" + text + "'");
        }
        return window;
    }

    @FunctionalInterface
    private interface Parser<T> {
        T parse(String text);
    }
}
