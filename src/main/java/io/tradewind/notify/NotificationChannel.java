package io.tradewind.notify;

/** Where notifications go: a webhook, a Telegram chat. */
public interface NotificationChannel {

    /** Its name in the log, never holding a secret (a webhook's host, not its URL). */
    String name();

    /**
     * Delivers one notification, retrying as the channel allows.
     *
     * @throws RuntimeException it could not be delivered; the notifier logs it and goes on
     */
    void send(Notification notification);
}
