package org.onrecord.service;

import org.onrecord.analysis.Names;
import org.onrecord.model.AnchorState;
import org.onrecord.model.Entity;
import org.onrecord.model.EntityNames;
import org.onrecord.model.EntityType;
import org.onrecord.model.Mention;
import org.onrecord.model.Note;
import org.onrecord.model.Origin;
import org.onrecord.model.ReviewState;
import org.onrecord.model.Statement;
import org.onrecord.model.TextSpan;
import org.onrecord.service.edit.RowChange;
import org.onrecord.service.edit.RowEdit;
import org.onrecord.service.edit.Table;
import org.onrecord.store.CaseStore;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Builds the reversible edits on entities and their mentions. Each method checks its input
 * against the case and throws {@link IllegalArgumentException} (changing nothing) when it is
 * wrong; the returned edit is then performed through an {@code EditHistory}.
 * An entity's alias list always holds its name (first, as the importer stores it).
 */
public final class EntityEdits {

    public RowEdit add(CaseStore store, String name, EntityType type, List<String> aliases) {
        String n = Checks.required(name, "an entity's name");
        Objects.requireNonNull(type, "type");
        List<String> names = new ArrayList<>();
        names.add(n);
        for (String alias : aliases) {
            addName(names, alias);
        }
        Entity entity = new Entity(0, n, type, names, Origin.RESEARCHER, ReviewState.ACCEPTED);
        return new RowEdit("Add entity " + n, List.of(RowChange.created(Table.ENTITY, entity)));
    }

    /** Renames and/or retypes (null leaves that field); the new name replaces the old one among the aliases. */
    public RowEdit edit(CaseStore store, long id, String newName, EntityType newType) {
        Entity old = Checks.entity(store, id);
        String name = newName == null ? old.name() : Checks.required(newName, "an entity's name");
        EntityType type = newType == null ? old.type() : newType;
        List<String> aliases = new ArrayList<>();
        aliases.add(name);
        for (String alias : old.aliases()) {
            if (!alias.equals(old.name())) {
                addName(aliases, alias);
            }
        }
        Entity changed = new Entity(id, name, type, aliases, old.origin(), old.state());
        if (changed.equals(old)) {
            throw new IllegalArgumentException("entity " + id + " already has that name and type");
        }
        String what = !name.equals(old.name()) ? "Rename " + old.name() + " to " + name : "Make " + name + " a " + type;
        return new RowEdit(what, List.of(RowChange.changed(Table.ENTITY, old, changed)));
    }

    public RowEdit addAlias(CaseStore store, long id, String alias) {
        Entity old = Checks.entity(store, id);
        String a = Checks.required(alias, "an alias");
        List<String> aliases = new ArrayList<>(old.aliases());
        if (!addName(aliases, a)) {
            throw new IllegalArgumentException("entity " + id + " (" + old.name() + ") already goes by \"" + a + "\"");
        }
        return new RowEdit("Add alias " + a + " to " + old.name(),
                List.of(RowChange.changed(Table.ENTITY, old, old.withAliases(aliases))));
    }

    public RowEdit removeAlias(CaseStore store, long id, String alias) {
        Entity old = Checks.entity(store, id);
        String a = aliasOf(old, alias);
        List<String> aliases = new ArrayList<>(old.aliases());
        aliases.remove(a);
        List<RowChange<?>> changes = new ArrayList<>();
        changes.add(RowChange.changed(Table.ENTITY, old, old.withAliases(aliases)));
        refusal(store, id, a).ifPresent(changes::add);
        return new RowEdit("Remove alias " + a + " from " + old.name(), changes);
    }

    /** Deletes the entity with its mentions and notes; statements it spoke keep their speaker text. */
    public RowEdit delete(CaseStore store, long id) {
        Entity old = Checks.entity(store, id);
        List<RowChange<?>> changes = new ArrayList<>();
        changes.add(RowChange.deleted(Table.ENTITY, old));
        for (Mention m : store.entities().mentionsOf(id)) {
            changes.add(RowChange.deleted(Table.MENTION, m));
        }
        for (Statement s : store.statements().spokenBy(id)) {
            changes.add(RowChange.changed(Table.STATEMENT, s, s.withSpeaker(s.speaker(), null)));
        }
        for (Note n : store.notes().of(Note.NoteTarget.ENTITY, id)) {
            changes.add(RowChange.deleted(Table.NOTE, n));
        }
        return new RowEdit("Delete entity " + old.name(), changes);
    }

    /**
     * Merges {@code merged} into {@code into}: their names and aliases become aliases of the target,
     * their mentions, the statements they spoke and the notes on them follow it; they are removed.
     */
    public RowEdit merge(CaseStore store, long into, List<Long> merged) {
        Entity target = Checks.entity(store, into);
        if (merged.isEmpty()) {
            throw new IllegalArgumentException("name at least one entity to merge into entity " + into);
        }
        if (new LinkedHashSet<>(merged).size() != merged.size()) {
            throw new IllegalArgumentException("an entity is named twice among those to merge");
        }
        if (merged.contains(into)) {
            throw new IllegalArgumentException("entity " + into + " cannot be merged into itself");
        }
        List<Entity> sources = merged.stream().map(id -> Checks.entity(store, id)).toList();
        List<String> aliases = new ArrayList<>(target.aliases());
        List<RowChange<?>> changes = new ArrayList<>();
        for (Entity source : sources) {
            addName(aliases, source.name());
            source.aliases().forEach(a -> addName(aliases, a));
        }
        changes.add(RowChange.changed(Table.ENTITY, target, target.withAliases(aliases)));
        for (Entity source : sources) {
            changes.add(RowChange.deleted(Table.ENTITY, source));
            for (Mention m : store.entities().mentionsOf(source.id())) {
                changes.add(RowChange.changed(Table.MENTION, m, m.withEntity(into)));
            }
            for (Statement s : store.statements().spokenBy(source.id())) {
                changes.add(RowChange.changed(Table.STATEMENT, s, s.withSpeaker(s.speaker(), into)));
            }
            for (Note n : store.notes().of(Note.NoteTarget.ENTITY, source.id())) {
                changes.add(RowChange.changed(Table.NOTE, n, new Note(n.id(), n.target(), into, n.text(), n.created())));
            }
        }
        String names = String.join(", ", sources.stream().map(Entity::name).toList());
        return new RowEdit("Merge " + names + " into " + target.name(), changes);
    }

    /**
     * Splits alias {@code alias} off entity {@code id} into a new entity of the same type, taking
     * the mentions whose words are that alias (and the statements whose speaker is written so).
     * The new entity's id is {@link RowEdit#createdId()} once performed.
     */
    public RowEdit split(CaseStore store, long id, String alias) {
        Entity old = Checks.entity(store, id);
        String a = aliasOf(old, alias);
        if (a.equals(old.name())) {
            throw new IllegalArgumentException("\"" + a + "\" is the name of entity " + id
                    + "; rename it first, or split off another alias");
        }
        List<String> remaining = new ArrayList<>(old.aliases());
        remaining.remove(a);
        Entity fresh = new Entity(0, a, old.type(), List.of(a), Origin.RESEARCHER, ReviewState.ACCEPTED);
        List<Mention> moving = store.entities().mentionsOf(id).stream().filter(m -> sameName(m.span().text(), a)).toList();
        List<Statement> speaking = store.statements().spokenBy(id).stream()
                .filter(s -> s.speaker() != null && sameName(s.speaker(), a)).toList();
        List<RowChange<?>> first = new ArrayList<>(List.of(RowChange.created(Table.ENTITY, fresh),
                RowChange.changed(Table.ENTITY, old, old.withAliases(remaining))));
        refusal(store, id, a).ifPresent(first::add);
        return new RowEdit("Split " + a + " off " + old.name(), first, newId -> {
            List<RowChange<?>> more = new ArrayList<>();
            moving.forEach(m -> more.add(RowChange.changed(Table.MENTION, m, m.withEntity(newId))));
            speaking.forEach(s -> more.add(RowChange.changed(Table.STATEMENT, s, s.withSpeaker(s.speaker(), newId))));
            return more;
        });
    }

    /** A new entity and its first mention, as one edit (the mention needs the entity's new id). */
    public RowEdit addWithMention(CaseStore store, String name, EntityType type, List<String> aliases, long articleId, TextSpan span) {
        RowEdit entity = add(store, name, type, aliases);
        TextSpan exact = Checks.span(store, articleId, span);
        return new RowEdit(entity.describe() + " at \"" + exact.text() + "\"", entity.changes(), id -> List.of(RowChange.created(
                Table.MENTION, new Mention(0, id, articleId, exact, Origin.RESEARCHER, ReviewState.ACCEPTED, AnchorState.ANCHORED))));
    }

    public RowEdit addMention(CaseStore store, long entityId, long articleId, TextSpan span) {
        Entity entity = Checks.entity(store, entityId);
        TextSpan exact = Checks.span(store, articleId, span);
        Mention mention = new Mention(0, entityId, articleId, exact, Origin.RESEARCHER, ReviewState.ACCEPTED, AnchorState.ANCHORED);
        return new RowEdit("Mark \"" + exact.text() + "\" as " + entity.name(), List.of(RowChange.created(Table.MENTION, mention)));
    }

    /**
     * Marks every place {@code words} stand (whole words, any case) in {@code articleIds} as one
     * entity, as one edit: {@code entityId}, or a new entity {@code name}/{@code type} when it is null.
     * Places already marked as that entity are left alone.
     */
    public RowEdit markEveryOccurrence(CaseStore store, Long entityId, String name, EntityType type, List<String> aliases,
                                       String words, List<Long> articleIds) {
        List<Mention> found = new ArrayList<>();
        for (long articleId : articleIds) {
            String body = store.articles().find(articleId)
                    .orElseThrow(() -> new IllegalArgumentException("no article with id " + articleId)).body();
            List<Mention> marked = entityId == null ? List.of() : store.entities().mentionsIn(articleId).stream()
                    .filter(m -> m.entityId() == entityId).toList();
            for (TextSpan span : Occurrences.of(body, words)) {
                if (marked.stream().noneMatch(m -> m.span().start() == span.start() && m.span().end() == span.end())) {
                    found.add(new Mention(0, entityId == null ? 0 : entityId, articleId, span, Origin.RESEARCHER, ReviewState.ACCEPTED,
                            AnchorState.ANCHORED));
                }
            }
        }
        if (found.isEmpty()) {
            throw new IllegalArgumentException("\"" + words + "\" is marked everywhere already");
        }
        String what = "Mark " + found.size() + " × \"" + words.strip() + "\"";
        if (entityId == null) {
            RowEdit entity = add(store, name, type, aliases);
            return new RowEdit(entity.describe() + " and " + what.substring(0, 1).toLowerCase(Locale.ROOT) + what.substring(1),
                    entity.changes(), id -> found.stream().<RowChange<?>>map(m -> RowChange.created(Table.MENTION, m.withEntity(id))).toList());
        }
        Entity entity = Checks.entity(store, entityId);
        List<RowChange<?>> changes = new ArrayList<>();
        List<String> names = new ArrayList<>(entity.aliases());
        boolean renamed = false;
        for (String alias : aliases) {
            renamed |= addName(names, alias);
        }
        if (renamed) {
            changes.add(RowChange.changed(Table.ENTITY, entity, entity.withAliases(names)));
        }
        found.forEach(m -> changes.add(RowChange.created(Table.MENTION, m)));
        return new RowEdit(what + " as " + entity.name(), changes);
    }

    public RowEdit deleteMention(CaseStore store, long mentionId) {
        Mention m = store.entities().findMention(mentionId)
                .orElseThrow(() -> new IllegalArgumentException("no mention with id " + mentionId));
        return new RowEdit("Delete mention \"" + m.span().text() + "\"", List.of(RowChange.deleted(Table.MENTION, m)));
    }

    /** A name taken away from an entity is never suggested for it again (unless this edit is undone). */
    private static Optional<RowChange<?>> refusal(CaseStore store, long entityId, String name) {
        String key = Names.key(name);
        boolean already = store.entities().refusedNames().getOrDefault(entityId, Set.of()).contains(key);
        return already ? Optional.empty()
                : Optional.of(RowChange.created(Table.REFUSED_NAME, new Table.RefusedName(entityId, key)));
    }

    private static String aliasOf(Entity entity, String alias) {
        String wanted = Checks.required(alias, "an alias");
        return entity.aliases().stream().filter(x -> x.equals(wanted)).findFirst()
                .or(() -> entity.aliases().stream().filter(x -> sameName(x, wanted)).findFirst())
                .orElseThrow(() -> new IllegalArgumentException("entity " + entity.id() + " (" + entity.name()
                        + ") has no alias \"" + wanted + "\"; its aliases: " + String.join(", ", entity.aliases())));
    }

    /** Adds a name unless the list already has it (ignoring case and surrounding space); true if added. */
    private static boolean addName(List<String> names, String name) {
        if (name == null || name.isBlank()) {
            return false;
        }
        String n = name.strip();
        if (names.stream().anyMatch(x -> sameName(x, n))) {
            return false;
        }
        names.add(n);
        return true;
    }

    static boolean sameName(String a, String b) {
        return EntityNames.same(a, b);
    }

}
