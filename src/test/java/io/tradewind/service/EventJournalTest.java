package io.tradewind.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class EventJournalTest {

    private final EventJournal journal = new EventJournal(3, Clock.fixed(Instant.parse("2030-01-01T00:00:00Z"), ZoneOffset.UTC), 1);

    @Test
    void events_are_numbered_from_one_and_null_details_are_left_out() {
        Map<String, String> data = new HashMap<>();
        data.put("state", "paused");
        data.put("reason", null);
        ServiceEvent first = journal.publish(ServiceEvent.INSTANCE, "a", data);
        assertEquals(1, first.sequence());
        assertEquals(Map.of("state", "paused"), first.data());
        assertEquals(2, journal.publish(ServiceEvent.TICK_SKIPPED, "a", Map.of()).sequence());
        assertEquals(2, journal.lastSequence());
    }

    @Test
    void a_subscriber_resumes_after_the_last_event_it_saw_then_hears_the_new_ones() {
        publish(3);
        List<ServiceEvent> heard = new ArrayList<>();
        EventJournal.Resumed resumed = journal.subscribe(1, heard::add);
        assertFalse(resumed.missed());
        assertEquals(List.of(2L, 3L), sequences(resumed.events()));

        publish(1);
        assertEquals(List.of(4L), sequences(heard));
        journal.unsubscribe(heard::add);
    }

    @Test
    void candles_are_handed_on_but_neither_kept_nor_numbered_so_they_never_push_a_kept_event_out() {
        publish(2);
        List<ServiceEvent> heard = new ArrayList<>();
        journal.subscribe(2, heard::add);
        for (int i = 0; i < 5; i++) {
            journal.publish(ServiceEvent.CANDLE, "a", Map.of("close", "100"));
        }
        assertEquals(5, heard.size());
        assertTrue(heard.stream().allMatch(event -> event.sequence() == 2 && !event.kept()), "the newest kept event's number");
        assertEquals(2, journal.lastSequence());
        assertEquals(3, journal.publish(ServiceEvent.FILL, "a", Map.of()).sequence());
        EventJournal.Resumed fromStart = journal.subscribe(0, event -> { });
        assertFalse(fromStart.missed(), "the three kept are all there are");
        assertEquals(List.of(1L, 2L, 3L), sequences(fromStart.events()));
    }

    @Test
    void the_journal_says_whether_anyone_follows_it() {
        assertFalse(journal.followed());
        Consumer<ServiceEvent> follower = event -> { };
        journal.subscribe(0, follower);
        assertTrue(journal.followed());
        journal.unsubscribe(follower);
        assertFalse(journal.followed());
    }

    @Test
    void a_subscriber_too_far_behind_or_from_before_a_restart_is_told_it_missed_events() {
        publish(5); // keeps 3, 4, 5
        EventJournal.Resumed behind = journal.subscribe(1, event -> { });
        assertTrue(behind.missed());
        assertEquals(List.of(3L, 4L, 5L), sequences(behind.events()));

        assertFalse(journal.subscribe(2, event -> { }).missed(), "3 is the next it needs, and it is kept");
        assertTrue(journal.subscribe(9, event -> { }).missed(), "a sequence this run never reached: the service restarted");
        assertFalse(EventJournal.startingNow(3, Clock.systemUTC()).subscribe(0, event -> { }).missed(), "nothing to miss yet");
    }

    /**
     * A client that followed one run and resumes against the next, whose events have meanwhile gone
     * past the client's number if counted from 1 again: it is told it missed events and gets all of
     * the new run's, none skipped.
     */
    @Test
    void a_number_from_before_a_restart_is_never_taken_for_one_of_the_new_run() {
        Instant start = Instant.parse("2030-01-01T00:00:00Z");
        EventJournal before = EventJournal.startingNow(100, Clock.fixed(start, ZoneOffset.UTC));
        assertEquals(1_893_456_000_000_000L, before.publish(ServiceEvent.TICK_SKIPPED, "a", Map.of()).sequence(),
                "the start time in microseconds");
        for (int i = 0; i < 5; i++) {
            before.publish(ServiceEvent.TICK_SKIPPED, "a", Map.of());
        }
        long clientSaw = before.lastSequence();

        EventJournal after = EventJournal.startingNow(100, Clock.fixed(start.plusSeconds(10), ZoneOffset.UTC));
        for (int i = 0; i < 20; i++) {
            after.publish(ServiceEvent.TICK_SKIPPED, "a", Map.of());
        }
        EventJournal.Resumed resumed = after.subscribe(clientSaw, event -> { });
        assertTrue(resumed.missed());
        assertEquals(20, resumed.events().size(), "every event of the new run");

        EventJournal clockWentBack = EventJournal.startingNow(100, Clock.fixed(start.minusSeconds(10), ZoneOffset.UTC));
        clockWentBack.publish(ServiceEvent.TICK_SKIPPED, "a", Map.of());
        assertTrue(clockWentBack.subscribe(clientSaw, event -> { }).missed(), "a number this run never reached");
        assertFalse(after.subscribe(0, event -> { }).missed(), "a client that saw nothing misses nothing kept");
    }

    /** Subscribers joining at random points while events are published: each sees the kept tail, then every later event, once and in order. */
    @Test
    void every_subscriber_sees_a_gapless_ordered_tail() {
        Random random = new Random(20261203L);
        EventJournal big = EventJournal.startingNow(50, Clock.systemUTC());
        List<List<ServiceEvent>> seen = new ArrayList<>();
        for (int step = 0; step < 500; step++) {
            if (random.nextInt(10) == 0) {
                long after = Math.max(0, big.lastSequence() - random.nextInt(20));
                List<ServiceEvent> mine = new ArrayList<>();
                EventJournal.Resumed resumed = big.subscribe(after, mine::add);
                mine.addAll(0, resumed.events());
                seen.add(mine);
            }
            big.publish(ServiceEvent.TICK_SKIPPED, "x", Map.of());
        }
        for (List<ServiceEvent> mine : seen) {
            for (int i = 1; i < mine.size(); i++) {
                assertEquals(mine.get(i - 1).sequence() + 1, mine.get(i).sequence());
            }
            assertEquals(big.lastSequence(), mine.get(mine.size() - 1).sequence());
        }
    }

    private void publish(int count) {
        for (int i = 0; i < count; i++) {
            journal.publish(ServiceEvent.TICK_SKIPPED, "a", Map.of());
        }
    }

    private static List<Long> sequences(List<ServiceEvent> events) {
        return events.stream().map(ServiceEvent::sequence).toList();
    }
}
