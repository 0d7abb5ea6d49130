package org.onrecord.store;

/** How much a case file holds, as a list of backups shows it; -1 where the file could not be counted. */
public record CaseCounts(int articles, int statements) {
    public static final CaseCounts UNKNOWN = new CaseCounts(-1, -1);

    public boolean known() {
        return articles >= 0;
    }
}
