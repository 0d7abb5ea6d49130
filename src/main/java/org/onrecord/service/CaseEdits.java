package org.onrecord.service;

import org.onrecord.model.ArticleMetadata;
import org.onrecord.model.DateValue;
import org.onrecord.model.Entity;
import org.onrecord.model.EntityNames;
import org.onrecord.model.EntityType;
import org.onrecord.model.Event;
import org.onrecord.model.Note;
import org.onrecord.model.PublicationDate;
import org.onrecord.model.ReviewState;
import org.onrecord.model.Statement;
import org.onrecord.model.TextSpan;
import org.onrecord.progress.Progress;
import org.onrecord.service.edit.CompositeEdit;
import org.onrecord.service.edit.Edit;
import org.onrecord.service.edit.EditHistory;
import org.onrecord.service.edit.RowEdit;
import org.onrecord.store.CaseStore;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * What a researcher does to one open case, one method per intent, each one undoable edit performed
 * through the case's history (committed at once). Methods block and throw
 * {@link IllegalArgumentException} on bad input, before anything is written.
 */
public final class CaseEdits {
    private final Services services;
    private final CaseStore store;
    private final EditHistory history;
    private final ReviewEdits review = new ReviewEdits();

    CaseEdits(Services services, CaseStore store, EditHistory history) {
        this.services = services;
        this.store = store;
        this.history = history;
    }

    /** A statement; {@code speaker} is how a reader names who said it, {@code speakerEntity} may be null. */
    public RowEdit addStatement(long articleId, TextSpan span, String kind, String speaker, Long speakerEntity, String via,
                                boolean direct, LocalDate dateSaid, String note) {
        return history.perform(services.annotationEdits().addStatement(store, articleId, span, kind, speaker, speakerEntity,
                via, direct, dateSaid, note));
    }

    /** A new entity named {@code name}, also going by {@code aliases}; its id is {@link RowEdit#createdId()}. */
    public RowEdit addEntity(String name, EntityType type, List<String> aliases) {
        return history.perform(services.entityEdits().add(store, name, type, aliases));
    }

    public RowEdit addAlias(long entityId, String alias) {
        return history.perform(services.entityEdits().addAlias(store, entityId, alias));
    }

    public RowEdit removeAlias(long entityId, String alias) {
        return history.perform(services.entityEdits().removeAlias(store, entityId, alias));
    }

    /** Marks where {@code entityId} is named; the mention's id is {@link RowEdit#createdId()}. */
    public RowEdit addMention(long entityId, long articleId, TextSpan span) {
        return history.perform(services.entityEdits().addMention(store, entityId, articleId, span));
    }

    public RowEdit deleteMention(long mentionId) {
        return history.perform(services.entityEdits().deleteMention(store, mentionId));
    }

    /** A mention of {@code entityId}, or of a new entity {@code name}/{@code type} when it is null; {@code alias} is added to its names. */
    public Edit addMention(Long entityId, String name, EntityType type, String alias, long articleId, TextSpan span) {
        EntityEdits entities = services.entityEdits();
        if (entityId == null) {
            return history.perform(entities.addWithMention(store, name, type, alias == null ? List.of() : List.of(alias),
                    articleId, span));
        }
        Entity entity = Checks.entity(store, entityId);
        List<Edit> parts = new ArrayList<>();
        if (alias != null && !entity.goesBy(alias)) {
            parts.add(entities.addAlias(store, entityId, alias));
        }
        Edit mention = entities.addMention(store, entityId, articleId, span);
        parts.add(mention);
        return history.perform(parts.size() == 1 ? mention : new CompositeEdit(mention.describe() + " (and add the name)", parts));
    }

    /** Every place {@code words} stand in {@code articleIds} marked as one entity (a new one when {@code entityId} is null), as one edit. */
    public RowEdit markEveryOccurrence(Long entityId, String name, EntityType type, String alias, String words, List<Long> articleIds) {
        return history.perform(services.entityEdits().markEveryOccurrence(store, entityId, name, type,
                alias == null ? List.of() : List.of(alias), words, articleIds));
    }

    /** A dated event ({@code value} as {@link DateValues#parse} reads it), linked at once to what it is about. */
    public RowEdit addEvent(long articleId, TextSpan span, String value, String description, Set<Long> entities,
                            Set<Long> statements) {
        return history.perform(services.annotationEdits().addLinkedEvent(store, articleId, span,
                DateValues.parse(value, null, null), description, entities, statements));
    }

    /** A dated event; with {@code date} null the date is proposed from the words and the publication date. */
    public RowEdit addEvent(long articleId, TextSpan span, DateValue date, String description) {
        return history.perform(services.annotationEdits().addEvent(store, articleId, span, date, description));
    }

    /** Replaces an event by {@code changed} (same id); a changed date becomes fixed. */
    public RowEdit editEvent(Event changed) {
        return history.perform(services.annotationEdits().editEvent(store, changed));
    }

    /** Links an event to the entities and statements it is about, replacing its links. */
    public RowEdit linkEvent(long eventId, Set<Long> entities, Set<Long> statements) {
        return history.perform(services.annotationEdits().linkEvent(store, eventId, entities, statements));
    }

    public RowEdit editStatement(Statement changed) {
        return history.perform(services.annotationEdits().editStatement(store, changed));
    }

    public RowEdit deleteStatement(long statementId) {
        return history.perform(services.annotationEdits().deleteStatement(store, statementId));
    }

    /** Accepts or rejects a suggested statement, or takes it back to review. */
    public RowEdit reviewStatement(long statementId, ReviewState state) {
        return editStatement(Checks.statement(store, statementId).withState(state));
    }

    /**
     * The speaker as the researcher types it: the text is the description, and an entity named or
     * aliased so ({@link EntityNames}) is linked; blank names nobody. Empty when nothing changes.
     */
    public Optional<RowEdit> nameSpeaker(long statementId, String typed) {
        return nameSpeaker(current(statementId), typed);
    }

    /** Whom it was said to or through; blank for none. Empty when nothing changes. */
    public Optional<RowEdit> sayVia(long statementId, String via) {
        return sayVia(current(statementId), via);
    }

    public Optional<RowEdit> changeKind(long statementId, String kind) {
        return changeKind(current(statementId), kind);
    }

    /** A direct quote, or reported speech. */
    public Optional<RowEdit> markDirect(long statementId, boolean direct) {
        return markDirect(current(statementId), direct);
    }

    /** When it was said, typed YYYY-MM-DD ({@link Days}); blank for unknown. */
    public Optional<RowEdit> dateSaid(long statementId, String typed) {
        return dateSaid(current(statementId), typed);
    }

    /** The statement as stored now: a change made over it cannot meet another program's change. */
    private Statement current(long statementId) {
        return Checks.statement(store, statementId);
    }

    // ---- The same changes made over a row as a window showed it: another program's changes to other
    // fields are kept, and a change to the same field is refused (SeenRow).

    /** The speaker typed over {@code seen}, the statement as the window showed it. Empty when nothing changes. */
    public Optional<RowEdit> nameSpeaker(Statement seen, String typed) {
        String speaker = Checks.blankToNull(typed);
        Long entity = EntityNames.find(store.entities().all(), speaker).map(Entity::id).orElse(null);
        return changeSeen(seen, s -> s.withSpeaker(speaker, entity));
    }

    public Optional<RowEdit> sayVia(Statement seen, String via) {
        String v = Checks.blankToNull(via);
        return changeSeen(seen, s -> s.withVia(v));
    }

    public Optional<RowEdit> changeKind(Statement seen, String kind) {
        return changeSeen(seen, s -> s.withKind(kind));
    }

    public Optional<RowEdit> markDirect(Statement seen, boolean direct) {
        return changeSeen(seen, s -> s.withDirect(direct));
    }

    public Optional<RowEdit> dateSaid(Statement seen, String typed) {
        LocalDate day = Days.parse(typed);
        return changeSeen(seen, s -> s.withDateSaid(day));
    }

    /** Accepts or rejects a suggested statement the window showed as {@code seen}. */
    public Optional<RowEdit> reviewStatement(Statement seen, ReviewState state) {
        return changeSeen(seen, s -> s.withState(state));
    }

    /** A new name and/or type (null keeps it) for the entity the window showed as {@code seen}. */
    public RowEdit renameEntity(Entity seen, String name, EntityType type) {
        SeenRow.carryOver("entity " + seen.id(), seen, Checks.entity(store, seen.id()), e -> new Entity(e.id(),
                name == null ? e.name() : name, type == null ? e.type() : type, e.aliases(), e.origin(), e.state()));
        return renameEntity(seen.id(), name, type);
    }

    /** A new date ({@code value}, null keeps it) or description (null keeps it) for the event the window showed as {@code seen}. */
    public RowEdit editEvent(Event seen, String value, String description) {
        var date = value == null ? seen.date() : DateValues.parse(value, null, null);
        Event changed = SeenRow.carryOver("event " + seen.id(), seen, Checks.event(store, seen.id()),
                e -> e.withDate(date).withDescription(description == null ? e.description() : description));
        return history.perform(services.annotationEdits().editEvent(store, changed));
    }

    private Optional<RowEdit> changeSeen(Statement seen, UnaryOperator<Statement> change) {
        Statement stored = Checks.statement(store, seen.id());
        Statement changed = SeenRow.carryOver("statement " + seen.id(), seen, stored, change);
        return changed.equals(stored) ? Optional.empty() : Optional.of(editStatement(changed));
    }

    public RowEdit renameEntity(long entityId, String name, EntityType type) {
        return history.perform(services.entityEdits().edit(store, entityId, name, type));
    }

    public RowEdit mergeEntities(long into, List<Long> merged) {
        return history.perform(services.entityEdits().merge(store, into, merged));
    }

    /** Moves {@code alias} (and the mentions written so) to a new entity of the same type. */
    public RowEdit splitEntity(long entityId, String alias) {
        return history.perform(services.entityEdits().split(store, entityId, alias));
    }

    public RowEdit deleteEntity(long entityId) {
        return history.perform(services.entityEdits().delete(store, entityId));
    }

    /** A new statement kind for this case (the list is the case's own). */
    public RowEdit addKind(String code, String label) {
        return history.perform(services.annotationEdits().addKind(store, code, label));
    }

    /** A new date ({@code value}, null keeps it) or description (null keeps it) for an event. */
    public RowEdit editEvent(long eventId, String value, String description) {
        Event old = Checks.event(store, eventId);
        var date = value == null ? old.date() : DateValues.parse(value, null, null);
        return history.perform(services.annotationEdits().editEvent(store, old.withDate(date)
                .withDescription(description == null ? old.description() : description)));
    }

    /** Accepts or rejects a suggested event, or takes it back to review. */
    public RowEdit reviewEvent(long eventId, ReviewState state) {
        Event old = Checks.event(store, eventId);
        return history.perform(services.annotationEdits().editEvent(store, old.withState(state)));
    }

    public RowEdit deleteEvent(long eventId) {
        return history.perform(services.annotationEdits().deleteEvent(store, eventId));
    }

    public RowEdit addNote(Note.NoteTarget target, long targetId, String text) {
        return history.perform(services.notes().add(store, target, targetId, text));
    }

    public RowEdit editNote(long noteId, String text) {
        return history.perform(services.notes().edit(store, noteId, text));
    }

    public RowEdit deleteNote(long noteId) {
        return history.perform(services.notes().delete(store, noteId));
    }

    /** The publication date the researcher gives (null withdraws it); events whose date is not fixed are re-dated. */
    public RowEdit changePublicationDate(long articleId, PublicationDate date) {
        return history.perform(services.articles().changePublicationDate(store, articleId, date));
    }

    /** A new body for an article, its annotations re-anchored in it (moved, or lost when their words are gone). */
    public AnchorService.Reanchoring replaceBody(long articleId, String body) {
        AnchorService.Reanchoring plan = services.articles().replaceBody(store, articleId, body);
        history.perform(plan.edit());
        return plan;
    }

    /**
     * Records the title, outlet, author, URL and publication date the researcher gave (null fields
     * are left as they are) as one undoable edit; a new publication date re-dates the article's
     * events whose date is not fixed. Empty when nothing differs from what the case holds.
     */
    public Optional<RowEdit> giveMetadata(long articleId, ArticleMetadata given) {
        return services.articles().giveMetadata(store, articleId, given).map(history::perform);
    }

    /**
     * Runs the automatic suggestions over every article and returns how many were added. Not an
     * undoable edit: it never touches reviewed or researcher items, and rejecting a suggestion is.
     */
    public int suggest(Progress progress) {
        return suggest(AnalysisService.Kind.DATES, progress);
    }

    /** Like {@link #suggest}, for entities with their other names, newest import first. */
    public int suggestEntities(Progress progress) {
        return suggest(AnalysisService.Kind.ENTITIES, progress);
    }

    private int suggest(AnalysisService.Kind kind, Progress progress) {
        return services.analysis().analyze(store, List.of(), EnumSet.of(kind), progress).stream()
                .mapToInt(AnalysisService.ArticleAnalysis::suggested).sum();
    }

    /** Accepts or rejects one suggestion of any kind; a mention carries its entity along ({@link ReviewEdits}). */
    public RowEdit review(Suggestion.Kind kind, long id, ReviewState verdict) {
        return history.perform(review.review(store, kind, id, verdict));
    }

    /** Every suggestion still to review of one type ("PERSON", "EVENT", "STATEMENT": {@link Suggestion#group}), as one edit. */
    public RowEdit reviewType(String group, ReviewState verdict) {
        List<Suggestion> all = SuggestionQueue.read(store).stream().filter(s -> s.group().equals(group)).toList();
        String what = switch (group) {
            case "EVENT" -> "suggested events";
            case "STATEMENT" -> "suggested statements";
            default -> "suggested " + group + " mentions";
        };
        return history.perform(review.reviewAll(store, all, verdict, ReviewEdits.verb(verdict) + " all " + all.size() + " " + what));
    }

    /** Every suggestion still to review that the same rule or model proposed ({@link Suggestion#rule}), as one edit. */
    public RowEdit reviewRule(String rule, ReviewState verdict) {
        List<Suggestion> all = SuggestionQueue.read(store).stream().filter(s -> s.rule().equals(rule)).toList();
        return history.perform(review.reviewAll(store, all, verdict,
                ReviewEdits.verb(verdict) + " all " + all.size() + " suggestions proposed by “" + rule + "”"));
    }

    /** A suggested entity with every mention of it still to review, as one edit. */
    public RowEdit reviewEntity(long entityId, ReviewState verdict) {
        return history.perform(review.reviewEntity(store, entityId, verdict));
    }

    /** Takes back the latest edit; its description, or empty when there was none. */
    public Optional<String> undo() {
        synchronized (history) {
            return history.canUndo() ? Optional.of(history.undo().describe()) : Optional.empty();
        }
    }

    public Optional<String> redo() {
        synchronized (history) {
            return history.canRedo() ? Optional.of(history.redo().describe()) : Optional.empty();
        }
    }

    public Optional<String> undoDescription() {
        return history.undoDescription();
    }

    public Optional<String> redoDescription() {
        return history.redoDescription();
    }
}
