package org.onrecord.report;

import org.onrecord.app.AppServices;
import org.onrecord.model.AnchorState;
import org.onrecord.model.ArticleMetadata;
import org.onrecord.model.DatePrecision;
import org.onrecord.model.DateValue;
import org.onrecord.model.EntityType;
import org.onrecord.model.Note;
import org.onrecord.model.Origin;
import org.onrecord.model.PublicationDate;
import org.onrecord.model.ReviewState;
import org.onrecord.model.Statement;
import org.onrecord.model.TextSpan;
import org.onrecord.service.ImportOptions;
import org.onrecord.progress.Progress;
import org.onrecord.service.SpanLocator;
import org.onrecord.store.CaseStore;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * An invented case for report tests, built through the real services: a Korean name, accents,
 * curly quotes and dashes; one statement reported by two outlets; a suggestion; dates of every
 * precision (day, week, month, year, vague and open-ended).
 */
final class ReportCase {
    static final String KOREAN = "김민준";
    static final String SHARED_WORDS = "The ferry was never inspected after the refit, and the ministry knew it.";

    static final String A1 = """
            Ferry operator denies safety lapses

            The operator of the Jeju night ferry said on Monday that “every inspection was carried out on time” — a claim the harbour union rejects.

            Captain 김민준 (Kim Min-jun), who commanded the ship for six years, told the Jeju Daily: “The ferry was never inspected after the refit, and the ministry knew it.”

            José Álvarez, a spokesman for the operator, said the company “has nothing to hide” and would publish its logs.

            The refit took place in the spring of 2019, according to shipyard records.
            """;
    static final String A2 = """
            Union backs captain's account of skipped inspections

            The harbour union said on Wednesday it stands with Captain 김민준.

            “The ferry was never inspected after the refit, and the ministry knew it,” the captain repeated at a press conference in Seogwipo.

            Union leader Søren Ødegård accused the ministry of “looking away for years” and threatened a strike in the week of 16 March 2020.

            A ministry official declined to comment.
            """;
    static final String A3 = """
            Ministry orders review of ferry records

            The transport ministry ordered a review of the Jeju ferry's inspection records last month.

            “We will follow the evidence wherever it leads,” the minister, Ha Eun-ji, said on 2 April 2020.

            Investigators said the problems may go back to a few years ago.

            The inspection register is online: https://example.org/registers/jeju/ferries/night-ferry/inspections/2015-2020/full-export?format=csv&include=all-columns&signature=0123456789abcdef0123456789abcdef0123456789abcdef

            Register checksum 0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef.
            """;

    record Built(Path caseFile, Map<String, Long> articles, List<Note> notes) {
    }

    private ReportCase() {
    }

    static Built build(AppServices services, Path dir) throws IOException {
        Path caseFile = dir.resolve("jeju-ferry.onrecord");
        Map<String, Long> ids;
        List<Note> notes = new ArrayList<>();
        try (CaseStore store = services.cases().create(caseFile)) {
            ids = Map.of(
                    "a1", importText(services, store, dir, "a1-jeju-daily.txt", A1, "Ferry operator denies safety lapses", "Jeju Daily",
                            "Lee Soo-ah", "https://example.org/jeju-daily/ferry-operator-denies", LocalDate.of(2020, 3, 9)),
                    "a2", importText(services, store, dir, "a2-harbour-post.txt", A2, "Union backs captain's account of skipped inspections",
                            "Harbour Post", "Marta Nowak", null, LocalDate.of(2020, 3, 11)),
                    "a3", importText(services, store, dir, "a3-island-herald.txt", A3, "Ministry orders review of ferry records",
                            "Island Herald", null, "https://example.org/island-herald/review", LocalDate.of(2020, 4, 3)));
            var ann = services.annotations();
            long kim = ann.addEntity(store, "김민준", EntityType.PERSON, List.of("Kim Min-jun", "Captain 김민준"));
            long jose = ann.addEntity(store, "José Álvarez", EntityType.PERSON, List.of());
            long soren = ann.addEntity(store, "Søren Ødegård", EntityType.PERSON, List.of("Union leader Søren Ødegård"));
            long ministry = ann.addEntity(store, "Transport ministry", EntityType.ORGANIZATION, List.of("the ministry"));
            long ha = ann.addEntity(store, "Ha Eun-ji", EntityType.PERSON, List.of("the minister"));
            mention(services, store, kim, ids.get("a1"), "김민준 (Kim Min-jun)");
            mention(services, store, kim, ids.get("a2"), "Captain 김민준");
            mention(services, store, jose, ids.get("a1"), "José Álvarez");
            mention(services, store, soren, ids.get("a2"), "Søren Ødegård");
            mention(services, store, ministry, ids.get("a1"), "the ministry");
            mention(services, store, ministry, ids.get("a3"), "transport ministry");
            mention(services, store, ha, ids.get("a3"), "Ha Eun-ji");

            statement(services, store, ids.get("a1"), "every inspection was carried out on time", "claim", "Ferry operator", null,
                    null, LocalDate.of(2020, 3, 9));
            long shared1 = statement(services, store, ids.get("a1"), SHARED_WORDS, "accusation", null, kim, "Jeju Daily", null);
            statement(services, store, ids.get("a1"), "has nothing to hide", "denial", null, jose, null, LocalDate.of(2020, 3, 9));
            statement(services, store, ids.get("a2"), "The ferry was never inspected after the refit, and the ministry knew it",
                    "accusation", null, kim, null, LocalDate.of(2020, 3, 11));
            statement(services, store, ids.get("a2"), "looking away for years", "accusation", null, soren, null, null);
            statement(services, store, ids.get("a3"), "We will follow the evidence wherever it leads", "claim", null, ha, null,
                    LocalDate.of(2020, 4, 2));
            // a suggestion the researcher has not reviewed yet
            String body2 = store.articles().find(ids.get("a2")).orElseThrow().body();
            store.statements().add(new Statement(0, ids.get("a2"), SpanLocator.find(body2, "A ministry official declined to comment.", 1),
                    "A ministry official", null, null, null, null, "no_comment", false, null, Origin.SUGGESTED, ReviewState.SUGGESTED,
                    AnchorState.ANCHORED));

            event(services, store, ids.get("a1"), "on Monday", DateValue.day(LocalDate.of(2020, 3, 9)), "Operator denies lapses");
            event(services, store, ids.get("a2"), "the week of 16 March 2020",
                    new DateValue("2020-W12", LocalDate.of(2020, 3, 16), LocalDate.of(2020, 3, 22), DatePrecision.WEEK), "Strike threatened");
            event(services, store, ids.get("a3"), "last month",
                    new DateValue("2020-03", LocalDate.of(2020, 3, 1), LocalDate.of(2020, 3, 31), DatePrecision.MONTH), "Review ordered");
            event(services, store, ids.get("a1"), "the spring of 2019",
                    new DateValue("2019-SP", LocalDate.of(2019, 3, 20), LocalDate.of(2019, 6, 20), DatePrecision.VAGUE), "Refit");
            event(services, store, ids.get("a3"), "a few years ago",
                    new DateValue("PAST_REF", null, LocalDate.of(2018, 12, 31), DatePrecision.VAGUE), "Problems may begin");
            event(services, store, ids.get("a3"), "2 April 2020", DateValue.day(LocalDate.of(2020, 4, 2)), "Minister speaks");

            notes.add(new Note(1, Note.NoteTarget.ARTICLE, ids.get("a2"), "Ask the Harbour Post for the press-conference recording.",
                    Instant.parse("2020-04-05T10:00:00Z")));
            notes.add(new Note(2, Note.NoteTarget.STATEMENT, shared1, "Captain repeated this to two outlets; wording identical.",
                    Instant.parse("2020-04-05T10:05:00Z")));
        }
        return new Built(caseFile, ids, List.copyOf(notes));
    }

    private static long importText(AppServices services, CaseStore store, Path dir, String name, String text, String title,
                                   String outlet, String author, String url, LocalDate published) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text);
        var given = new ArticleMetadata(title, outlet, author, url, PublicationDate.day(published), "en");
        var report = services.importer().importPaths(store, List.of(file), ImportOptions.defaults().withGiven(given), Progress.NONE);
        return report.outcomes().getFirst().articleId();
    }

    private static void mention(AppServices services, CaseStore store, long entity, long article, String words) {
        String body = store.articles().find(article).orElseThrow().body();
        services.annotations().addMention(store, entity, article, SpanLocator.find(body, words, 1));
    }

    private static long statement(AppServices services, CaseStore store, long article, String words, String kind, String speaker,
                                  Long speakerEntity, String via, LocalDate said) {
        String body = store.articles().find(article).orElseThrow().body();
        TextSpan span = SpanLocator.find(body, words, 1);
        return services.annotations().addStatement(store, article, span, kind, speaker, speakerEntity, via, true, said);
    }

    private static void event(AppServices services, CaseStore store, long article, String words, DateValue date, String description) {
        String body = store.articles().find(article).orElseThrow().body();
        services.annotations().addEvent(store, article, SpanLocator.find(body, words, 1), date, description);
    }

}
