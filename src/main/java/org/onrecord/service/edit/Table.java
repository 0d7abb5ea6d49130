package org.onrecord.service.edit;

import org.onrecord.model.ArticleMetadata;
import org.onrecord.model.Entity;
import org.onrecord.model.Event;
import org.onrecord.model.EventLinks;
import org.onrecord.model.Mention;
import org.onrecord.model.Note;
import org.onrecord.model.PublicationDate;
import org.onrecord.model.Statement;
import org.onrecord.model.StatementKind;
import org.onrecord.store.CaseStore;
import java.util.Set;

/**
 * How rows of one kind are written and removed. {@link #rank} orders an edit's writes so parents
 * come before children (and deletions run the other way), keeping foreign keys satisfied.
 */
public sealed interface Table<T> {
    int rank();

    long id(T row);

    T withId(T row, long id);

    long put(CaseStore store, T row);

    void delete(CaseStore store, T row);

    /** The row with {@code row}'s id (or code) as the case holds it now, or null. */
    T current(CaseStore store, T row);

    /** How the row is named in a message: "entity 3". */
    String label(T row);

    /** An article's body and where it sits in the original text. */
    record Body(long articleId, String body, int bodyStart, int bodyEnd) {
    }

    /** The publication date the researcher gave an article (null: none given, the detected one applies). */
    record GivenDate(long articleId, PublicationDate given) {
    }

    /** A name the researcher took away from an entity: never proposed for it again (compared form, see {@code Names.key}). */
    record RefusedName(long entityId, String nameKey) {
    }

    /** The title, outlet, author, URL and language the researcher gave an article (null: none given, the detected one applies). */
    record GivenText(long articleId, String title, String outlet, String author, String url, String language) {
        ArticleMetadata asMetadata() {
            return new ArticleMetadata(title, outlet, author, url, null, language);
        }
    }

    Table<Body> BODY = new BodyTable();
    Table<GivenText> GIVEN_TEXT = new GivenTextTable();
    Table<GivenDate> GIVEN_DATE = new GivenDateTable();
    Table<StatementKind> KIND = new KindTable();
    Table<Entity> ENTITY = new EntityTable();
    Table<Mention> MENTION = new MentionTable();
    Table<Statement> STATEMENT = new StatementTable();
    Table<Event> EVENT = new EventTable();
    Table<Note> NOTE = new NoteTable();
    Table<EventLinks> EVENT_LINKS = new EventLinksTable();
    Table<RefusedName> REFUSED_NAME = new RefusedNameTable();

    final class RefusedNameTable implements Table<RefusedName> {
        public int rank() {
            return 3;
        }

        public long id(RefusedName row) {
            return row.entityId();
        }

        public RefusedName withId(RefusedName row, long id) {
            return new RefusedName(id, row.nameKey());
        }

        public long put(CaseStore store, RefusedName row) {
            store.entities().refuseName(row.entityId(), row.nameKey());
            return row.entityId();
        }

        public void delete(CaseStore store, RefusedName row) {
            store.entities().forgetRefusedName(row.entityId(), row.nameKey());
        }

        public RefusedName current(CaseStore store, RefusedName row) {
            return store.entities().refusedNames().getOrDefault(row.entityId(), Set.of()).contains(row.nameKey()) ? row : null;
        }

        public String label(RefusedName row) {
            return "the refused name \"" + row.nameKey() + "\" of entity " + row.entityId();
        }
    }

    final class BodyTable implements Table<Body> {
        public int rank() {
            return 0;
        }

        public long id(Body row) {
            return row.articleId();
        }

        public Body withId(Body row, long id) {
            return row;
        }

        public long put(CaseStore store, Body row) {
            store.articles().replaceBody(row.articleId(), row.body(), row.bodyStart(), row.bodyEnd());
            return row.articleId();
        }

        public void delete(CaseStore store, Body row) {
            throw new UnsupportedOperationException("an edit never deletes an article body");
        }

        public Body current(CaseStore store, Body row) {
            return store.articles().find(row.articleId()).map(a -> new Body(a.id(), a.body(), a.bodyStart(), a.bodyEnd())).orElse(null);
        }

        public String label(Body row) {
            return "the body of article " + row.articleId();
        }
    }

    final class GivenDateTable implements Table<GivenDate> {
        public int rank() {
            return 0;
        }

        public long id(GivenDate row) {
            return row.articleId();
        }

        public GivenDate withId(GivenDate row, long id) {
            return row;
        }

        public long put(CaseStore store, GivenDate row) {
            store.articles().givePublicationDate(row.articleId(), row.given());
            return row.articleId();
        }

        public void delete(CaseStore store, GivenDate row) {
            store.articles().givePublicationDate(row.articleId(), null);
        }

        public GivenDate current(CaseStore store, GivenDate row) {
            return store.articles().find(row.articleId()).isEmpty() ? null
                    : new GivenDate(row.articleId(), store.articles().givenMetadata(row.articleId()).published());
        }

        public String label(GivenDate row) {
            return "the publication date of article " + row.articleId();
        }
    }

    final class GivenTextTable implements Table<GivenText> {
        public int rank() {
            return 0;
        }

        public long id(GivenText row) {
            return row.articleId();
        }

        public GivenText withId(GivenText row, long id) {
            return row;
        }

        public long put(CaseStore store, GivenText row) {
            store.articles().replaceGivenText(row.articleId(), row.asMetadata());
            return row.articleId();
        }

        public void delete(CaseStore store, GivenText row) {
            store.articles().replaceGivenText(row.articleId(), ArticleMetadata.EMPTY);
        }

        public GivenText current(CaseStore store, GivenText row) {
            if (store.articles().find(row.articleId()).isEmpty()) {
                return null;
            }
            ArticleMetadata m = store.articles().givenMetadata(row.articleId());
            return new GivenText(row.articleId(), m.title(), m.outlet(), m.author(), m.url(), m.language());
        }

        public String label(GivenText row) {
            return "the details of article " + row.articleId();
        }
    }

    final class KindTable implements Table<StatementKind> {
        public int rank() {
            return 1;
        }

        public long id(StatementKind row) {
            return 1; // kinds are keyed by code, never by a generated id
        }

        public StatementKind withId(StatementKind row, long id) {
            return row;
        }

        public long put(CaseStore store, StatementKind row) {
            store.statements().putKind(row);
            return 1;
        }

        public void delete(CaseStore store, StatementKind row) {
            store.statements().deleteKind(row.code());
        }

        public StatementKind current(CaseStore store, StatementKind row) {
            return store.statements().kinds().stream().filter(k -> k.code().equals(row.code())).findFirst().orElse(null);
        }

        public String label(StatementKind row) {
            return "statement kind " + row.code();
        }
    }

    final class EntityTable implements Table<Entity> {
        public int rank() {
            return 2;
        }

        public long id(Entity row) {
            return row.id();
        }

        public Entity withId(Entity e, long id) {
            return e.withId(id);
        }

        public long put(CaseStore store, Entity row) {
            return store.entities().put(row);
        }

        public void delete(CaseStore store, Entity row) {
            store.entities().delete(row.id());
        }

        public Entity current(CaseStore store, Entity row) {
            return store.entities().find(row.id()).orElse(null);
        }

        public String label(Entity row) {
            return "entity " + row.id();
        }
    }

    final class MentionTable implements Table<Mention> {
        public int rank() {
            return 3;
        }

        public long id(Mention row) {
            return row.id();
        }

        public Mention withId(Mention m, long id) {
            return m.withId(id);
        }

        public long put(CaseStore store, Mention row) {
            return store.entities().putMention(row);
        }

        public void delete(CaseStore store, Mention row) {
            store.entities().deleteMention(row.id());
        }

        public Mention current(CaseStore store, Mention row) {
            return store.entities().findMention(row.id()).orElse(null);
        }

        public String label(Mention row) {
            return "mention " + row.id();
        }
    }

    final class StatementTable implements Table<Statement> {
        public int rank() {
            return 4;
        }

        public long id(Statement row) {
            return row.id();
        }

        public Statement withId(Statement s, long id) {
            return s.withId(id);
        }

        public long put(CaseStore store, Statement row) {
            return store.statements().put(row);
        }

        public void delete(CaseStore store, Statement row) {
            store.statements().delete(row.id());
        }

        public Statement current(CaseStore store, Statement row) {
            return store.statements().find(row.id()).orElse(null);
        }

        public String label(Statement row) {
            return "statement " + row.id();
        }
    }

    final class EventTable implements Table<Event> {
        public int rank() {
            return 5;
        }

        public long id(Event row) {
            return row.id();
        }

        public Event withId(Event e, long id) {
            return e.withId(id);
        }

        public long put(CaseStore store, Event row) {
            return store.events().put(row);
        }

        public void delete(CaseStore store, Event row) {
            store.events().delete(row.id());
        }

        public Event current(CaseStore store, Event row) {
            return store.events().find(row.id()).orElse(null);
        }

        public String label(Event row) {
            return "event " + row.id();
        }
    }

    /** An event's links, written as a whole; "deleting" them leaves the event without links. */
    final class EventLinksTable implements Table<EventLinks> {
        public int rank() {
            return 7;
        }

        public long id(EventLinks row) {
            return row.eventId();
        }

        public EventLinks withId(EventLinks row, long id) {
            return new EventLinks(id, row.entityIds(), row.statementIds());
        }

        public long put(CaseStore store, EventLinks row) {
            store.events().putLinks(row);
            return row.eventId();
        }

        public void delete(CaseStore store, EventLinks row) {
            store.events().putLinks(EventLinks.none(row.eventId()));
        }

        /** No links is no row, so creating the first links or removing the last is a create or a delete. */
        public EventLinks current(CaseStore store, EventLinks row) {
            EventLinks links = store.events().links(row.eventId());
            return links.isEmpty() ? null : links;
        }

        public String label(EventLinks row) {
            return "the links of event " + row.eventId();
        }
    }

    final class NoteTable implements Table<Note> {
        public int rank() {
            return 6;
        }

        public long id(Note row) {
            return row.id();
        }

        public Note withId(Note n, long id) {
            return new Note(id, n.target(), n.targetId(), n.text(), n.created());
        }

        public long put(CaseStore store, Note row) {
            return store.notes().put(row);
        }

        public void delete(CaseStore store, Note row) {
            store.notes().delete(row.id());
        }

        public Note current(CaseStore store, Note row) {
            return store.notes().find(row.id()).orElse(null);
        }

        public String label(Note row) {
            return "note " + row.id();
        }
    }
}
