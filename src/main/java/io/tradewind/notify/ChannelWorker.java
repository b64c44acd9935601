package io.tradewind.notify;

import java.lang.System.Logger.Level;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One channel's own queue and thread: a webhook that times out or keeps failing (each send retries
 * for seconds) delays only its own notifications, never the Telegram chat's. Notifications are
 * sent in order; when the queue is full the newest is counted as dropped and told once the channel
 * catches up. A channel that cannot be reached ({@link ChannelUnreachableException}: Telegram down
 * for a minute) holds its notifications, tried again with growing pauses, for up to {@link #HOLD}:
 * an exit told late is worth more than one lost. When it answers again, a notice of when it could
 * not be reached goes first, so the operator reads what follows as late; after {@code HOLD} each
 * notification is tried once and given up, and the notice counts them.
 */
final class ChannelWorker {

    private static final System.Logger LOG = System.getLogger(ChannelWorker.class.getName());
    private static final int QUEUE = 1_000;
    static final Duration HOLD = Duration.ofMinutes(10);
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss");

    private final NotificationChannel channel;
    private final Duration hold;
    private final Duration firstPause;
    private final Duration longestPause;
    private final BlockingQueue<Notification> queue = new ArrayBlockingQueue<>(QUEUE);
    private final AtomicLong dropped = new AtomicLong();
    private volatile boolean draining;
    private Thread thread;
    /** When the channel was first found unreachable, or null while it answers. */
    private Instant unreachableSince;
    private long unreachableSinceNanos;
    private int givenUp;

    ChannelWorker(NotificationChannel channel) {
        this(channel, HOLD, Duration.ofSeconds(5), Duration.ofMinutes(1));
    }

    ChannelWorker(NotificationChannel channel, Duration hold, Duration firstPause, Duration longestPause) {
        this.channel = channel;
        this.hold = hold;
        this.firstPause = firstPause;
        this.longestPause = longestPause;
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
                if (next == null) {
                    if (draining) {
                        return;
                    }
                    continue;
                }
                deliver(next);
            } catch (InterruptedException e) {
                return;
            }
            long lost = dropped.getAndSet(0);
            if (lost > 0) {
                LOG.log(Level.WARNING, "notifications to {0}: {1} dropped while it was slow to answer", channel.name(), lost);
            }
        }
    }

    /** Sends one, holding it while the channel cannot be reached; a refusal or a hold that ran out gives it up. */
    private void deliver(Notification notification) throws InterruptedException {
        Duration pause = firstPause;
        while (true) {
            Instant tried = Instant.now();
            long triedNanos = System.nanoTime();
            try {
                if (unreachableSince != null) {
                    tellOutage();
                }
                channel.send(notification);
                return;
            } catch (ChannelUnreachableException e) {
                if (unreachableSince == null) {
                    unreachableSince = tried;
                    unreachableSinceNanos = triedNanos;
                    LOG.log(Level.WARNING, "notifications to {0} are held: {1}; tried again for up to {2} min", channel.name(),
                            e.getMessage(), hold.toMinutes());
                }
                if (draining || System.nanoTime() - unreachableSinceNanos >= hold.toNanos()) {
                    givenUp++;
                    notDelivered(channel, notification, e);
                    return;
                }
                Thread.sleep(pause.toMillis());
                pause = pause.multipliedBy(2).compareTo(longestPause) > 0 ? longestPause : pause.multipliedBy(2);
            } catch (RuntimeException e) {
                notDelivered(channel, notification, e);
                return;
            }
        }
    }

    /**
     * Sends the notice of the outage before the notifications held behind it.
     *
     * @throws ChannelUnreachableException the channel is still down
     */
    private void tellOutage() {
        try {
            channel.send(reachableAgain());
        } catch (ChannelUnreachableException e) {
            throw e;
        } catch (RuntimeException e) {
            // it answered and refused the notice alone: the notifications held behind it are not to pay for that
            LOG.log(Level.WARNING, "notifications to {0}: the notice of its outage was not delivered: {1}", channel.name(),
                    e.getMessage());
        }
        LOG.log(Level.INFO, "notifications to {0}: it answers again", channel.name());
        unreachableSince = null;
        givenUp = 0;
    }

    private Notification reachableAgain() {
        Instant now = Instant.now();
        String text = "notifications were held from " + clock(unreachableSince) + " to " + clock(now) + " UTC: "
                + channel.name() + " could not be reached; those held follow, late"
                + (givenUp == 0 ? "" : ", but " + givenUp + " were given up once it had not been reached for " + hold.toMinutes()
                        + " min (the event stream and the log have them)");
        return new Notification(NotificationType.ERROR, null, text, Map.of(), 1, false, now);
    }

    private static String clock(Instant instant) {
        return CLOCK.format(instant.atOffset(ZoneOffset.UTC));
    }

    static void send(NotificationChannel channel, Notification notification) {
        try {
            channel.send(notification);
        } catch (RuntimeException e) {
            notDelivered(channel, notification, e);
        }
    }

    private static void notDelivered(NotificationChannel channel, Notification notification, RuntimeException e) {
        LOG.log(Level.WARNING, "notification to {0} not delivered ({1}): {2}", channel.name(),
                notification.type().wireName(), e.getMessage());
    }
}
