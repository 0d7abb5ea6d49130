package org.onrecord.service;

import org.onrecord.model.AnchorState;
import org.onrecord.model.Article;
import org.onrecord.model.DateValue;
import org.onrecord.model.Event;
import org.onrecord.model.Note;
import org.onrecord.model.Origin;
import org.onrecord.model.ReviewState;
import org.onrecord.model.Statement;
import org.onrecord.model.StatementKind;
import org.onrecord.model.TextSpan;
import org.onrecord.service.edit.RowChange;
import org.onrecord.service.edit.RowEdit;
import org.onrecord.service.edit.Table;
import org.onrecord.store.CaseStore;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.onrecord.model.EventLinks;

/**
 * Builds the reversible edits on statements, dated events and the case's statement kinds. Each
 * method checks its input and throws {@link IllegalArgumentException} (changing nothing) when it
 * is wrong; the returned edit is then performed through an {@code EditHistory}.
 */
public final class AnnotationEdits {
    private final DateProposer proposer;

    public AnnotationEdits(DateProposer proposer) {
        this.proposer = Objects.requireNonNull(proposer);
    }

    public DateProposer proposer() {
        return proposer;
    }

    /**
     * A statement; {@code speaker} is how a reader names who said it (the speaker entity's name when
     * blank), {@code speakerEntity}, {@code via}, {@code dateSaid} and {@code note} may be null.
     */
    public RowEdit addStatement(CaseStore store, long articleId, TextSpan span, String kind, String speaker,
                                Long speakerEntity, String via, boolean direct, LocalDate dateSaid, String note) {
        Statement draft = new Statement(0, articleId, span, speaker, speakerEntity, null, null, via, kind, direct, dateSaid,
                Origin.RESEARCHER, ReviewState.ACCEPTED, AnchorState.ANCHORED);
        Statement statement = checked(store, draft);
        String noteText = Checks.blankToNull(note);
        List<RowChange<?>> changes = List.of(RowChange.created(Table.STATEMENT, statement));
        String what = "Add statement \"" + abbreviate(statement.span().text()) + "\"";
        if (noteText == null) {
            return new RowEdit(what, changes);
        }
        return new RowEdit(what, changes, id -> List.of(RowChange.created(Table.NOTE,
                new Note(0, Note.NoteTarget.STATEMENT, id, noteText, Instant.now()))));
    }

    /**
     * Replaces a statement by {@code changed} (same id): kind, speaker, speaker entity, via,
     * direct, date said, span. A changed span must be in the body; it is then anchored again.
     */
    public RowEdit editStatement(CaseStore store, Statement changed) {
        Statement old = Checks.statement(store, changed.id());
        if (changed.articleId() != old.articleId()) {
            throw new IllegalArgumentException("a statement cannot move to another article");
        }
        Statement checked = checked(store, changed);
        if (!checked.span().equals(old.span()) || checked.anchor() == null) {
            checked = checked.withAnchor(AnchorState.ANCHORED);
        }
        if (checked.equals(old)) {
            throw new IllegalArgumentException("statement " + old.id() + " already reads so; nothing to change");
        }
        return new RowEdit("Edit statement \"" + abbreviate(old.span().text()) + "\"",
                List.of(RowChange.changed(Table.STATEMENT, old, checked)));
    }

    public RowEdit deleteStatement(CaseStore store, long id) {
        Statement old = Checks.statement(store, id);
        List<RowChange<?>> changes = new ArrayList<>();
        changes.add(RowChange.deleted(Table.STATEMENT, old));
        store.notes().of(Note.NoteTarget.STATEMENT, id).forEach(n -> changes.add(RowChange.deleted(Table.NOTE, n)));
        return new RowEdit("Delete statement \"" + abbreviate(old.span().text()) + "\"", changes);
    }

    /**
     * A dated event. With {@code date} null the date is proposed from the words and the article's
     * publication date (and re-resolved when that date changes); a date given here is fixed.
     */
    public RowEdit addEvent(CaseStore store, long articleId, TextSpan span, DateValue date, String description) {
        Article article = Checks.article(store, articleId);
        TextSpan exact = Checks.span(store, articleId, span);
        DateValue value = date;
        boolean fixed = date != null;
        if (value == null) {
            value = propose(article, exact.text()).orElseThrow(() -> new IllegalArgumentException(
                    "no date could be read from \"" + abbreviate(exact.text()) + "\"; give one with --value ("
                            + DateValues.FORMATS + ")"));
        }
        Event event = new Event(0, articleId, exact, value, Checks.blankToNull(description), fixed, Origin.RESEARCHER,
                ReviewState.ACCEPTED, AnchorState.ANCHORED);
        return new RowEdit("Add event \"" + abbreviate(exact.text()) + "\" (" + value.value() + ")",
                List.of(RowChange.created(Table.EVENT, event)));
    }

    /** What the proposer reads from {@code expression} in this article (its publication date as reference). */
    public Optional<DateValue> propose(Article article, String expression) {
        var published = article.metadata().published();
        return proposer.propose(expression, published == null ? null : published.date());
    }

    /**
     * Replaces an event by {@code changed} (same id). A changed date becomes fixed: re-resolving
     * against a new publication date leaves it alone.
     */
    public RowEdit editEvent(CaseStore store, Event changed) {
        Event old = Checks.event(store, changed.id());
        if (changed.articleId() != old.articleId()) {
            throw new IllegalArgumentException("an event cannot move to another article");
        }
        TextSpan span = Checks.span(store, changed.articleId(), changed.span());
        boolean fixed = changed.dateFixed() || !changed.date().equals(old.date());
        AnchorState anchor = span.equals(old.span()) ? old.anchor() : AnchorState.ANCHORED;
        Event given = changed.withSpan(span, anchor).withDescription(Checks.blankToNull(changed.description()));
        Event event = fixed ? given.withFixedDate(given.date()) : given;
        if (event.equals(old)) {
            throw new IllegalArgumentException("event " + old.id() + " already reads so; nothing to change");
        }
        return new RowEdit("Edit event \"" + abbreviate(old.span().text()) + "\"", List.of(RowChange.changed(Table.EVENT, old, event)));
    }

    /** Links an event to the entities and statements it is about (replacing its links). */
    public RowEdit linkEvent(CaseStore store, long eventId, Set<Long> entities, Set<Long> statements) {
        Event event = Checks.event(store, eventId);
        entities.forEach(id -> Checks.entity(store, id));
        statements.forEach(id -> Checks.statement(store, id));
        EventLinks before = store.events().links(eventId);
        EventLinks after = new EventLinks(eventId, entities, statements);
        if (before.equals(after)) {
            throw new IllegalArgumentException("event " + eventId + " is already linked so; nothing to change");
        }
        RowChange<EventLinks> change = before.isEmpty() ? RowChange.created(Table.EVENT_LINKS, after)
                : after.isEmpty() ? RowChange.deleted(Table.EVENT_LINKS, before)
                : RowChange.changed(Table.EVENT_LINKS, before, after);
        return new RowEdit("Link event \"" + abbreviate(event.span().text()) + "\"", List.of(change));
    }

    /** A new event linked at once to what it is about (one edit: the links need the event's new id). */
    public RowEdit addLinkedEvent(CaseStore store, long articleId, TextSpan span, DateValue date, String description,
                                  Set<Long> entities, Set<Long> statements) {
        RowEdit event = addEvent(store, articleId, span, date, description);
        entities.forEach(id -> Checks.entity(store, id));
        statements.forEach(id -> Checks.statement(store, id));
        if (entities.isEmpty() && statements.isEmpty()) {
            return event;
        }
        return new RowEdit(event.describe(), event.changes(), id -> List.of(RowChange.created(Table.EVENT_LINKS,
                new EventLinks(id, entities, statements))));
    }

    public RowEdit deleteEvent(CaseStore store, long id) {
        Event old = Checks.event(store, id);
        List<RowChange<?>> changes = new ArrayList<>();
        changes.add(RowChange.deleted(Table.EVENT, old));
        EventLinks links = store.events().links(id);
        if (!links.isEmpty()) {
            changes.add(RowChange.deleted(Table.EVENT_LINKS, links));
        }
        store.notes().of(Note.NoteTarget.EVENT, id).forEach(n -> changes.add(RowChange.deleted(Table.NOTE, n)));
        return new RowEdit("Delete event \"" + abbreviate(old.span().text()) + "\"", changes);
    }

    public List<StatementKind> kinds(CaseStore store) {
        return store.statements().kinds();
    }

    /** Adds a kind to the case's own list: {@code code} is lower-case letters, digits and _. */
    public RowEdit addKind(CaseStore store, String code, String label) {
        String c = Checks.required(code, "a kind's code");
        if (!c.matches("[a-z][a-z0-9_]*")) {
            throw new IllegalArgumentException("a kind's code is lower-case letters, digits and _ (like no_comment), not '" + c + "'");
        }
        String l = Checks.required(label, "a kind's label");
        if (kinds(store).stream().anyMatch(k -> k.code().equals(c))) {
            throw new IllegalArgumentException("the case already has the kind '" + c + "'");
        }
        return new RowEdit("Add statement kind " + l, List.of(RowChange.created(Table.KIND, new StatementKind(c, l))));
    }

    private Statement checked(CaseStore store, Statement s) {
        if (s.kind() == null || kinds(store).stream().noneMatch(k -> k.code().equals(s.kind()))) {
            throw new IllegalArgumentException("unknown statement kind '" + s.kind() + "'; the case knows: "
                    + String.join(", ", kinds(store).stream().map(StatementKind::code).toList())
                    + " (add one with: statement kind add CODE LABEL)");
        }
        TextSpan span = Checks.span(store, s.articleId(), s.span());
        String speaker = Checks.blankToNull(s.speaker());
        if (s.speakerEntityId() != null) {
            var entity = Checks.entity(store, s.speakerEntityId());
            if (speaker == null) {
                speaker = entity.name();
            }
        }
        return s.withSpan(span).withSpeaker(speaker, s.speakerEntityId()).withVia(Checks.blankToNull(s.via()));
    }

    static String abbreviate(String text) {
        String t = text.replaceAll("\\s+", " ").strip();
        return t.length() <= 40 ? t : t.substring(0, 37) + "…";
    }
}
