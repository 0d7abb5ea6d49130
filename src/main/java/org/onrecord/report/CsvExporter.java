package org.onrecord.report;

import org.onrecord.model.Article;
import org.onrecord.model.Entity;
import org.onrecord.model.Event;
import org.onrecord.model.Mention;
import org.onrecord.model.Statement;

import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Statements, entities and events as CSV (RFC 4180: comma, double quotes, CRLF; UTF-8) for
 * spreadsheets and other tools. Offsets are UTF-16 indices into the article body, as in the JSON
 * export; {@code paragraph} is the paragraph number a report citation gives. A text cell that starts
 * with {@code = + - @} gets a leading apostrophe, so a spreadsheet shows it instead of evaluating it.
 */
public final class CsvExporter {
    /** The tables a CSV export can write. */
    public enum Table {
        STATEMENTS, ENTITIES, EVENTS;

        public String fileName() {
            return name().toLowerCase(Locale.ROOT) + ".csv";
        }
    }

    public void write(Selection sel, Table table, Writer out) throws IOException {
        switch (table) {
            case STATEMENTS -> statements(sel, out);
            case ENTITIES -> entities(sel, out);
            case EVENTS -> events(sel, out);
        }
        out.flush();
    }

    private static void statements(Selection sel, Writer out) throws IOException {
        row(out, "id", "article", "file", "title", "outlet", "published", "paragraph", "start", "end", "text", "speaker",
                "speaker_entity", "via", "kind", "direct", "date_said", "same_as", "origin", "state");
        Map<Long, Long> sameAs = new HashMap<>();
        for (List<Statement> group : SameStatements.group(sel.statements())) {
            if (group.size() > 1) {
                group.forEach(s -> sameAs.put(s.id(), group.getFirst().id()));
            }
        }
        Map<Long, Paragraphs> paragraphs = new HashMap<>();
        for (Statement s : sel.statements()) {
            Article a = sel.articleById().get(s.articleId());
            Paragraphs p = paragraphs.computeIfAbsent(a.id(), k -> sel.paragraphsOf(a));
            row(out, s.id(), a.id(), a.fileName(), a.displayTitle(), a.metadata().outlet(), published(a),
                    p.numberAt(s.span().start()), s.span().start(), s.span().end(), s.span().text(), sel.speakerName(s),
                    s.speakerEntityId(), s.via(), s.kind(), s.direct(), s.dateSaid(), sameAs.get(s.id()), s.origin().code(),
                    s.state().code());
        }
    }

    private static void entities(Selection sel, Writer out) throws IOException {
        row(out, "id", "name", "type", "aliases", "mentions", "articles", "origin", "state");
        Map<Long, List<Mention>> byEntity = sel.mentions().stream().collect(Collectors.groupingBy(Mention::entityId));
        for (Entity e : sel.entities()) {
            List<Mention> ms = byEntity.getOrDefault(e.id(), List.of());
            String articles = ms.stream().map(Mention::articleId).collect(Collectors.toCollection(TreeSet::new)).stream()
                    .map(String::valueOf).collect(Collectors.joining(";"));
            row(out, e.id(), e.name(), e.type().name(), String.join("|", e.aliases()), ms.size(), articles, e.origin().code(),
                    e.state().code());
        }
    }

    private static void events(Selection sel, Writer out) throws IOException {
        row(out, "id", "article", "file", "paragraph", "start", "end", "text", "value", "from", "to", "precision", "description",
                "origin", "state");
        Map<Long, Paragraphs> paragraphs = new HashMap<>();
        for (Event e : sel.events()) {
            Article a = sel.articleById().get(e.articleId());
            Paragraphs p = paragraphs.computeIfAbsent(a.id(), k -> sel.paragraphsOf(a));
            row(out, e.id(), a.id(), a.fileName(), p.numberAt(e.span().start()), e.span().start(), e.span().end(), e.span().text(),
                    e.date().value(), e.date().from(), e.date().to(), e.date().precision().code(), e.description(),
                    e.origin().code(), e.state().code());
        }
    }

    private static String published(Article a) {
        return a.metadata().published() == null ? null : a.metadata().published().date().toString();
    }

    private static void row(Writer out, Object... cells) throws IOException {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(cell(cells[i]));
        }
        out.write("\r\n");
    }

    static String cell(Object value) {
        if (value == null) {
            return "";
        }
        String s = value instanceof LocalDate d ? d.toString() : value.toString();
        // a leading =, +, - or @ makes spreadsheets evaluate the cell: keep quoted words as words
        boolean formula = !s.isEmpty() && "=+-@".indexOf(s.charAt(0)) >= 0 && !(value instanceof Number);
        if (formula) {
            s = "'" + s;
        }
        if (s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0) {
            return '"' + s.replace("\"", "\"\"") + '"';
        }
        return s;
    }
}
