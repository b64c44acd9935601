package io.tradewind.runtime;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.config.EnvConfigSource;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every tradewind.notify.* setting is checked before the service starts: a typo stops it with the key named. */
class NotificationSettingsTest {

    @Test
    void aMisspeltKeyIsRefusedWithItsName() {
        String message = problem(Map.of("tradewind.notify.webhook.urll", "http://hooks.example/x"));
        assertTrue(message.startsWith("tradewind.notify.webhook.urll: not a notification setting: the settings are"
                + " tradewind.notify.webhook.url, "), message);
        assertTrue(message.endsWith("correct its name or remove it"), message);
        assertTrue(problem(Map.of("tradewind.notify.entrys", "off")).startsWith("tradewind.notify.entrys: "));
    }

    @Test
    void aTimeOfDayThatIsNotOneSaysWhatItTakes() {
        assertEquals("tradewind.notify.daily-summary-at: must be a UTC time of day such as 21:00, was '25:00'",
                problem(Map.of("tradewind.notify.daily-summary-at", "25:00")));
    }

    @Test
    void aBadUrlSetInTheEnvironmentNamesTheVariableAndNeverRepeatsTheUrl() {
        ServiceNotifications notifications = new ServiceNotifications(null, null, new SmallRyeConfigBuilder()
                .withSources(new EnvConfigSource(Map.of("TRADEWIND_NOTIFY_WEBHOOK_URL", "http://[secret-in-path"), 300))
                .build(), new ObjectMapper());

        String message = assertThrows(ServiceConfigException.class, notifications::check).getMessage();

        assertEquals("tradewind.notify.webhook.url (the environment variable TRADEWIND_NOTIFY_WEBHOOK_URL): not a URL", message);
    }

    /** A token copied with a space or a line end failed every call, told only as "an unexpected failure". */
    @Test
    void aTelegramTokenThatIsNotOneStopsStartUpWithoutBeingRepeated() {
        for (String token : List.of("123456:ABC-def_42 ", "123456:ABC def", "\"123456:ABCdef\"", "ABCdef", "123456:ABC\r")) {
            ServiceNotifications notifications = new ServiceNotifications(null, null, new SmallRyeConfigBuilder()
                    .withSources(new PropertiesConfigSource(Map.of("tradewind.notify.telegram.chat-id", "42"), "test", 100))
                    .build(), new ObjectMapper(), Map.of("TRADEWIND_TELEGRAM_TOKEN", token));

            String message = assertThrows(ServiceConfigException.class, notifications::check).getMessage();

            assertEquals("TRADEWIND_TELEGRAM_TOKEN: not a bot token as @BotFather gives it (digits, a colon, then letters,"
                    + " digits, - and _): check for a space, quote or line end copied with it", message);
        }
        // (a token that passes makes a channel, which needs the running application: only its form is checked here)
        assertTrue(ServiceNotifications.BOT_TOKEN.matcher("110201543:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw").matches());
    }

    @Test
    void everyDocumentedKeyPasses() {
        // (no channel: making one needs the running application's HTTP client)
        assertDoesNotThrow(() -> notifications(Map.of("tradewind.notify.merge-window", "30s", "tradewind.notify.daily-summary-at", "21:00",
                "tradewind.notify.fill", "on", "tradewind.notify.kill-switch", "silent", "tradewind.notify.daily_summary",
                "off")).check());
    }

    private static String problem(Map<String, String> properties) {
        return assertThrows(ServiceConfigException.class, () -> notifications(properties).check()).getMessage();
    }

    private static ServiceNotifications notifications(Map<String, String> properties) {
        return new ServiceNotifications(null, null, new SmallRyeConfigBuilder()
                .withSources(new PropertiesConfigSource(properties, "test", 100)).build(), new ObjectMapper());
    }
}
