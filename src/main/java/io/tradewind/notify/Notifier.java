package io.tradewind.notify;

import io.tradewind.domain.Decimals;
import io.tradewind.service.InstanceView;
import io.tradewind.service.ServiceEvent;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Tells the operator what happened, through the configured channels: it hears the service's events
 * (without ever blocking the thread that publishes them), turns them into notifications, drops
 * the types switched off, marks the silent ones, merges repeated alerts ({@link AlertMerger}) and
 * sends a summary once a day. Its own thread turns events into notifications, and each channel
 * sends from its own ({@link ChannelWorker}): a slow webhook delays neither a tick nor the chat.
 */
public final class Notifier implements Consumer<ServiceEvent> {

    private static final int QUEUE = 10_000;
    private static final Duration STOP_GRACE = Duration.ofSeconds(5);

    private final List<NotificationChannel> channels;
    private final Map<NotificationType, Delivery> deliveries;
    private final AlertMerger merger;
    private final Clock clock;
    private final LocalTime summaryAt;
    private final Supplier<List<InstanceView>> instances;
    private final BlockingQueue<ServiceEvent> queue = new ArrayBlockingQueue<>(QUEUE);
    private final AtomicLong dropped = new AtomicLong();
    private Instant nextSummary;
    private Thread worker;
    private final List<ChannelWorker> workers = new ArrayList<>();

    /**
     * @param deliveries each type's delivery; a type not in it is {@link Delivery#ON}
     * @param summaryAt  when (UTC) the daily summary goes out
     * @param instances  the instances as they are, for the summary
     */
    public Notifier(List<NotificationChannel> channels, Map<NotificationType, Delivery> deliveries, Duration mergeWindow,
            LocalTime summaryAt, Supplier<List<InstanceView>> instances, Clock clock) {
        this.channels = List.copyOf(channels);
        this.deliveries = deliveries.isEmpty() ? new EnumMap<>(NotificationType.class) : new EnumMap<>(deliveries);
        this.merger = new AlertMerger(mergeWindow);
        this.clock = clock;
        this.summaryAt = summaryAt;
        this.instances = instances;
        this.nextSummary = nextAfter(clock.instant());
    }

    /** Takes an event from the publishing thread; when the queue is full the event is counted as dropped, never waited for. */
    @Override
    public void accept(ServiceEvent event) {
        if (!queue.offer(event)) {
            dropped.incrementAndGet();
        }
    }

    /** Starts the thread that turns events into notifications, and each channel's sending thread. */
    public synchronized void start() {
        if (worker != null) {
            return;
        }
        channels.forEach(channel -> workers.add(new ChannelWorker(channel)));
        workers.forEach(ChannelWorker::start);
        worker = new Thread(this::deliverUntilStopped, "tradewind-notifier");
        worker.setDaemon(true);
        worker.start();
    }

    /**
     * Stops taking events, turns those already queued (the service's last words, such as an exit)
     * into notifications, and gives the channels up to {@link #STOP_GRACE} to send them.
     */
    public synchronized void stop() {
        if (worker == null) {
            return;
        }
        worker.interrupt();
        try {
            worker.join(STOP_GRACE.toMillis());
            deliverDue(clock.instant());
            long deadline = System.nanoTime() + STOP_GRACE.toNanos();
            for (ChannelWorker channel : workers) {
                channel.stop(Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        workers.clear();
        worker = null;
    }

    private void deliverUntilStopped() {
        while (!Thread.currentThread().isInterrupted()) {
            try {
                ServiceEvent first = queue.poll(1, TimeUnit.SECONDS);
                if (first != null) {
                    deliver(first, clock.instant());
                }
                deliverDue(clock.instant());
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** Delivers what is queued and what is due by {@code now}; the thread does this, and tests call it. */
    void deliverDue(Instant now) {
        ServiceEvent event;
        while ((event = queue.poll()) != null) {
            deliver(event, now);
        }
        long lost = dropped.getAndSet(0);
        if (lost > 0) {
            send(new Notification(NotificationType.ERROR, null, lost + " events came faster than notifications could be"
                    + " sent and were not told; the event stream and the log have them", Map.of(), 1, false, now));
        }
        merger.due(now).forEach(this::send);
        if (!now.isBefore(nextSummary)) {
            nextSummary = nextAfter(now);
            if (delivery(NotificationType.DAILY_SUMMARY) != Delivery.OFF) {
                send(summary(now));
            }
        }
    }

    private void deliver(ServiceEvent event, Instant now) {
        for (Notification notification : EventNotifications.of(event)) {
            Delivery delivery = delivery(notification.type());
            if (delivery == Delivery.OFF) {
                continue;
            }
            Notification marked = delivery == Delivery.SILENT ? silent(notification) : notification;
            Notification toSend = merger.offer(marked, now);
            if (toSend != null) {
                send(toSend);
            }
        }
    }

    private Notification summary(Instant now) {
        List<String> lines = new ArrayList<>();
        for (InstanceView i : instances.get()) {
            // written as the API and the chat's /status and /profit write them: a flat position read
            // "position 0.00000000" and a PnL "-15.581787000000000000", with the store's scale
            lines.add(i.id() + ": " + i.state().name().toLowerCase(Locale.ROOT) + ", position " + Decimals.format(i.position())
                    + " " + i.symbol() + ", realised PnL " + Decimals.format(i.realisedPnl()) + ", unrealised "
                    + Decimals.format(i.unrealisedPnl()) + ", orders placed " + i.ordersPlaced() + ", filled "
                    + i.ordersFilled() + ", rejected " + i.ordersRejected() + ", cancelled " + i.ordersCancelled()
                    + ", errors " + i.errors());
        }
        String text = "daily summary: " + (lines.isEmpty() ? "no instances" : String.join("; ", lines));
        Notification summary = new Notification(NotificationType.DAILY_SUMMARY, null, text, Map.of(), 1, false, now);
        return delivery(NotificationType.DAILY_SUMMARY) == Delivery.SILENT ? silent(summary) : summary;
    }

    /** To each channel's own worker once started; before that (tests driving {@link #deliverDue}) on this thread. */
    private void send(Notification notification) {
        if (workers.isEmpty()) {
            channels.forEach(channel -> ChannelWorker.send(channel, notification));
        } else {
            workers.forEach(worker -> worker.offer(notification));
        }
    }

    private Delivery delivery(NotificationType type) {
        return deliveries.getOrDefault(type, Delivery.ON);
    }

    private static Notification silent(Notification n) {
        return new Notification(n.type(), n.instance(), n.text(), n.data(), n.count(), true, n.time());
    }

    private Instant nextAfter(Instant now) {
        Instant today = now.atZone(ZoneOffset.UTC).toLocalDate().atTime(summaryAt).toInstant(ZoneOffset.UTC);
        return today.isAfter(now) ? today : today.plus(Duration.ofDays(1));
    }
}
