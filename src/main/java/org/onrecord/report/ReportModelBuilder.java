package org.onrecord.report;

import org.onrecord.dates.DateLabels;
import org.onrecord.model.Article;
import org.onrecord.model.Entity;
import org.onrecord.model.Event;
import org.onrecord.model.Mention;
import org.onrecord.model.Note;
import org.onrecord.model.ReviewState;
import org.onrecord.model.SpeakerName;
import org.onrecord.model.Statement;
import org.onrecord.model.StatementKind;
import org.onrecord.report.ReportModel.Appearance;
import org.onrecord.report.ReportModel.Citation;
import org.onrecord.report.ReportModel.Counts;
import org.onrecord.report.ReportModel.DatedItem;
import org.onrecord.report.ReportModel.IndexEntry;
import org.onrecord.report.ReportModel.Mark;
import org.onrecord.report.ReportModel.ReportNote;
import org.onrecord.report.ReportModel.ReportStatement;
import org.onrecord.report.ReportModel.Source;
import org.onrecord.report.ReportModel.StatementGroup;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** Filters a case by the report options and numbers and cross-references what is left. */
public final class ReportModelBuilder {
    public static final String UNATTRIBUTED = "Unattributed";

    public ReportModel build(ReportInput in, ReportOptions options) {
        Map<Long, Entity> entityById = in.entities().stream().collect(Collectors.toMap(Entity::id, e -> e));
        Map<String, String> kindLabels = new HashMap<>();
        for (StatementKind k : in.kinds()) {
            kindLabels.put(k.code(), k.label());
        }

        // sources: chosen articles, by publication date, then import order
        List<Article> articles = in.articles().stream()
                .filter(a -> options.articleIds().isEmpty() || options.articleIds().contains(a.id()))
                .sorted(Comparator.comparing((Article a) -> a.metadata().published() == null ? LocalDate.MAX
                        : a.metadata().published().date()).thenComparingLong(Article::id))
                .toList();
        Set<String> kinds = lower(options.kinds());
        Set<String> speakers = lower(options.speakers());

        // statements that pass the filters, in reading order per source
        Map<Long, List<Statement>> byArticle = new HashMap<>();
        for (Statement s : in.statements()) {
            if (visible(s.state(), options) && (kinds.isEmpty() || kinds.contains(s.kind().toLowerCase(Locale.ROOT)))
                    && (speakers.isEmpty() || speakers.contains(speakerName(s, entityById).toLowerCase(Locale.ROOT)))) {
                byArticle.computeIfAbsent(s.articleId(), k -> new ArrayList<>()).add(s);
            }
        }
        List<Source> sources = new ArrayList<>();
        Map<Long, Source> sourceByArticle = new HashMap<>();
        Map<Long, Mark> markByStatement = new HashMap<>();
        List<Statement> included = new ArrayList<>();
        for (Article a : articles) {
            List<Statement> own = new ArrayList<>(byArticle.getOrDefault(a.id(), List.of()));
            own.sort(Comparator.comparingInt((Statement s) -> s.span().start()).thenComparingInt(s -> s.span().end()));
            List<Mark> marks = new ArrayList<>();
            for (Statement s : own) {
                int n = marks.size() + 1;
                Mark mark = new Mark(n, s.span().start(), s.span().end(), "a" + a.id() + "-s" + n,
                        s.state() == ReviewState.SUGGESTED, s.id());
                marks.add(mark);
                markByStatement.put(s.id(), mark);
            }
            included.addAll(own);
            Source source = new Source(sources.size() + 1, a, in.paragraphsOf(a), List.copyOf(marks), in.originalCheckOf(a));
            sources.add(source);
            sourceByArticle.put(a.id(), source);
        }

        // the same words in several sources: one row, every citation
        List<ReportStatement> rows = new ArrayList<>();
        for (List<Statement> same : SameStatements.group(included)) {
            same.sort(Comparator.comparingInt((Statement s) -> sourceByArticle.get(s.articleId()).number())
                    .thenComparingInt(s -> s.span().start()));
            Statement first = same.getFirst();
            List<Citation> citations = new ArrayList<>();
            for (Statement s : same) {
                Source src = sourceByArticle.get(s.articleId());
                citations.add(new Citation(src, src.paragraphs().numberAt(s.span().start()), markByStatement.get(s.id()),
                        s.span().text()));
            }
            LocalDate said = same.stream().map(Statement::dateSaid).filter(d -> d != null).min(Comparator.naturalOrder()).orElse(null);
            String via = same.stream().map(Statement::via).filter(v -> v != null && !v.isBlank()).distinct()
                    .collect(Collectors.joining("; "));
            boolean suggested = same.stream().allMatch(s -> s.state() == ReviewState.SUGGESTED);
            rows.add(new ReportStatement(0, first.span().text(), speakerName(first, entityById), via.isEmpty() ? null : via,
                    first.kind(), kindLabels.getOrDefault(first.kind(), first.kind()), said, first.direct(), suggested,
                    List.copyOf(citations)));
        }
        List<StatementGroup> groups = group(rows, options, in.kinds());

        List<IndexEntry> index = entityIndex(in, options, entityById, sourceByArticle);
        List<DatedItem> timeline = timeline(in, options, sourceByArticle);
        Map<Long, Integer> statementNumbers = new HashMap<>();
        for (StatementGroup g : groups) {
            for (ReportStatement r : g.statements()) {
                for (Citation c : r.citations()) {
                    statementNumbers.put(c.mark().statementId(), r.number());
                }
            }
        }
        List<ReportNote> notes = options.includeNotes()
                ? notes(in.notes(), sourceByArticle, entityById, statementNumbers, in.events())
                : List.of();

        String title = options.title() != null && !options.title().isBlank() ? options.title() : in.caseName();
        int citations = groups.stream().flatMap(g -> g.statements().stream()).mapToInt(r -> r.citations().size()).sum();
        Counts counts = new Counts(sources.size(), groups.stream().mapToInt(g -> g.statements().size()).sum(), citations,
                index.size(), timeline.size(), notes.size());
        return new ReportModel(title, options.author(), options.date() != null ? options.date() : LocalDate.now(),
                in.caseName(), options, List.copyOf(sources), groups, index, timeline, notes, counts);
    }

    private static boolean visible(ReviewState state, ReportOptions options) {
        return state == ReviewState.ACCEPTED || (options.includeSuggested() && state == ReviewState.SUGGESTED);
    }

    private static Set<String> lower(Set<String> values) {
        return values.stream().map(v -> v.trim().toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
    }

    /** How the report names a statement's speaker: as everywhere ({@link SpeakerName}), else Unattributed. */
    public static String speakerName(Statement s, Map<Long, Entity> entities) {
        return SpeakerName.of(s, entities).orElse(UNATTRIBUTED);
    }

    /** Groups by speaker (alphabetical, unattributed last) or kind (the case's kind order); numbers the rows. */
    private static List<StatementGroup> group(List<ReportStatement> rows, ReportOptions options, List<StatementKind> kinds) {
        Map<String, List<ReportStatement>> grouped = new LinkedHashMap<>();
        Comparator<ReportStatement> inGroup = Comparator
                .comparing((ReportStatement r) -> r.dateSaid() == null ? LocalDate.MAX : r.dateSaid())
                .thenComparingInt(r -> r.citations().getFirst().source().number())
                .thenComparingInt(r -> r.citations().getFirst().mark().number());
        List<String> order = new ArrayList<>();
        if (options.groupBy() == ReportOptions.Grouping.KIND) {
            kinds.forEach(k -> order.add(k.label()));
            rows.stream().map(ReportStatement::kindLabel).distinct().filter(k -> !order.contains(k)).forEach(order::add);
            for (ReportStatement r : rows) {
                grouped.computeIfAbsent(r.kindLabel(), k -> new ArrayList<>()).add(r);
            }
        } else {
            TreeSet<String> names = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
            rows.forEach(r -> names.add(r.speaker()));
            names.remove(UNATTRIBUTED);
            order.addAll(names);
            order.add(UNATTRIBUTED);
            Map<String, String> canonical = new HashMap<>();
            names.forEach(n -> canonical.put(n.toLowerCase(Locale.ROOT), n));
            for (ReportStatement r : rows) {
                String key = canonical.getOrDefault(r.speaker().toLowerCase(Locale.ROOT), UNATTRIBUTED);
                grouped.computeIfAbsent(key, k -> new ArrayList<>()).add(r);
            }
        }
        List<StatementGroup> groups = new ArrayList<>();
        int number = 0;
        for (String heading : order) {
            List<ReportStatement> members = grouped.get(heading);
            if (members == null) {
                continue;
            }
            members.sort(inGroup);
            List<ReportStatement> numbered = new ArrayList<>();
            for (ReportStatement r : members) {
                number++;
                numbered.add(new ReportStatement(number, r.words(), r.speaker(), r.via(), r.kind(), r.kindLabel(), r.dateSaid(),
                        r.direct(), r.suggested(), r.citations()));
            }
            groups.add(new StatementGroup(heading, List.copyOf(numbered)));
        }
        return List.copyOf(groups);
    }

    private static List<IndexEntry> entityIndex(ReportInput in, ReportOptions options, Map<Long, Entity> entityById,
                                                Map<Long, Source> sources) {
        Map<Long, Map<Source, TreeSet<Integer>>> where = new HashMap<>();
        for (Mention m : in.mentions()) {
            Source src = sources.get(m.articleId());
            if (src == null || !visible(m.state(), options)) {
                continue;
            }
            where.computeIfAbsent(m.entityId(), k -> new LinkedHashMap<>())
                    .computeIfAbsent(src, k -> new TreeSet<>()).add(src.paragraphs().numberAt(m.span().start()));
        }
        List<IndexEntry> entries = new ArrayList<>();
        for (Entity e : in.entities()) {
            if (!visible(e.state(), options) || !where.containsKey(e.id())) {
                continue;
            }
            List<Appearance> appearances = where.get(e.id()).entrySet().stream()
                    .sorted(Comparator.comparingInt(x -> x.getKey().number()))
                    .map(x -> new Appearance(x.getKey(), List.copyOf(x.getValue()))).toList();
            entries.add(new IndexEntry(e, e.state() == ReviewState.SUGGESTED, appearances));
        }
        entries.sort(Comparator.comparing((IndexEntry x) -> x.entity().name(), String.CASE_INSENSITIVE_ORDER));
        return List.copyOf(entries);
    }

    private static List<DatedItem> timeline(ReportInput in, ReportOptions options, Map<Long, Source> sources) {
        List<DatedItem> items = new ArrayList<>();
        for (Event e : in.events()) {
            Source src = sources.get(e.articleId());
            if (src == null || !visible(e.state(), options)) {
                continue;
            }
            items.add(new DatedItem(e, DateLabels.of(e.date()), src, src.paragraphs().numberAt(e.span().start()),
                    e.state() == ReviewState.SUGGESTED));
        }
        // a date open at its start sorts by its end: "a few years ago" comes before last month
        items.sort(Comparator.comparing((DatedItem d) -> d.event().date().from() != null ? d.event().date().from()
                        : d.event().date().to() != null ? d.event().date().to() : LocalDate.MAX)
                .thenComparing(d -> d.event().date().to() == null ? LocalDate.MAX : d.event().date().to())
                .thenComparingInt(d -> d.source().number()));
        return List.copyOf(items);
    }

    private static List<ReportNote> notes(List<Note> notes, Map<Long, Source> sources, Map<Long, Entity> entities,
                                          Map<Long, Integer> statementNumbers, List<Event> events) {
        Map<Long, Event> eventById = events.stream().collect(Collectors.toMap(Event::id, e -> e));
        List<ReportNote> out = new ArrayList<>();
        for (Note n : notes) {
            String about = switch (n.target()) {
                case ARTICLE -> sources.containsKey(n.targetId())
                        ? sources.get(n.targetId()).label() + ": " + sources.get(n.targetId()).article().displayTitle() : null;
                case STATEMENT -> statementNumbers.containsKey(n.targetId()) ? "Statement " + statementNumbers.get(n.targetId()) : null;
                case ENTITY -> entities.containsKey(n.targetId()) ? entities.get(n.targetId()).name() : null;
                case EVENT -> eventById.containsKey(n.targetId()) && sources.containsKey(eventById.get(n.targetId()).articleId())
                        ? "Event: " + DateLabels.of(eventById.get(n.targetId()).date()) : null;
            };
            if (about != null) {
                out.add(new ReportNote(about, n.text()));
            }
        }
        return List.copyOf(out);
    }
}
