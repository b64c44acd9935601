package io.tradewind.runtime;

import io.tradewind.live.LiveInstance;
import io.tradewind.service.InstanceState;
import io.tradewind.service.InstanceView;
import io.tradewind.service.OperatorMode;
import io.tradewind.service.OperatorModeStore;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.logging.Logger;

/**
 * An operator's pause, resume, reduce-only and flatten of an instance, kept in the store so that a
 * restart puts the instance back as the operator left it. A choice is kept before it is carried out:
 * when the store cannot keep it, the operator hears so and nothing changed, rather than a pause a
 * restart would undo. One choice per instance at a time (API and chat can ask at once): the store and
 * the instance must end agreeing.
 */
final class OperatorChoices {

    private static final Logger LOG = Logger.getLogger(OperatorChoices.class);
    private static final String PAUSED_BY_THE_OPERATOR = "paused by the operator";

    private final OperatorModeStore modes;
    /** One per instance, held while an operator's choice is kept and carried out. */
    private final Map<String, Object> locks = new ConcurrentHashMap<>();

    OperatorChoices(OperatorModeStore modes) {
        this.modes = modes;
    }

    InstanceView pause(LiveInstance instance) {
        synchronized (lock(instance)) {
            // a second pause changes nothing: it would move the kept time the restart reports
            if (!PAUSED_BY_THE_OPERATOR.equals(instance.view(Instant.now()).pausedReason())) {
                OperatorMode mode = OperatorMode.paused(PAUSED_BY_THE_OPERATOR, Instant.now());
                modes.keep(instance.id(), mode);
                instance.pause(mode.reason());
            }
        }
        return instance.view(Instant.now());
    }

    InstanceView resume(LiveInstance instance) {
        synchronized (lock(instance)) {
            modes.forget(instance.id());
            instance.resume();
        }
        return instance.view(Instant.now());
    }

    InstanceView reduceOnly(LiveInstance instance) {
        synchronized (lock(instance)) {
            if (instance.view(Instant.now()).state() != InstanceState.REDUCE_ONLY) {
                modes.keep(instance.id(), OperatorMode.reducingOnly(Instant.now()));
                instance.reduceOnly();
            }
        }
        return instance.view(Instant.now());
    }

    /** Reduce-only unless paused, checked under the lock an operator's pause takes: no pause in between is undone. */
    InstanceView stopEntries(LiveInstance instance) {
        synchronized (lock(instance)) {
            InstanceView now = instance.view(Instant.now());
            // a paused instance keeps its kept pause: reduce-only kept instead would tick it at the next restart
            if (now.pausedReason() == null && now.state() != InstanceState.REDUCE_ONLY) {
                modes.keep(instance.id(), OperatorMode.reducingOnly(Instant.now()));
                instance.stopEntries();
            }
        }
        return instance.view(Instant.now());
    }

    InstanceView flatten(LiveInstance instance) {
        synchronized (lock(instance)) {
            modes.keep(instance.id(), OperatorMode.paused(LiveInstance.FLATTENED, Instant.now()));
            instance.flatten();
        }
        return instance.view(Instant.now());
    }

    /** Puts each instance back as an operator left it before the restart, and says so. */
    void restore(Map<String, LiveInstance> instances) {
        modes.modes().forEach((id, mode) -> {
            LiveInstance instance = instances.get(id);
            if (instance == null) {
                LOG.warnf("instance %s, left %s by an operator at %s, is not configured now: the choice is kept and"
                        + " put back if the instance is configured again", id, mode.wireName(), mode.since());
                return;
            }
            InstanceView started = instance.view(Instant.now());
            if (started.pausedReason() != null) {
                // a failed start stays what it says; the operator's resume forgets the kept mode too
                LOG.warnf("instance %s is paused (%s); an operator had left it %s at %s (%s)", id, started.pausedReason(),
                        mode.reduceOnly() ? "reduce-only" : "paused", mode.since(), mode.reason());
                return;
            }
            if (mode.reduceOnly()) {
                instance.reduceOnly();
            } else {
                instance.pause(mode.reason());
            }
            LOG.warnf("instance %s stays %s as an operator left it at %s (%s): POST /api/strategies/%s/resume to trade"
                    + " it normally again", id, mode.reduceOnly() ? "reduce-only" : "paused", mode.since(), mode.reason(), id);
            if (mode.reason().equals(LiveInstance.FLATTENED) && started.position().signum() != 0) {
                LOG.warnf("instance %s was flattened, but its position is %s: the flatten did not finish before the"
                        + " service stopped; flatten it again", id, started.position().toPlainString());
            }
        });
    }

    private Object lock(LiveInstance instance) {
        return locks.computeIfAbsent(instance.id(), key -> new Object());
    }
}
