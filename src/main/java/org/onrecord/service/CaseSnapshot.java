package org.onrecord.service;

import org.onrecord.model.ArticleSummary;
import org.onrecord.model.Entity;
import org.onrecord.model.Event;
import org.onrecord.model.EventLinks;
import org.onrecord.model.Mention;
import org.onrecord.model.Statement;
import org.onrecord.model.StatementConfidence;
import org.onrecord.model.StatementKind;
import org.onrecord.service.rows.IdIndex;
import org.onrecord.service.rows.RowTree;

import java.time.LocalDate;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Everything the panes show of a case except article bodies (loaded one at a time): an immutable
 * snapshot read in the background, indexed by id, by article, by speaker, by day said and by
 * event link for the focus logic. The rows are held in persistent trees ({@link RowTree}): an
 * edit's snapshot ({@link #with}) shares every row and index node the edit did not touch, so
 * applying one statement costs a few dozen nodes, not a copy of 50,000 rows, and the snapshot a
 * reader holds never changes under it.
 *
 * <p>Two snapshots are equal only when they are the same object: comparing every row would cost
 * as much as reading them, and a new snapshot always means "the case was read or changed".
 */
public final class CaseSnapshot {
    /** The order the case is read in: by article, then by where in it, then by id. */
    private static final Comparator<Statement> STATEMENT_ORDER = Comparator.comparingLong(Statement::articleId)
            .thenComparingInt((Statement s) -> s.span().start()).thenComparingLong(Statement::id);
    private static final Comparator<Statement> BY_SPEAKER = Comparator.comparingLong(Statement::speakerEntityId)
            .thenComparing(STATEMENT_ORDER);
    private static final Comparator<Statement> BY_DAY_SAID = Comparator.comparing(Statement::dateSaid)
            .thenComparingLong(Statement::id);
    private static final Comparator<Mention> MENTION_ORDER = Comparator.comparingLong(Mention::articleId)
            .thenComparingInt((Mention m) -> m.span().start()).thenComparingLong(Mention::id);
    private static final Comparator<Mention> BY_ENTITY = Comparator.comparingLong(Mention::entityId).thenComparing(MENTION_ORDER);
    private static final Comparator<Event> EVENT_ORDER = Comparator.comparingLong(Event::articleId)
            .thenComparingInt((Event e) -> e.span().start()).thenComparingLong(Event::id);

    /** One link of an event to an entity or a statement, filed under the entity or statement. */
    private record Link(boolean entity, long target, long event) {
        static final Comparator<Link> ORDER = Comparator.comparing(Link::entity).thenComparingLong(Link::target)
                .thenComparingLong(Link::event);
    }

    public static final CaseSnapshot EMPTY = of(List.of(), List.of(), List.of(), List.of(), List.of(), List.of());

    private final IdIndex<ArticleSummary> articles;
    private final IdIndex<Entity> entities;
    private final IdIndex<Mention> mentionById;
    private final RowTree<Mention> mentions;
    private final RowTree<Mention> mentionsByEntity;
    private final IdIndex<Statement> statementById;
    private final RowTree<Statement> statements;
    private final RowTree<Statement> statementsBySpeaker;
    private final RowTree<Statement> statementsByDaySaid;
    private final IdIndex<Event> eventById;
    private final RowTree<Event> events;
    private final List<StatementKind> kinds;
    private final IdIndex<EventLinks> links;
    private final RowTree<Link> linkTargets;
    private final RowTree<Long> assumedSaidOn;
    private final IdIndex<StatementConfidence> confidences;
    /** Rows handed out by this snapshot's lists and look-ups, so a test can count what a caller reads. */
    private final LongAdder rowsRead = new LongAdder();

    private CaseSnapshot(IdIndex<ArticleSummary> articles, IdIndex<Entity> entities, IdIndex<Mention> mentionById,
                         RowTree<Mention> mentions, RowTree<Mention> mentionsByEntity, IdIndex<Statement> statementById,
                         RowTree<Statement> statements, RowTree<Statement> statementsBySpeaker,
                         RowTree<Statement> statementsByDaySaid, IdIndex<Event> eventById, RowTree<Event> events,
                         List<StatementKind> kinds, IdIndex<EventLinks> links, RowTree<Link> linkTargets,
                         RowTree<Long> assumedSaidOn, IdIndex<StatementConfidence> confidences) {
        this.articles = articles;
        this.entities = entities;
        this.mentionById = mentionById;
        this.mentions = mentions;
        this.mentionsByEntity = mentionsByEntity;
        this.statementById = statementById;
        this.statements = statements;
        this.statementsBySpeaker = statementsBySpeaker;
        this.statementsByDaySaid = statementsByDaySaid;
        this.eventById = eventById;
        this.events = events;
        this.kinds = kinds;
        this.links = links;
        this.linkTargets = linkTargets;
        this.assumedSaidOn = assumedSaidOn;
        this.confidences = confidences;
    }

    public static CaseSnapshot of(List<ArticleSummary> articles, List<Entity> entities, List<Mention> mentions,
                                  List<Statement> statements, List<Event> events, List<StatementKind> kinds) {
        return of(articles, entities, mentions, statements, events, kinds, Map.of());
    }

    public static CaseSnapshot of(List<ArticleSummary> articles, List<Entity> entities, List<Mention> mentions,
                                  List<Statement> statements, List<Event> events, List<StatementKind> kinds,
                                  Map<Long, EventLinks> eventLinks) {
        List<Link> targets = new ArrayList<>();
        eventLinks.values().forEach(l -> addTargets(l, targets));
        // Each index is built in one pass from rows already in order: the case order as read, then
        // the other orders by one number each (speaker, day, entity), keeping the case order within.
        RowTree<Mention> mentionTree = RowTree.of(MENTION_ORDER, mentions);
        List<Mention> mentionsInOrder = inOrder(mentionTree, m -> true);
        RowTree<Statement> statementTree = RowTree.of(STATEMENT_ORDER, statements);
        IdIndex<Statement> statementById = IdIndex.of(Statement::id, inOrder(statementTree, s -> true));
        return new CaseSnapshot(IdIndex.of(ArticleSummary::id, articles), IdIndex.of(Entity::id, entities),
                IdIndex.of(Mention::id, mentionsInOrder), mentionTree,
                RowTree.ofKeyed(BY_ENTITY, Mention::entityId, mentionsInOrder, false),
                statementById, statementTree,
                RowTree.ofKeyed(BY_SPEAKER, Statement::speakerEntityId, inOrder(statementTree, s -> s.speakerEntityId() != null), false),
                RowTree.ofKeyed(BY_DAY_SAID, s -> s.dateSaid().toEpochDay(),
                        inOrder(statementById.rows(), s -> s.dateSaid() != null), false),
                IdIndex.of(Event::id, events), RowTree.of(EVENT_ORDER, events), List.copyOf(kinds),
                IdIndex.of(EventLinks::eventId, eventLinks.values().stream().filter(l -> !l.isEmpty()).toList()),
                RowTree.of(Link.ORDER, targets), RowTree.empty(Comparator.naturalOrder()),
                IdIndex.of(StatementConfidence::statementId, List.of()));
    }

    /** The rows of {@code tree} that {@code keep} accepts, in the tree's order (one walk). */
    private static <T> List<T> inOrder(RowTree<T> tree, Predicate<? super T> keep) {
        List<T> rows = new ArrayList<>(tree.size());
        for (T row : tree) {
            if (keep.test(row)) {
                rows.add(row);
            }
        }
        return rows;
    }

    private static void addTargets(EventLinks l, Collection<Link> into) {
        l.entityIds().forEach(id -> into.add(new Link(true, id, l.eventId())));
        l.statementIds().forEach(id -> into.add(new Link(false, id, l.eventId())));
    }

    /** The same snapshot knowing which statements' "said on" day is only assumed (SaidOn: needs the bodies, read by CaseReader). */
    public CaseSnapshot withAssumedSaidOn(Set<Long> statementIds) {
        return new CaseSnapshot(articles, entities, mentionById, mentions, mentionsByEntity, statementById, statements,
                statementsBySpeaker, statementsByDaySaid, eventById, events, kinds, links, linkTargets,
                RowTree.ofKeyed(Comparator.<Long>naturalOrder(), id -> id, new ArrayList<>(statementIds), true), confidences);
    }

    /**
     * This snapshot with {@code statementIds} marked as assumed, where the statement is still the
     * row {@code readFrom} held (an edit since has set its own mark): how the marks found after
     * opening reach a snapshot that edits may have changed meanwhile.
     */
    public CaseSnapshot withAssumedSaidOnFrom(CaseSnapshot readFrom, Set<Long> statementIds) {
        RowTree<Long> assumed = assumedSaidOn;
        for (long id : statementIds) {
            Optional<Statement> now = statementById.get(id);
            if (now.isPresent() && readFrom.statementById.get(id).orElse(null) == now.get()) {
                assumed = assumed.plus(id);
            }
        }
        return new CaseSnapshot(articles, entities, mentionById, mentions, mentionsByEntity, statementById, statements,
                statementsBySpeaker, statementsByDaySaid, eventById, events, kinds, links, linkTargets, assumed, confidences);
    }

    /** The same snapshot with how sure the rules were of each suggested statement. */
    public CaseSnapshot withConfidences(List<StatementConfidence> confidences) {
        return new CaseSnapshot(articles, entities, mentionById, mentions, mentionsByEntity, statementById, statements,
                statementsBySpeaker, statementsByDaySaid, eventById, events, kinds, links, linkTargets, assumedSaidOn,
                IdIndex.of(StatementConfidence::statementId, confidences));
    }

    /** Whether the statement's "said on" day is only the publication day, not named by its sentence. */
    public boolean saidOnAssumed(long statementId) {
        return assumedSaidOn.find(id -> Long.compare(id, statementId)).isPresent();
    }

    /**
     * This snapshot with an edit's rows applied. Each changed row is taken out of and put into the
     * trees that hold it; everything else is shared, so the work is the delta's size times log n.
     */
    public CaseSnapshot with(CaseDelta delta) {
        IdIndex<ArticleSummary> newArticles = articles;
        for (var summary : delta.articles().entrySet()) {
            if (newArticles.contains(summary.getKey())) {
                newArticles = newArticles.plus(summary.getValue());
            }
        }
        IdIndex<Entity> newEntities = entities;
        for (long id : delta.removedEntities()) {
            newEntities = newEntities.minus(id);
        }
        for (Entity e : delta.entities().values()) {
            newEntities = newEntities.plus(e);
        }

        IdIndex<Statement> sById = statementById;
        RowTree<Statement> s = statements;
        RowTree<Statement> bySpeaker = statementsBySpeaker;
        RowTree<Statement> bySaid = statementsByDaySaid;
        RowTree<Long> assumed = assumedSaidOn;
        IdIndex<StatementConfidence> sure = confidences;
        for (long id : union(delta.removedStatements(), delta.statements().keySet())) {
            Optional<Statement> old = statementById.get(id);
            if (old.isPresent()) {
                Statement o = old.get();
                s = s.minus(o);
                bySpeaker = o.speakerEntityId() != null ? bySpeaker.minus(o) : bySpeaker;
                bySaid = o.dateSaid() != null ? bySaid.minus(o) : bySaid;
                sById = sById.minus(id);
            }
            assumed = assumed.minus(id);
        }
        for (long id : delta.removedStatements()) {
            // an edit never changes how sure the rules were; a deleted statement takes its confidence along
            sure = sure.minus(id);
        }
        for (Statement n : delta.statements().values()) {
            s = s.plus(n);
            bySpeaker = n.speakerEntityId() != null ? bySpeaker.plus(n) : bySpeaker;
            bySaid = n.dateSaid() != null ? bySaid.plus(n) : bySaid;
            sById = sById.plus(n);
        }
        for (long id : delta.assumedSaidOn()) {
            assumed = assumed.plus(id);
        }

        IdIndex<Mention> mById = mentionById;
        RowTree<Mention> m = mentions;
        RowTree<Mention> byEntity = mentionsByEntity;
        for (long id : union(delta.removedMentions(), delta.mentions().keySet())) {
            Optional<Mention> old = mentionById.get(id);
            if (old.isPresent()) {
                m = m.minus(old.get());
                byEntity = byEntity.minus(old.get());
                mById = mById.minus(id);
            }
        }
        for (Mention n : delta.mentions().values()) {
            m = m.plus(n);
            byEntity = byEntity.plus(n);
            mById = mById.plus(n);
        }

        IdIndex<Event> vById = eventById;
        RowTree<Event> v = events;
        for (long id : union(delta.removedEvents(), delta.events().keySet())) {
            Optional<Event> old = eventById.get(id);
            if (old.isPresent()) {
                v = v.minus(old.get());
                vById = vById.minus(id);
            }
        }
        for (Event n : delta.events().values()) {
            v = v.plus(n);
            vById = vById.plus(n);
        }

        IdIndex<EventLinks> newLinks = links;
        RowTree<Link> targets = linkTargets;
        Map<Long, EventLinks> linkChanges = new LinkedHashMap<>(delta.links());
        delta.removedEvents().forEach(id -> linkChanges.put(id, EventLinks.none(id)));
        for (var change : linkChanges.entrySet()) {
            Optional<EventLinks> old = newLinks.get(change.getKey());
            if (old.isPresent()) {
                List<Link> gone = new ArrayList<>();
                addTargets(old.get(), gone);
                targets = targets.with(gone, List.of());
                newLinks = newLinks.minus(change.getKey());
            }
            if (!change.getValue().isEmpty()) {
                List<Link> added = new ArrayList<>();
                addTargets(change.getValue(), added);
                targets = targets.with(List.of(), added);
                newLinks = newLinks.plus(change.getValue());
            }
        }

        List<StatementKind> newKinds = kinds;
        if (delta.kindsChanged()) {
            List<StatementKind> k = new ArrayList<>();
            for (StatementKind kind : kinds) {
                if (!delta.removedKinds().contains(kind.code())) {
                    k.add(delta.kinds().getOrDefault(kind.code(), kind));
                }
            }
            delta.kinds().values().stream().filter(kind -> k.stream().noneMatch(x -> x.code().equals(kind.code()))).forEach(k::add);
            newKinds = List.copyOf(k);
        }
        return new CaseSnapshot(newArticles, newEntities, mById, m, byEntity, sById, s, bySpeaker, bySaid, vById, v, newKinds,
                newLinks, targets, assumed, sure);
    }

    private static Set<Long> union(Set<Long> a, Set<Long> b) {
        Set<Long> all = new HashSet<>(a);
        all.addAll(b);
        return all;
    }

    /**
     * How many tree nodes this snapshot holds that {@code older} does not: what making it from
     * {@code older} copied (reads both whole, so it is for tests).
     */
    int nodesNotIn(CaseSnapshot older) {
        return articles.nodesNotIn(older.articles) + entities.nodesNotIn(older.entities)
                + mentionById.nodesNotIn(older.mentionById) + mentions.nodesNotIn(older.mentions)
                + mentionsByEntity.nodesNotIn(older.mentionsByEntity) + statementById.nodesNotIn(older.statementById)
                + statements.nodesNotIn(older.statements) + statementsBySpeaker.nodesNotIn(older.statementsBySpeaker)
                + statementsByDaySaid.nodesNotIn(older.statementsByDaySaid) + eventById.nodesNotIn(older.eventById)
                + events.nodesNotIn(older.events) + links.nodesNotIn(older.links) + linkTargets.nodesNotIn(older.linkTargets)
                + assumedSaidOn.nodesNotIn(older.assumedSaidOn) + confidences.nodesNotIn(older.confidences);
    }

    /** How many rows this snapshot has handed out so far (lists walked, look-ups): for tests that count work. */
    public long rowsRead() {
        return rowsRead.sum();
    }

    // ---- the rows, in the order the case is read in

    /** The articles in the order of their ids. */
    public List<ArticleSummary> articles() {
        return counted(articles.rows());
    }

    /** The entities in the order of their ids. */
    public List<Entity> entities() {
        return counted(entities.rows());
    }

    public List<Mention> mentions() {
        return counted(mentions);
    }

    public List<Statement> statements() {
        return counted(statements);
    }

    public List<Event> events() {
        return counted(events);
    }

    public List<StatementKind> kinds() {
        return kinds;
    }

    public Map<Long, ArticleSummary> articleById() {
        return articles.asMap();
    }

    public Map<Long, Entity> entityById() {
        return entities.asMap();
    }

    public Map<Long, Statement> statementById() {
        return statementById.asMap();
    }

    public Map<Long, Event> eventById() {
        return eventById.asMap();
    }

    /** The links of every event that has any. */
    public Map<Long, EventLinks> eventLinks() {
        return links.asMap();
    }

    /** Every entity's mentions (read whole: for tests and exports, not per focus). */
    public Map<Long, List<Mention>> mentionsByEntity() {
        return mentions().stream().collect(Collectors.groupingBy(Mention::entityId));
    }

    /** Every article's mentions (read whole: for tests and exports, not per focus). */
    public Map<Long, List<Mention>> mentionsByArticle() {
        return mentions().stream().collect(Collectors.groupingBy(Mention::articleId));
    }

    // ---- look-ups that read only what they return

    public Optional<ArticleSummary> article(long id) {
        return read(articles.get(id));
    }

    public Optional<Entity> entity(long id) {
        return read(entities.get(id));
    }

    public Optional<Statement> statement(long id) {
        return read(statementById.get(id));
    }

    public Optional<Event> event(long id) {
        return read(eventById.get(id));
    }

    /** The entity's mentions, by article and place. */
    public List<Mention> mentionsOf(long entityId) {
        return read(mentionsByEntity.range(x -> Long.compare(x.entityId(), entityId)));
    }

    /** The article's mentions, by place. */
    public List<Mention> mentionsIn(long articleId) {
        return read(mentions.range(x -> Long.compare(x.articleId(), articleId)));
    }

    /** The article's statements, by place. */
    public List<Statement> statementsIn(long articleId) {
        return read(statements.range(x -> Long.compare(x.articleId(), articleId)));
    }

    /** The article's events, by place. */
    public List<Event> eventsIn(long articleId) {
        return read(events.range(x -> Long.compare(x.articleId(), articleId)));
    }

    /** The statements whose speaker is the entity, by article and place. */
    public List<Statement> statementsBy(long entityId) {
        return read(statementsBySpeaker.range(x -> Long.compare(x.speakerEntityId(), entityId)));
    }

    /** The statements said from {@code from} to {@code to}, both included. */
    public List<Statement> statementsSaidBetween(LocalDate from, LocalDate to) {
        return read(statementsByDaySaid.range(x -> x.dateSaid().isBefore(from) ? -1 : x.dateSaid().isAfter(to) ? 1 : 0));
    }

    /** The ids of the events linked to the entity. */
    public List<Long> eventsLinkedToEntity(long entityId) {
        return linkedTo(true, entityId);
    }

    /** The ids of the events linked to the statement. */
    public List<Long> eventsLinkedToStatement(long statementId) {
        return linkedTo(false, statementId);
    }

    private List<Long> linkedTo(boolean entity, long target) {
        List<Link> found = read(linkTargets.range(l -> l.entity() != entity ? Boolean.compare(l.entity(), entity)
                : Long.compare(l.target(), target)));
        return found.stream().map(Link::event).toList();
    }

    public EventLinks linksOf(long eventId) {
        return read(links.get(eventId)).orElse(EventLinks.none(eventId));
    }

    /** How many statements carry how sure the rules were of them (none in a case made by hand). */
    public int confidenceCount() {
        return confidences.size();
    }

    /** How sure the rules were of a suggested statement; empty for what a researcher made. */
    public Optional<StatementConfidence> confidence(long statementId) {
        return confidences.get(statementId);
    }

    public boolean isEmpty() {
        return articles.size() == 0;
    }

    private <T> Optional<T> read(Optional<T> row) {
        if (row.isPresent()) {
            rowsRead.increment();
        }
        return row;
    }

    private <T> List<T> read(List<T> rows) {
        rowsRead.add(rows.size());
        return rows;
    }

    /** A read-only list over {@code tree} that counts the rows it hands out. */
    private <T> List<T> counted(RowTree<T> tree) {
        return new AbstractList<>() {
            @Override
            public T get(int index) {
                rowsRead.increment();
                return tree.get(index);
            }

            @Override
            public int size() {
                return tree.size();
            }

            @Override
            public Iterator<T> iterator() {
                Iterator<T> rows = tree.iterator();
                return new Iterator<>() {
                    @Override
                    public boolean hasNext() {
                        return rows.hasNext();
                    }

                    @Override
                    public T next() {
                        T row = rows.next();
                        rowsRead.increment();
                        return row;
                    }
                };
            }
        };
    }

    @Override
    public boolean equals(Object other) {
        return this == other;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }

    @Override
    public String toString() {
        return "CaseSnapshot[" + articles.size() + " articles, " + statements.size() + " statements, " + events.size() + " events]";
    }
}
