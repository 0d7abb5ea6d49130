package org.onrecord.report;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;

/**
 * What a report contains: the export dialog fills one of these. Empty filter sets mean "all".
 *
 * @param title            the case title on the cover and in the running header (null: the case file's name)
 * @param author           who made the report (may be null)
 * @param articleIds       articles to include; empty = every article
 * @param kinds            statement kinds to include (codes such as {@code claim}); empty = every kind
 * @param speakers         speakers to include, matched without regard to case against the speaker's name
 *                         (the speaker entity's name, else the free text); empty = every speaker
 * @param includeSuggested also show suggestions (marked as such), not only accepted items; rejected items never show
 * @param includeNotes     include the researcher's notes section
 * @param appendix         append each source's full text, statements highlighted and numbered as cited
 * @param groupBy          how the statement table is grouped
 * @param date             the report's date on the cover (null: today)
 */
public record ReportOptions(String title, String author, Set<Long> articleIds, Set<String> kinds, Set<String> speakers,
                            boolean includeSuggested, boolean includeNotes, boolean appendix, Grouping groupBy,
                            LocalDate date) {

    /** How the claim/denial table is grouped. */
    public enum Grouping { SPEAKER, KIND }

    public ReportOptions {
        articleIds = articleIds == null ? Set.of() : Set.copyOf(articleIds);
        kinds = kinds == null ? Set.of() : Set.copyOf(kinds);
        speakers = speakers == null ? Set.of() : Set.copyOf(speakers);
        groupBy = Objects.requireNonNullElse(groupBy, Grouping.SPEAKER);
    }

    /** Every accepted item, notes, no appendix, grouped by speaker. */
    public static ReportOptions defaults() {
        return new ReportOptions(null, null, Set.of(), Set.of(), Set.of(), false, true, false, Grouping.SPEAKER, null);
    }

    public ReportOptions withTitle(String t) {
        return new ReportOptions(t, author, articleIds, kinds, speakers, includeSuggested, includeNotes, appendix, groupBy, date);
    }

    public ReportOptions withAuthor(String a) {
        return new ReportOptions(title, a, articleIds, kinds, speakers, includeSuggested, includeNotes, appendix, groupBy, date);
    }

    public ReportOptions withArticles(Set<Long> ids) {
        return new ReportOptions(title, author, ids, kinds, speakers, includeSuggested, includeNotes, appendix, groupBy, date);
    }

    public ReportOptions withKinds(Set<String> k) {
        return new ReportOptions(title, author, articleIds, k, speakers, includeSuggested, includeNotes, appendix, groupBy, date);
    }

    public ReportOptions withSpeakers(Set<String> s) {
        return new ReportOptions(title, author, articleIds, kinds, s, includeSuggested, includeNotes, appendix, groupBy, date);
    }

    public ReportOptions withSuggestions(boolean on) {
        return new ReportOptions(title, author, articleIds, kinds, speakers, on, includeNotes, appendix, groupBy, date);
    }

    public ReportOptions withNotes(boolean on) {
        return new ReportOptions(title, author, articleIds, kinds, speakers, includeSuggested, on, appendix, groupBy, date);
    }

    public ReportOptions withAppendix(boolean on) {
        return new ReportOptions(title, author, articleIds, kinds, speakers, includeSuggested, includeNotes, on, groupBy, date);
    }

    public ReportOptions groupedBy(Grouping g) {
        return new ReportOptions(title, author, articleIds, kinds, speakers, includeSuggested, includeNotes, appendix, g, date);
    }

    public ReportOptions dated(LocalDate d) {
        return new ReportOptions(title, author, articleIds, kinds, speakers, includeSuggested, includeNotes, appendix, groupBy, d);
    }
}
