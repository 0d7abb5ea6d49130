package org.onrecord.ui.state;

import org.onrecord.service.CaseSnapshot;

import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * What a pane derives from a whole snapshot (its rows, its items), made ahead on a worker thread
 * while the case is being opened ({@link WorkbenchState#prepare}), so the FX thread only hands the
 * result to its lists. The work must be pure (no FX, nothing but the snapshot): the same snapshot
 * gives the same result whichever thread made it. Made once per snapshot; a pane that asks for
 * another snapshot (an edit, a test) gets it made there and then.
 */
public final class Prepared<T> {
    private final Function<CaseSnapshot, T> derive;
    private final AtomicLong derivations = new AtomicLong();
    private CaseSnapshot madeFor;
    private T made;

    Prepared(Function<CaseSnapshot, T> derive) {
        this.derive = derive;
    }

    /** Makes the result for {@code snapshot} now (on the calling thread) and keeps it for {@link #of}. */
    void prepare(CaseSnapshot snapshot) {
        T value = derived(snapshot);
        synchronized (this) {
            madeFor = snapshot;
            made = value;
        }
    }

    /** The result for {@code snapshot}: the one made ahead when it was for this snapshot (handed out once), else made now. */
    public T of(CaseSnapshot snapshot) {
        synchronized (this) {
            if (madeFor == snapshot) {
                T value = made;
                forget();
                return value;
            }
        }
        return derived(snapshot);
    }

    /** Drops a result nobody asked for (the snapshot it holds is not kept alive by it). */
    synchronized void forget() {
        madeFor = null;
        made = null;
    }

    /** How many times the work was done, ahead or on demand (tests count: a prepared snapshot is not derived twice). */
    public long derivations() {
        return derivations.get();
    }

    private T derived(CaseSnapshot snapshot) {
        derivations.incrementAndGet();
        return derive.apply(snapshot);
    }
}
