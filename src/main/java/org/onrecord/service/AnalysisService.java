package org.onrecord.service;

import org.onrecord.analysis.AliasGrouper;
import org.onrecord.analysis.Names;
import org.onrecord.progress.Progress;
import org.onrecord.model.AnchorState;
import org.onrecord.model.Article;
import org.onrecord.model.DatePrecision;
import org.onrecord.model.Entity;
import org.onrecord.model.EntityType;
import org.onrecord.model.Event;
import org.onrecord.model.EventLinks;
import org.onrecord.model.Mention;
import org.onrecord.model.Origin;
import org.onrecord.model.ReviewState;
import org.onrecord.store.CaseStore;
import org.onrecord.suggest.AliasLink;
import org.onrecord.suggest.DateSuggester;
import org.onrecord.suggest.EntitySuggester;
import org.onrecord.suggest.DatedSentence;
import org.onrecord.suggest.EntitySuggestion;
import org.onrecord.suggest.EventDescriptions;
import org.onrecord.suggest.HyphenatedNames;
import org.onrecord.suggest.SentenceParse;
import org.onrecord.suggest.Token;
import org.onrecord.suggest.NlpEngine;
import org.onrecord.suggest.NlpPipeline;
import org.onrecord.suggest.StatementSuggester;
import org.onrecord.suggest.StatementSuggestion;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Automatic suggestions over a case, one mechanism for every kind: a suggestion is stored as
 * origin=suggested, state=suggested with its evidence; a new run replaces only the suggestions
 * nobody has reviewed yet and never proposes words a researcher's or a reviewed item already
 * covers. Articles are analysed one after another, newest import first, each in one transaction,
 * so a cancel keeps every article done.
 */
public final class AnalysisService {
    public enum Kind {
        ENTITIES, DATES, STATEMENTS;

        public static Kind fromCode(String code) {
            return valueOf(code.strip().toUpperCase(Locale.ROOT));
        }
    }

    private final DateSuggester dates = new DateSuggester();
    private final EntitySuggester entities = new EntitySuggester();
    private final AliasGrouper grouper = new AliasGrouper();
    private final EventDescriptions descriptions = new EventDescriptions();
    private final StatementSuggester statementRules = new StatementSuggester();
    /** CPU time of the analysing thread: on a shared machine the honest measure of the work done. */
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();
    private final NlpEngine engine;

    public AnalysisService(NlpEngine engine) {
        this.engine = engine;
    }

    /**
     * What one article got: suggestions removed (unreviewed ones of an earlier run), dates and entity
     * mentions suggested, tokens analysed, and a problem (null when none) such as running out of memory.
     */
    public record ArticleAnalysis(long articleId, String title, int removed, int dates, int mentions, int tokens, String problem,
                                  long nanos, long cpuNanos, int statements) {
        public int suggested() {
            return dates + mentions + statements;
        }
    }

    /** Every kind of suggestion. */
    public List<ArticleAnalysis> analyze(CaseStore store, List<Long> articleIds, Progress progress) {
        return analyze(store, articleIds, EnumSet.allOf(Kind.class), progress);
    }

    /** The case setting that switches the suggestions after an import on ("true", the default) or off. */
    public static final String SUGGEST_AFTER_IMPORT = "suggest.after-import";

    public boolean suggestsAfterImport(CaseStore store) {
        return !"false".equals(store.setting(SUGGEST_AFTER_IMPORT).orElse("true"));
    }

    public void setSuggestsAfterImport(CaseStore store, boolean on) {
        store.putSetting(SUGGEST_AFTER_IMPORT, Boolean.toString(on));
    }

    /** The window's hook: every kind of suggestion for the articles just imported, unless the case switched it off. */
    public List<ArticleAnalysis> analyzeImported(CaseStore store, List<Long> imported, Progress progress) {
        if (imported.isEmpty() || !suggestsAfterImport(store)) {
            return List.of();
        }
        return analyze(store, imported, progress);
    }

    /** How long loading the language models took in this process (-1 if they are not loaded). */
    public long modelLoadMillis() {
        return engine.loadMillis();
    }

    /** Starts loading the language models in the background (the window calls this early). */
    public void prepare() {
        engine.start();
    }

    public List<ArticleAnalysis> analyze(CaseStore store, List<Long> articleIds, Set<Kind> kinds, Progress progress) {
        List<Article> articles = store.articles().all().stream()
                .filter(a -> articleIds.isEmpty() || articleIds.contains(a.id()))
                .sorted(Comparator.comparing(Article::importedAt).thenComparingLong(Article::id).reversed()).toList();
        NlpPipeline pipeline = null;
        if (!kinds.isEmpty() && !articles.isEmpty()) {
            try {
                pipeline = engine.await((step, name) -> progress.update(step, NlpPipeline.steps(), name));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return List.of();
            }
        }
        List<ArticleAnalysis> results = new ArrayList<>();
        Rate rate = new Rate(articles.stream().mapToLong(a -> a.body().length()).sum());
        int done = 0;
        for (Article article : articles) {
            if (progress.isCancelled()) {
                break;
            }
            NlpPipeline p = pipeline;
            long began = System.nanoTime();
            long cpu = CPU.getCurrentThreadCpuTime();
            ArticleAnalysis found = store.transaction(() -> analyzeArticle(store, article, kinds, p));
            long nanos = System.nanoTime() - began;
            ArticleAnalysis result = new ArticleAnalysis(found.articleId(), found.title(), found.removed(), found.dates(),
                    found.mentions(), found.tokens(), found.problem(), nanos, CPU.getCurrentThreadCpuTime() - cpu, found.statements());
            results.add(result);
            rate.add(article.body().length(), result.tokens(), nanos);
            progress.update(++done, articles.size(), rate.describe(done, articles.size()) + " · " + article.displayTitle());
        }
        if (kinds.contains(Kind.ENTITIES)) {
            store.inTransaction(() -> removeEntitiesLeftWithoutMentions(store));
        }
        return results;
    }

    private ArticleAnalysis analyzeArticle(CaseStore store, Article article, Set<Kind> kinds, NlpPipeline pipeline) {
        int removed = 0;
        int dated = 0;
        int mentioned = 0;
        int tokens = 0;
        String problem = null;
        List<Event> keptEvents = List.of();
        if (kinds.contains(Kind.DATES)) {
            List<Event> existing = store.events().in(article.id());
            removed += removeUnreviewed(existing, Event::origin, Event::state, e -> store.events().delete(e.id()));
            keptEvents = existing.stream().filter(e -> !isUnreviewed(e.origin(), e.state())).toList();
        }
        List<List<Token>> sentences = List.of();
        List<Token> words = null;
        try {
            // one run of the models per article: its sentences serve the entities, the statements and the events' descriptions
            sentences = pipeline == null ? List.of() : pipeline.sentences(HyphenatedNames.open(article.body()));
            words = sentences.stream().flatMap(List::stream).toList();
            tokens = words.size();
            if (kinds.contains(Kind.ENTITIES)) {
                List<Mention> existing = store.entities().mentionsIn(article.id());
                removed += removeUnreviewed(existing, Mention::origin, Mention::state, m -> store.entities().deleteMention(m.id()));
                List<Mention> kept = existing.stream().filter(m -> !isUnreviewed(m.origin(), m.state())).toList();
                EntitySuggester.Result found = entities.suggest(article.body(), words);
                List<EntitySuggestion> fresh = found.mentions().stream()
                        .filter(s -> kept.stream().noneMatch(m -> m.span().overlaps(s.span().start(), s.span().end()))).toList();
                mentioned = storeEntities(store, article.id(), fresh, found.links());
            }
        } catch (OutOfMemoryError e) {
            sentences = List.of();
            words = null;
            problem = "too long to analyse with the memory this program was given (" + article.body().length()
                    + " characters); start it with more, e.g. ONRECORD_JAVA_OPTS=-Xmx3g";
        }
        // one parse per sentence for the events' descriptions and the statements (the parse costs as much as the rest)
        Map<Long, SentenceParse> parses = new HashMap<>();
        Function<List<Token>, SentenceParse> parsed = read -> parses.computeIfAbsent(
                ((long) read.getFirst().start() << 32) | read.getLast().end(), k -> pipeline.parse(read));
        if (kinds.contains(Kind.DATES)) {
            dated = suggestEvents(store, article, keptEvents, sentences, parsed);
        }
        int said = 0;
        if (kinds.contains(Kind.STATEMENTS) && words != null && pipeline != null) {
            StatementSuggestions.Stored stored = StatementSuggestions.store(store, article, statementRules.suggest(article.body(), words, parsed), dates);
            removed += stored.removed();
            said = stored.added();
        }
        return new ArticleAnalysis(article.id(), article.displayTitle(), removed, dated, mentioned, tokens, problem, 0, 0, said);
    }

    /**
     * Every dated expression not yet covered becomes a suggested event, described from its sentence
     * and linked to the entities its sentence mentions (when the sentences are known).
     */
    private int suggestEvents(CaseStore store, Article article, List<Event> kept, List<List<Token>> sentences,
                              Function<List<Token>, SentenceParse> parsed) {
        var published = article.metadata().published();
        var anchor = published == null || published.precision() != DatePrecision.DAY ? null : published.date();
        List<Mention> mentions = sentences.isEmpty() ? List.of() : liveMentions(store, article.id());
        int dated = 0;
        for (DateSuggester.Suggestion s : dates.suggest(article.body(), anchor)) {
            if (kept.stream().anyMatch(e -> e.span().overlaps(s.span().start(), s.span().end()))) {
                continue;
            }
            List<String> evidence = new ArrayList<>(List.of("date: " + s.explanation()));
            String description = null;
            Set<Long> linked = new LinkedHashSet<>();
            List<Token> sentence = sentenceAt(sentences, s.span().start());
            if (sentence != null) {
                List<Token> read = DatedSentence.around(article.body(), sentence, s.span().start(), s.span().end());
                SentenceParse parse = parsed.apply(read);
                var described = descriptions.describe(parse, s.span().start(), s.span().end());
                if (described.isPresent()) {
                    description = described.get().text();
                    evidence.add("description: " + described.get().rule());
                }
                List<String> names = new ArrayList<>();
                for (Mention m : mentions) {
                    if (m.span().start() >= parse.start() && m.span().end() <= parse.end() && linked.add(m.entityId())) {
                        names.add(m.span().text());
                    }
                }
                if (!names.isEmpty()) {
                    evidence.add("entities: named in its sentence (" + String.join(", ", names) + ")");
                }
            }
            long id = store.events().add(new Event(0, article.id(), s.span(), s.date(), description, false, Origin.SUGGESTED,
                    ReviewState.SUGGESTED, AnchorState.ANCHORED));
            store.events().setEvidence(id, String.join("\n", evidence));
            if (!linked.isEmpty()) {
                store.events().putLinks(new EventLinks(id, linked, Set.of()));
            }
            dated++;
        }
        return dated;
    }

    /** The article's mentions an event may link to: not rejected, of entities not rejected. */
    private static List<Mention> liveMentions(CaseStore store, long articleId) {
        List<Mention> mentions = store.entities().mentionsIn(articleId);
        Set<Long> rejected = new HashSet<>();
        mentions.stream().map(Mention::entityId).distinct()
                .filter(id -> store.entities().find(id).map(e -> e.state() == ReviewState.REJECTED).orElse(true))
                .forEach(rejected::add);
        return mentions.stream().filter(m -> m.state() != ReviewState.REJECTED && !rejected.contains(m.entityId())).toList();
    }

    private static List<Token> sentenceAt(List<List<Token>> sentences, int offset) {
        for (List<Token> sentence : sentences) {
            if (!sentence.isEmpty() && sentence.getFirst().start() <= offset && offset < sentence.getLast().end()) {
                return sentence;
            }
        }
        return null;
    }

    /** Groups the article's names with each other and with the case's entities, and stores the mentions. */
    private int storeEntities(CaseStore store, long articleId, List<EntitySuggestion> fresh, List<AliasLink> links) {
        Map<String, List<EntitySuggestion>> byName = new LinkedHashMap<>();
        for (EntitySuggestion s : fresh) {
            byName.computeIfAbsent(Names.key(s.name()) + "\u0000" + s.type(), k -> new ArrayList<>()).add(s);
        }
        List<AliasGrouper.Name> names = new ArrayList<>();
        Map<AliasGrouper.Name, List<EntitySuggestion>> suggestionsOf = new LinkedHashMap<>();
        for (List<EntitySuggestion> same : byName.values()) {
            AliasGrouper.Name name = new AliasGrouper.Name(same.getFirst().name(), same.getFirst().type(), same.size(), 0);
            names.add(name);
            suggestionsOf.put(name, same);
        }
        Map<Long, Entity> caseEntities = new LinkedHashMap<>();
        for (Entity e : store.entities().all()) {
            caseEntities.put(e.id(), e);
            Set<String> all = new LinkedHashSet<>(e.aliases());
            all.add(e.name());
            all.forEach(alias -> names.add(new AliasGrouper.Name(alias, e.type(), 0, e.id())));
        }
        List<AliasGrouper.Link> textLinks = links.stream()
                .map(l -> new AliasGrouper.Link(l.shortName(), l.longName(), l.evidence())).toList();
        int stored = 0;
        for (AliasGrouper.Group group : grouper.group(names, textLinks, store.entities().refusedNames())) {
            List<AliasGrouper.Name> articleNames = group.names().stream().filter(n -> n.entityId() == 0).toList();
            Entity existing = group.entityId() == 0 ? null : caseEntities.get(group.entityId());
            if (existing != null && existing.state() == ReviewState.REJECTED) {
                continue; // the researcher said no to this entity
            }
            List<String> evidence = new ArrayList<>();
            for (AliasGrouper.Name n : articleNames) {
                String why = group.evidence().get(n.text());
                evidence.add(n.text() + ": " + suggestionsOf.get(n).getFirst().evidence() + (why == null ? "" : "; " + why));
            }
            List<String> extra = namesOnlyLinked(group, links, byName.keySet());
            extra.forEach(x -> evidence.add(x + ": " + links.stream().filter(l -> l.shortName().equals(x) || l.longName().equals(x))
                    .findFirst().map(AliasLink::evidence).orElse("named so in the text")));
            long entityId;
            if (existing == null) {
                List<String> aliases = new ArrayList<>(articleNames.stream().map(AliasGrouper.Name::text).distinct().toList());
                aliases.addAll(extra);
                String name = group.bestName();
                List<String> ordered = new ArrayList<>(List.of(name));
                aliases.stream().filter(a -> !a.equals(name)).forEach(ordered::add);
                entityId = store.entities().put(new Entity(0, name, group.type(), ordered, Origin.SUGGESTED, ReviewState.SUGGESTED));
                store.entities().setEvidence(entityId, String.join("\n", evidence));
            } else {
                entityId = existing.id();
                if (isUnreviewed(existing.origin(), existing.state())) {
                    extendSuggestedEntity(store, existing, group, articleNames, extra, evidence);
                }
            }
            for (AliasGrouper.Name n : articleNames) {
                for (EntitySuggestion s : suggestionsOf.get(n)) {
                    long id = store.entities().addMention(entityId, articleId, s.span(), Origin.SUGGESTED, ReviewState.SUGGESTED);
                    String why = group.evidence().get(n.text());
                    store.entities().setMentionEvidence(id, s.evidence() + (why == null ? "" : "; " + why));
                    stored++;
                }
            }
        }
        return stored;
    }

    /** A suggested entity nobody reviewed takes the new names as aliases (and a fuller name when one comes). */
    private static void extendSuggestedEntity(CaseStore store, Entity entity, AliasGrouper.Group group,
                                              List<AliasGrouper.Name> articleNames, List<String> extra, List<String> evidence) {
        Set<String> aliases = new LinkedHashSet<>(entity.aliases());
        Set<String> keys = new HashSet<>();
        aliases.forEach(a -> keys.add(Names.key(a)));
        List<String> added = new ArrayList<>();
        List<String> candidates = new ArrayList<>(articleNames.stream().map(AliasGrouper.Name::text).toList());
        candidates.addAll(extra);
        for (String n : candidates) {
            if (keys.add(Names.key(n))) {
                aliases.add(n);
                added.add(n);
            }
        }
        String name = entity.name();
        if (entity.type() == EntityType.PERSON) {
            String best = group.bestName();
            if (Names.words(best).size() > Names.words(name).size()) {
                name = best;
            }
        }
        if (added.isEmpty() && name.equals(entity.name())) {
            return;
        }
        String first = name;
        List<String> ordered = new ArrayList<>(List.of(first));
        aliases.stream().filter(a -> !a.equals(first)).forEach(ordered::add);
        store.entities().put(new Entity(entity.id(), name, entity.type(), ordered, entity.origin(), entity.state()));
        String before = store.entities().evidence(entity.id()).orElse("");
        List<String> lines = evidence.stream().filter(l -> added.stream().anyMatch(l::startsWith)).toList();
        if (!lines.isEmpty()) {
            store.entities().setEvidence(entity.id(), (before.isEmpty() ? "" : before + "\n") + String.join("\n", lines));
        }
    }

    /** Names the text links to one of the group's names but never uses on their own ("Excel" in "Microsoft Excel files"). */
    private static List<String> namesOnlyLinked(AliasGrouper.Group group, List<AliasLink> links, Set<String> articleKeys) {
        Set<String> groupKeys = new HashSet<>();
        group.names().forEach(n -> groupKeys.add(Names.key(n.text())));
        Set<String> used = new HashSet<>();
        articleKeys.forEach(k -> used.add(k.substring(0, k.indexOf('\u0000'))));
        List<String> extra = new ArrayList<>();
        for (AliasLink l : links) {
            if (groupKeys.contains(Names.key(l.longName())) && !used.contains(Names.key(l.shortName()))) {
                extra.add(l.shortName());
            } else if (groupKeys.contains(Names.key(l.shortName())) && !used.contains(Names.key(l.longName()))) {
                extra.add(l.longName());
            }
        }
        return extra.stream().distinct().toList();
    }

    private static void removeEntitiesLeftWithoutMentions(CaseStore store) {
        Set<Long> mentioned = new HashSet<>();
        store.entities().mentions().forEach(m -> mentioned.add(m.entityId()));
        for (Entity e : store.entities().all()) {
            if (isUnreviewed(e.origin(), e.state()) && !mentioned.contains(e.id())) {
                store.entities().delete(e.id());
            }
        }
    }

    private static <T> int removeUnreviewed(List<T> rows, Function<T, Origin> origin,
                                            Function<T, ReviewState> state, Consumer<T> delete) {
        int removed = 0;
        for (T row : rows) {
            if (isUnreviewed(origin.apply(row), state.apply(row))) {
                delete.accept(row);
                removed++;
            }
        }
        return removed;
    }

    /** A suggestion nobody has accepted or rejected yet: the only kind of row a new run may replace. */
    static boolean isUnreviewed(Origin origin, ReviewState state) {
        return SuggestionQueue.unreviewed(origin, state);
    }

    /** Articles done, tokens per second and time left, for the progress line. */
    private static final class Rate {
        private final long totalChars;
        private long chars;
        private long tokens;
        private long nanos;

        Rate(long totalChars) {
            this.totalChars = totalChars;
        }

        void add(long c, long t, long n) {
            chars += c;
            tokens += t;
            nanos += n;
        }

        String describe(int done, int total) {
            StringBuilder s = new StringBuilder("articles " + done + "/" + total);
            if (tokens > 0 && nanos > 0) {
                s.append(String.format(Locale.ROOT, " · %,d tokens/s", Math.round(tokens / (nanos / 1e9))));
            }
            if (chars > 0 && done < total) {
                long left = Math.round((totalChars - chars) * (nanos / 1e9) / chars);
                s.append(String.format(Locale.ROOT, " · %d:%02d left", left / 60, left % 60));
            }
            return s.toString();
        }
    }
}
