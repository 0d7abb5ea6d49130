package org.onrecord.report;

import org.onrecord.model.Article;
import org.onrecord.model.Entity;
import org.onrecord.model.Event;

import java.time.LocalDate;
import java.util.List;

/**
 * Everything a report shows, already filtered, grouped, numbered and cross-referenced; the PDF and
 * HTML renderers only lay it out. Sources are numbered S1, S2… and statements 1, 2… in table order;
 * a statement's citation names its source, the paragraph and its mark in that source's appendix text.
 */
public record ReportModel(String title, String author, LocalDate date, String caseFile, ReportOptions options,
                          List<Source> sources, List<StatementGroup> groups, List<IndexEntry> entities,
                          List<DatedItem> timeline, List<ReportNote> notes, Counts counts) {

    /** One included article, its number, and the statements marked in its text (appendix order). */
    public record Source(int number, Article article, Paragraphs paragraphs, List<Mark> marks, OriginalCheck original) {
        public Source(int number, Article article, Paragraphs paragraphs, List<Mark> marks) {
            this(number, article, paragraphs, marks, OriginalCheck.NOT_CHECKED);
        }

        public String label() {
            return "S" + number;
        }

        public String anchor() {
            return "src-" + article.id();
        }

        public String appendixAnchor() {
            return "app-" + article.id();
        }
    }

    /** A statement's place in its source's text: numbered from 1 in reading order. */
    public record Mark(int number, int start, int end, String anchor, boolean suggested, long statementId) {
    }

    /** Where a statement is written: source, paragraph, mark; {@code words} are that source's exact words. */
    public record Citation(Source source, int paragraph, Mark mark, String words) {
        public String label() {
            return source.label() + " ¶" + paragraph + " [" + mark.number() + "]";
        }
    }

    /** One statement as the table shows it: said once, cited by every source that reports it. */
    public record ReportStatement(int number, String words, String speaker, String via, String kind, String kindLabel,
                                  LocalDate dateSaid, boolean direct, boolean suggested, List<Citation> citations) {
        public String anchor() {
            return "st-" + number;
        }
    }

    public record StatementGroup(String heading, List<ReportStatement> statements) {
    }

    /** Where an entity is named: the source and the paragraphs. */
    public record Appearance(Source source, List<Integer> paragraphs) {
    }

    public record IndexEntry(Entity entity, boolean suggested, List<Appearance> appearances) {
    }

    public record DatedItem(Event event, String dateLabel, Source source, int paragraph, boolean suggested) {
    }

    /** A researcher's note and what it is about, in words. */
    public record ReportNote(String about, String text) {
    }

    public record Counts(int sources, int statements, int citations, int entities, int events, int notes) {
    }

    public int statementCount() {
        return groups.stream().mapToInt(g -> g.statements().size()).sum();
    }
}
