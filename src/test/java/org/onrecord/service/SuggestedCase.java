package org.onrecord.service;

import org.onrecord.app.AppServices;
import org.onrecord.model.AnchorState;
import org.onrecord.model.Article;
import org.onrecord.model.DateValue;
import org.onrecord.model.Entity;
import org.onrecord.model.EntityType;
import org.onrecord.model.Event;
import org.onrecord.model.Origin;
import org.onrecord.model.ReviewState;
import org.onrecord.model.Statement;
import org.onrecord.model.TextSpan;
import org.onrecord.progress.Progress;
import org.onrecord.store.CaseStore;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * A real case file with two invented articles and suggestions of every kind stored as the analysis
 * stores them (origin and state "suggested", with evidence), written straight to the case instead
 * of running the language models, so review tests stay fast.
 * In reading order: harbour article — Maria Lund, Tomas Berg, Elling, 3 March, Lund, Elling Harbour
 * Authority, the statement, Berg; vote article — Elling Harbour Authority, last week, Maria Lund.
 */
public final class SuggestedCase {
    public static final String HARBOUR = "Harbour talks resume\n\nMaria Lund met Tomas Berg in Elling on 3 March. "
            + "Lund said the Elling Harbour Authority would \"keep the talks open\". Berg declined to comment.\n";
    public static final String VOTE = "Council vote delayed\n\nThe Elling Harbour Authority delayed the vote last week. "
            + "Maria Lund called it a mistake.\n";
    /** How many suggestions the case starts with. */
    public static final int SUGGESTIONS = 11;

    public final long harbour;
    public final long vote;
    public final long lund;
    public final long berg;
    public final long authority;
    public final long elling;

    private SuggestedCase(CaseStore store) {
        List<Article> articles = store.articles().all();
        harbour = articles.stream().filter(a -> a.body().contains("Tomas Berg")).findFirst().orElseThrow().id();
        vote = articles.stream().filter(a -> a.body().contains("delayed the vote")).findFirst().orElseThrow().id();
        lund = entity(store, "Maria Lund", EntityType.PERSON, "Lund");
        berg = entity(store, "Tomas Berg", EntityType.PERSON, "Berg");
        authority = entity(store, "Elling Harbour Authority", EntityType.ORGANIZATION);
        elling = entity(store, "Elling", EntityType.LOCATION);
        mention(store, lund, harbour, "Maria Lund", 1, "NER: PERSON");
        mention(store, berg, harbour, "Tomas Berg", 1, "NER: PERSON");
        mention(store, elling, harbour, "Elling", 1, "NER: LOCATION");
        event(store, harbour, "3 March", DateValue.day(LocalDate.of(2015, 3, 3)),
                "date: month-day without a year: took 2015, the next one from the publication date on");
        mention(store, lund, harbour, "Lund", 2, "NER: PERSON; same surname as Maria Lund");
        mention(store, authority, harbour, "Elling Harbour Authority", 1, "NER: ORGANIZATION");
        statement(store, harbour, "keep the talks open", "Lund", lund, "cue: said");
        mention(store, berg, harbour, "Berg", 2, "NER: PERSON, surname; same surname as Tomas Berg");
        mention(store, authority, vote, "Elling Harbour Authority", 1, "NER: ORGANIZATION");
        event(store, vote, "last week", DateValues.parse("2015-W10", null, null), "date: the previous week (2015-W10)");
        mention(store, lund, vote, "Maria Lund", 1, "NER: PERSON");
    }

    /** A new case in {@code dir} with the two articles imported and the suggestions stored; the caller closes it. */
    public static Opened create(AppServices services, Path dir) throws Exception {
        OpenCase open = services.cases().createCase(dir.resolve("suggested.onrecord"));
        Path harbourFile = Files.writeString(dir.resolve("harbour.txt"), HARBOUR);
        Path voteFile = Files.writeString(dir.resolve("vote.txt"), VOTE);
        open.importPaths(List.of(harbourFile, voteFile), Progress.NONE);
        return new Opened(open, new SuggestedCase(open.store()));
    }

    /** The case file written and closed, for a window to open. */
    public static Path file(AppServices services, Path dir) throws Exception {
        Opened opened = create(services, dir);
        Path file = opened.open().path();
        opened.open().close();
        return file;
    }

    public record Opened(OpenCase open, SuggestedCase ids) {
    }

    private static long entity(CaseStore store, String name, EntityType type, String... aliases) {
        List<String> names = new java.util.ArrayList<>(List.of(name));
        names.addAll(List.of(aliases));
        long id = store.entities().put(new Entity(0, name, type, names, Origin.SUGGESTED, ReviewState.SUGGESTED));
        store.entities().setEvidence(id, name + ": NER: " + type);
        return id;
    }

    private static TextSpan span(CaseStore store, long article, String words, int occurrence) {
        return SpanLocator.find(store.articles().find(article).orElseThrow().body(), words, occurrence);
    }

    private static void mention(CaseStore store, long entity, long article, String words, int occurrence, String evidence) {
        long id = store.entities().addMention(entity, article, span(store, article, words, occurrence), Origin.SUGGESTED,
                ReviewState.SUGGESTED);
        store.entities().setMentionEvidence(id, evidence);
    }

    private static void event(CaseStore store, long article, String words, DateValue date, String evidence) {
        long id = store.events().add(new Event(0, article, span(store, article, words, 1), date, null, false, Origin.SUGGESTED,
                ReviewState.SUGGESTED, AnchorState.ANCHORED));
        store.events().setEvidence(id, evidence);
    }

    private static void statement(CaseStore store, long article, String words, String speaker, long speakerEntity, String evidence) {
        long id = store.statements().add(new Statement(0, article, span(store, article, words, 1), speaker, speakerEntity, null, null,
                null, "claim", true, null, Origin.SUGGESTED, ReviewState.SUGGESTED, AnchorState.ANCHORED));
        // as the analysis stores a statement it proposes: how sure the rules were, and why
        store.statements().setSuggestion(id, 0.8, 0.8, evidence);
    }
}
