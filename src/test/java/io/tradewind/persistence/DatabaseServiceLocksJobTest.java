package io.tradewind.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.scheduler.Scheduler;
import io.quarkus.scheduler.Trigger;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * On an H2 store (the tests' store) no job keeps a database service lock. A job declared with
 * {@code @Scheduled} ran there every second doing nothing, and when it fired while a start that
 * failed on a configuration error shut the application down, it printed a stack trace under the
 * one-line error (a NullPointerException from the bean container, already stopped).
 */
@QuarkusTest
class DatabaseServiceLocksJobTest {

    @Inject
    Scheduler scheduler;

    @Test
    void anH2StoreSchedulesNoLockKeeping() {
        List<String> lockJobs = scheduler.getScheduledJobs().stream()
                .filter(job -> String.valueOf(job.getMethodDescription()).contains("DatabaseServiceLocks")
                        || job.getId().contains("service-lock"))
                .map(Trigger::getId).toList();
        assertEquals(List.of(), lockJobs);
    }
}
