package org.vtp.app.ui.webrtc;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.function.Supplier;

/**
 * A call's {@link CallLeg.Guard}: remembers every leg created (also one still being set up) so
 * that {@link #closeAll()} closes them before the owner closes the media engine, and refuses new
 * legs from then on. Thread-safe.
 */
final class LegGuard implements CallLeg.Guard {
    private final Set<CallLeg> legs = new HashSet<>();
    private boolean closed;

    @Override
    public synchronized CallLeg create(Supplier<CallLeg> create) {
        if (closed) {
            throw new CancellationException("the call was left");
        }
        CallLeg created = create.get();
        legs.add(created);
        return created;
    }

    @Override
    public synchronized void closed(CallLeg leg) {
        legs.remove(leg);
    }

    /** Closes every open leg; no leg can be created afterwards. */
    void closeAll() {
        List<CallLeg> open;
        synchronized (this) {
            closed = true;
            open = List.copyOf(legs);
        }
        open.forEach(CallLeg::close);
    }
}
