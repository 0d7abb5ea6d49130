package org.onrecord.ui.state;

import org.onrecord.model.AnchorState;
import org.onrecord.model.ArticleSummary;
import org.onrecord.model.DatePrecision;
import org.onrecord.model.DateValue;
import org.onrecord.model.Entity;
import org.onrecord.model.EntityType;
import org.onrecord.model.Event;
import org.onrecord.model.Mention;
import org.onrecord.model.Origin;
import org.onrecord.model.PublicationDate;
import org.onrecord.model.ReviewState;
import org.onrecord.model.Statement;
import org.onrecord.model.StatementKind;
import org.onrecord.model.TextSpan;
import org.onrecord.service.CaseSnapshot;

import java.time.LocalDate;
import java.util.List;

/**
 * A small invented story in two articles, with entities, statements and events, for view-model
 * tests. Article 1 body: {@link #BODY_1}; article 2: {@link #BODY_2}.
 */
public final class StoryFixture {
    public static final String BODY_1 = "Mayor Ada Voss denied on Tuesday that Port Elling signed a deal. "
            + "“No contract exists,” Voss told the Elling Gazette. Brightwater Shipping said last month it had a deal.";
    public static final String BODY_2 = "Brightwater Shipping accused the mayor of lying on Nov. 24. Voss declined to comment.";

    public static final long ARTICLE_1 = 1, ARTICLE_2 = 2;
    public static final long VOSS = 10, BRIGHTWATER = 11, PORT_ELLING = 12, GAZETTE = 13;
    public static final long DENIAL = 100, CLAIM = 101, ACCUSATION = 102, NO_COMMENT = 103;
    public static final long TUESDAY = 200, LAST_MONTH = 201, NOV_24 = 202;

    private StoryFixture() {
    }

    static TextSpan span(String body, String words) {
        int start = body.indexOf(words);
        if (start < 0) {
            throw new IllegalArgumentException(words);
        }
        return new TextSpan(start, start + words.length(), words);
    }

    static Mention mention(long id, long entity, long article, String body, String words) {
        return new Mention(id, entity, article, span(body, words), Origin.RESEARCHER, ReviewState.ACCEPTED, AnchorState.ANCHORED);
    }

    static Statement statement(long id, long article, String body, String words, Long speaker, String kind, LocalDate said) {
        return new Statement(id, article, span(body, words), null, speaker, null, null, null, kind, true, said,
                Origin.RESEARCHER, ReviewState.ACCEPTED, AnchorState.ANCHORED);
    }

    static Event event(long id, long article, String body, String words, DateValue date) {
        return new Event(id, article, span(body, words), date, words, false, Origin.RESEARCHER, ReviewState.ACCEPTED, AnchorState.ANCHORED);
    }

    public static CaseSnapshot snapshot() {
        LocalDate pub1 = LocalDate.of(2014, 12, 5);
        LocalDate pub2 = LocalDate.of(2014, 12, 7);
        List<ArticleSummary> articles = List.of(
                new ArticleSummary(ARTICLE_1, "a.txt", "Mayor denies deal", "Elling Gazette", PublicationDate.day(pub1), 4, 3, 2),
                new ArticleSummary(ARTICLE_2, "b.txt", "Shipping firm accuses mayor", "Harbour News", PublicationDate.day(pub2), 2, 2, 1));
        List<Entity> entities = List.of(
                new Entity(VOSS, "Ada Voss", EntityType.PERSON, List.of("Ada Voss", "Voss", "the mayor"), Origin.RESEARCHER, ReviewState.ACCEPTED),
                new Entity(BRIGHTWATER, "Brightwater Shipping", EntityType.ORGANIZATION, List.of("Brightwater Shipping"), Origin.RESEARCHER, ReviewState.ACCEPTED),
                new Entity(PORT_ELLING, "Port Elling", EntityType.LOCATION, List.of("Port Elling"), Origin.RESEARCHER, ReviewState.ACCEPTED),
                new Entity(GAZETTE, "Elling Gazette", EntityType.ORGANIZATION, List.of("Elling Gazette"), Origin.RESEARCHER, ReviewState.ACCEPTED));
        List<Mention> mentions = List.of(
                mention(1000, VOSS, ARTICLE_1, BODY_1, "Ada Voss"),
                mention(1001, VOSS, ARTICLE_1, BODY_1, "Voss told"),
                mention(1002, PORT_ELLING, ARTICLE_1, BODY_1, "Port Elling"),
                mention(1003, GAZETTE, ARTICLE_1, BODY_1, "Elling Gazette"),
                mention(1004, BRIGHTWATER, ARTICLE_1, BODY_1, "Brightwater Shipping"),
                mention(1005, BRIGHTWATER, ARTICLE_2, BODY_2, "Brightwater Shipping"),
                mention(1006, VOSS, ARTICLE_2, BODY_2, "the mayor"));
        List<Statement> statements = List.of(
                statement(DENIAL, ARTICLE_1, BODY_1, "No contract exists", VOSS, "denial", LocalDate.of(2014, 12, 2)),
                statement(CLAIM, ARTICLE_1, BODY_1, "it had a deal", BRIGHTWATER, "claim", LocalDate.of(2014, 11, 15)),
                statement(ACCUSATION, ARTICLE_2, BODY_2, "accused the mayor of lying on Nov. 24", BRIGHTWATER, "accusation",
                        LocalDate.of(2014, 11, 24)),
                statement(NO_COMMENT, ARTICLE_2, BODY_2, "declined to comment", VOSS, "no_comment", null));
        List<Event> events = List.of(
                event(TUESDAY, ARTICLE_1, BODY_1, "on Tuesday", DateValue.day(LocalDate.of(2014, 12, 2))),
                event(LAST_MONTH, ARTICLE_1, BODY_1, "last month",
                        new DateValue("2014-11", LocalDate.of(2014, 11, 1), LocalDate.of(2014, 11, 30), DatePrecision.MONTH)),
                event(NOV_24, ARTICLE_2, BODY_2, "Nov. 24", DateValue.day(LocalDate.of(2014, 11, 24))));
        return CaseSnapshot.of(articles, entities, mentions, statements, events, StatementKind.BUILT_IN);
    }
}
