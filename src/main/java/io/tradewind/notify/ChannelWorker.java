package io.tradewind.notify;

import java.lang.System.Logger.Level;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One channel's own queue and thread: a webhook that times out or keeps failing (each send retries
 * for seconds) delays only its own notifications, never the Telegram chat's. Notifications are
 * sent in order; when the queue is full the newest is counted as dropped and told once the channel
 * catches up.
 */
final class ChannelWorker {

    private static final System.Logger LOG = System.getLogger(ChannelWorker.class.getName());
    private static final int QUEUE = 1_000;

    private final NotificationChannel channel;
    private final BlockingQueue<Notification> queue = new ArrayBlockingQueue<>(QUEUE);
    private final AtomicLong dropped = new AtomicLong();
    private volatile boolean draining;
    private Thread thread;

    ChannelWorker(NotificationChannel channel) {
        this.channel = channel;
    }

    void start() {
        thread = new Thread(this::sendUntilStopped, "tradewind-notify-" + channel.name());
        thread.setDaemon(true);
        thread.start();
    }

    void offer(Notification notification) {
        if (!queue.offer(notification)) {
            dropped.incrementAndGet();
        }
    }

    /** Stops taking more, sends what is queued for up to {@code graceMillis}, then gives up on the rest. */
    void stop(long graceMillis) throws InterruptedException {
        draining = true;
        thread.join(graceMillis);
        if (thread.isAlive()) {
            thread.interrupt();
            LOG.log(Level.WARNING, "notifications to {0}: {1} not sent at shutdown (the channel did not answer in time)",
                    channel.name(), queue.size() + 1);
        }
    }

    private void sendUntilStopped() {
        while (!Thread.currentThread().isInterrupted()) {
            Notification next;
            try {
                next = queue.poll(200, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                return;
            }
            if (next == null) {
                if (draining) {
                    return;
                }
                continue;
            }
            send(channel, next);
            long lost = dropped.getAndSet(0);
            if (lost > 0) {
                LOG.log(Level.WARNING, "notifications to {0}: {1} dropped while it was slow to answer", channel.name(), lost);
            }
        }
    }

    static void send(NotificationChannel channel, Notification notification) {
        try {
            channel.send(notification);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "notification to {0} not delivered ({1}): {2}", channel.name(),
                    notification.type().wireName(), e.getMessage());
        }
    }
}
