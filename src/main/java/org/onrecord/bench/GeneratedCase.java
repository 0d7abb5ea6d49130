package org.onrecord.bench;

import org.onrecord.model.AnchorState;
import org.onrecord.model.ArticleMetadata;
import org.onrecord.model.DatePrecision;
import org.onrecord.model.DateValue;
import org.onrecord.model.EntityType;
import org.onrecord.model.Event;
import org.onrecord.model.Origin;
import org.onrecord.model.PublicationDate;
import org.onrecord.model.ReviewState;
import org.onrecord.model.Statement;
import org.onrecord.model.TextSpan;
import org.onrecord.service.ContentHash;
import org.onrecord.store.CaseStore;
import org.onrecord.store.NewArticle;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** A large invented case — articles, entities with mentions, statements, events — for benchmarks. */
final class GeneratedCase {
    private static final int BATCH = 1000;
    private static final String[] KINDS = {"claim", "denial", "accusation", "threat", "no_comment", "other"};

    private GeneratedCase() {
    }

    static void build(CaseStore store, int articles, int statements, int entityCount) {
        SyntheticText text = new SyntheticText(3);
        Random random = new Random(5);
        List<Long> entityIds = new ArrayList<>();
        store.inTransaction(() -> {
            for (int i = 0; i < entityCount; i++) {
                EntityType type = EntityType.values()[i % 4];
                entityIds.add(store.entities().add("Entity " + i, type, List.of("E" + i), Origin.RESEARCHER, ReviewState.ACCEPTED));
            }
        });
        int perArticle = Math.max(1, statements / articles);
        // One transaction per thousand articles: a commit per row made the 100k case take hours (a sync each).
        for (int from = 0; from < articles; from += BATCH) {
            int first = from;
            store.inTransaction(() -> {
                for (int a = first; a < Math.min(articles, first + BATCH); a++) {
                    addArticle(store, a, perArticle, text, random, entityIds);
                }
            });
        }
    }

    private static void addArticle(CaseStore store, int a, int perArticle, SyntheticText text, Random random, List<Long> entityIds) {
        LocalDate start = LocalDate.of(2014, 1, 1);
        StringBuilder body = new StringBuilder(text.headline()).append("\n\n");
        List<int[]> sentences = new ArrayList<>();
        for (int p = 0; p < perArticle + 2; p++) {
            int s = body.length();
            body.append(text.sentence());
            sentences.add(new int[] {s, body.length()});
            body.append("\n\n");
        }
        String b = body.toString();
        byte[] bytes = b.getBytes(StandardCharsets.UTF_8);
        LocalDate published = start.plusDays(a % 1500);
        long articleId = store.articles().add(new NewArticle("generated-" + a + ".txt", ContentHash.sha256(bytes), "text/plain",
                "UTF-8", bytes, b, 0, b.length(), new ArticleMetadata(b.substring(0, b.indexOf('\n')), "Outlet " + (a % 40),
                null, null, PublicationDate.day(published), "en"), ArticleMetadata.EMPTY));
        for (int i = 0; i < perArticle; i++) {
            int[] sentence = sentences.get(i + 1);
            long speaker = entityIds.get(random.nextInt(entityIds.size()));
            store.entities().addMention(speaker, articleId, TextSpan.of(b, sentence[0], sentence[0] + 3), Origin.RESEARCHER,
                    ReviewState.ACCEPTED);
            store.statements().add(new Statement(0, articleId, TextSpan.of(b, sentence[0] + 4, sentence[1] - 1), null, speaker,
                    null, null, null, KINDS[random.nextInt(KINDS.length)], true, published.minusDays(random.nextInt(5)),
                    Origin.RESEARCHER, ReviewState.ACCEPTED, AnchorState.ANCHORED));
        }
        int[] last = sentences.getLast();
        LocalDate day = published.minusDays(random.nextInt(30));
        DateValue date = random.nextInt(4) == 0
                ? new DateValue(day.toString().substring(0, 7), day.withDayOfMonth(1), day.withDayOfMonth(day.lengthOfMonth()), DatePrecision.MONTH)
                : DateValue.day(day);
        store.events().add(new Event(0, articleId, TextSpan.of(b, last[0], last[0] + 5), date, "event " + a, false,
                Origin.RESEARCHER, ReviewState.ACCEPTED, AnchorState.ANCHORED));
    }
}
