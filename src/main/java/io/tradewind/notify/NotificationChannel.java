package io.tradewind.notify;

/** Where notifications go: a webhook, a Telegram chat. */
public interface NotificationChannel {

    /** Its name in the log, never holding a secret (a webhook's host, not its URL). */
    String name();

    /**
     * Delivers one notification, retrying as the channel allows.
     *
     * @throws ChannelUnreachableException the channel could not be reached: the notifier holds it and sends it again
     * @throws RuntimeException it was refused; the notifier logs it and goes on
     */
    void send(Notification notification);
}
