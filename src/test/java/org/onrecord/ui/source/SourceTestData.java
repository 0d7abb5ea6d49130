package org.onrecord.ui.source;

import org.onrecord.model.AnchorState;
import org.onrecord.model.Article;
import org.onrecord.model.ArticleMetadata;
import org.onrecord.model.ArticleSummary;
import org.onrecord.model.DateValue;
import org.onrecord.model.Entity;
import org.onrecord.model.EntityType;
import org.onrecord.model.Event;
import org.onrecord.model.Mention;
import org.onrecord.model.Origin;
import org.onrecord.model.PublicationDate;
import org.onrecord.model.ReviewState;
import org.onrecord.model.Statement;
import org.onrecord.model.TextSpan;
import org.onrecord.service.CaseSnapshot;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** An invented article about an invented harbour dispute, with its annotations. */
final class SourceTestData {
    static final long ARTICLE = 7;
    static final long OTHER_ARTICLE = 8;
    static final long OKONJO = 1;
    static final long REYLE = 2;
    static final long COUNCIL = 3;
    static final long QUOTE_OKONJO = 11;
    static final long QUOTE_REYLE = 12;
    static final long EVENT_VOTE = 21;
    static final long EVENT_JUNE = 22;

    static final String BODY = """
            Port Valen, 3 March 2025. The harbour council approved the Eastquay plan on Tuesday after a heated session.
            "We cannot wait another winter," said Mira Okonjo, the council's chair. She added that work would begin in June.
            Tomas Reyle, who leads the fishermen's cooperative, disagreed. "The council has ignored us since 2019," Reyle told reporters.
            A final vote is expected next month, and Okonjo said the plan would not change.""";

    static final String OTHER_BODY = "A short second article in which Mira Okonjo is named once.";

    /** A long article whose only dated event sits in its last paragraph, far below the first screen. */
    static final long LONG_ARTICLE = 9;
    static final long EVENT_AT_THE_END = 30;
    static final String LONG_BODY = "The quay committee met again.\n".repeat(150) + "Work on the Eastquay resumes on 9 May 2025.";

    private SourceTestData() {
    }

    static TextSpan span(String words) {
        return span(words, 0);
    }

    /** The words' first occurrence at or after {@code from}. */
    static TextSpan span(String words, int from) {
        int start = BODY.indexOf(words, from);
        if (start < 0) {
            throw new IllegalArgumentException(words);
        }
        return TextSpan.of(BODY, start, start + words.length());
    }

    static Article article() {
        return article(ARTICLE, BODY, "Harbour council backs Eastquay plan");
    }

    static Article article(long id, String body, String title) {
        ArticleMetadata metadata = new ArticleMetadata(title, "The Valen Courier", "R. Ansel", null,
                PublicationDate.day(LocalDate.of(2025, 3, 4)), "en");
        return new Article(id, "article-" + id + ".txt", "hash" + id, "text/plain", metadata, Set.of(), body, 0,
                body.length(), Instant.parse("2025-03-05T10:00:00Z"));
    }

    static Optional<Article> load(long id) {
        if (id == ARTICLE) {
            return Optional.of(article());
        }
        if (id == LONG_ARTICLE) {
            return Optional.of(article(LONG_ARTICLE, LONG_BODY, "Committee diary"));
        }
        if (id == OTHER_ARTICLE) {
            return Optional.of(article(OTHER_ARTICLE, OTHER_BODY, "Second article"));
        }
        return Optional.empty();
    }

    static Mention mention(long id, long entity, TextSpan span, ReviewState state) {
        return new Mention(id, entity, ARTICLE, span, Origin.RESEARCHER, state, AnchorState.ANCHORED);
    }

    static Statement statement(long id, TextSpan span, TextSpan speaker, TextSpan cue, Long speakerEntity, ReviewState state) {
        return new Statement(id, ARTICLE, span, speaker == null ? null : speaker.text(), speakerEntity, speaker, cue, null,
                "claim", true, LocalDate.of(2025, 3, 4), Origin.RESEARCHER, state, AnchorState.ANCHORED);
    }

    static Event event(long id, TextSpan span, LocalDate day, ReviewState state) {
        return new Event(id, ARTICLE, span, DateValue.day(day), span.text(), false, Origin.RESEARCHER, state, AnchorState.ANCHORED);
    }

    static List<Mention> mentions() {
        return List.of(
                mention(101, COUNCIL, span("harbour council"), ReviewState.ACCEPTED),
                mention(102, OKONJO, span("Mira Okonjo"), ReviewState.ACCEPTED),
                mention(103, REYLE, span("Tomas Reyle"), ReviewState.ACCEPTED),
                mention(104, COUNCIL, span("council has"), ReviewState.SUGGESTED),
                mention(105, REYLE, span("Reyle told"), ReviewState.ACCEPTED),
                mention(106, OKONJO, span("Okonjo said"), ReviewState.ACCEPTED),
                mention(107, REYLE, span("fishermen's cooperative"), ReviewState.REJECTED))
                .stream().map(SourceTestData::trimMentionWords).toList();
    }

    /** Mentions found with a following word for uniqueness keep only the name. */
    private static Mention trimMentionWords(Mention m) {
        String words = m.span().text();
        String name = words.endsWith(" told") || words.endsWith(" said") || words.endsWith(" has")
                ? words.substring(0, words.lastIndexOf(' ')) : words;
        return new Mention(m.id(), m.entityId(), m.articleId(), TextSpan.of(BODY, m.span().start(), m.span().start() + name.length()),
                m.origin(), m.state(), m.anchor());
    }

    static List<Statement> statements() {
        return List.of(
                statement(QUOTE_OKONJO, span("\"We cannot wait another winter,\""), span("Mira Okonjo"), first(span("said Mira"), 4),
                        OKONJO, ReviewState.ACCEPTED),
                statement(QUOTE_REYLE, span("\"The council has ignored us since 2019,\""), first(span("Reyle told"), 5),
                        last(span("Reyle told"), 4), REYLE, ReviewState.SUGGESTED));
    }

    private static TextSpan first(TextSpan span, int chars) {
        return TextSpan.of(BODY, span.start(), span.start() + chars);
    }

    private static TextSpan last(TextSpan span, int chars) {
        return TextSpan.of(BODY, span.end() - chars, span.end());
    }

    static List<Event> events() {
        return List.of(
                event(20, span("3 March 2025"), LocalDate.of(2025, 3, 3), ReviewState.ACCEPTED),
                event(EVENT_JUNE, span("in June"), LocalDate.of(2025, 6, 1), ReviewState.ACCEPTED),
                event(23, span("since 2019"), LocalDate.of(2019, 1, 1), ReviewState.ACCEPTED),
                event(EVENT_VOTE, span("next month"), LocalDate.of(2025, 4, 1), ReviewState.SUGGESTED));
    }

    static ArticleAnnotations annotations() {
        return new ArticleAnnotations(mentions(), statements(), events());
    }

    static CaseSnapshot snapshot() {
        List<ArticleSummary> articles = List.of(
                new ArticleSummary(ARTICLE, "article-7.txt", "Harbour council backs Eastquay plan", "The Valen Courier",
                        PublicationDate.day(LocalDate.of(2025, 3, 4)), 3, 2, 4),
                new ArticleSummary(OTHER_ARTICLE, "article-8.txt", "Second article", "The Valen Courier", null, 1, 0, 0),
                new ArticleSummary(LONG_ARTICLE, "article-9.txt", "Committee diary", "The Valen Courier", null, 0, 0, 1));
        List<Entity> entities = List.of(entity(OKONJO, "Mira Okonjo"), entity(REYLE, "Tomas Reyle"), entity(COUNCIL, "Harbour council"));
        int date = LONG_BODY.indexOf("9 May 2025");
        Event atTheEnd = new Event(EVENT_AT_THE_END, LONG_ARTICLE, TextSpan.of(LONG_BODY, date, date + "9 May 2025".length()),
                DateValue.day(LocalDate.of(2025, 5, 9)), "Work resumes", false, Origin.RESEARCHER, ReviewState.ACCEPTED,
                AnchorState.ANCHORED);
        List<Event> events = new ArrayList<>(events());
        events.add(atTheEnd);
        return CaseSnapshot.of(articles, entities, mentions(), statements(), events, List.of());
    }

    private static Entity entity(long id, String name) {
        return new Entity(id, name, EntityType.PERSON, List.of(), Origin.RESEARCHER, ReviewState.ACCEPTED);
    }
}
