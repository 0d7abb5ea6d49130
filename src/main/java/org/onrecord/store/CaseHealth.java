package org.onrecord.store;

import java.util.List;

/**
 * What an integrity check found in a case file: healthy, damaged (with SQLite's own findings), or
 * not known (unfinished) because the check ran out of the time it was given or could not run (a
 * hot journal only a writer may roll back; the finding says why).
 */
public record CaseHealth(State state, List<String> findings) {
    public enum State { HEALTHY, DAMAGED, UNFINISHED }

    public CaseHealth {
        findings = List.copyOf(findings);
    }

    public static CaseHealth healthy() {
        return new CaseHealth(State.HEALTHY, List.of());
    }

    public static CaseHealth damaged(List<String> findings) {
        return new CaseHealth(State.DAMAGED, findings);
    }

    public static CaseHealth unfinished() {
        return new CaseHealth(State.UNFINISHED, List.of());
    }

    public static CaseHealth unknown(String why) {
        return new CaseHealth(State.UNFINISHED, List.of(why));
    }

    public boolean isDamaged() {
        return state == State.DAMAGED;
    }
}
