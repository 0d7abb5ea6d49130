package org.onrecord.store.sqlite;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onrecord.model.AnchorState;
import org.onrecord.model.DatePrecision;
import org.onrecord.model.DateValue;
import org.onrecord.model.EntityType;
import org.onrecord.model.Event;
import org.onrecord.model.Origin;
import org.onrecord.model.ReviewState;
import org.onrecord.model.Statement;
import org.onrecord.model.TextSpan;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onrecord.store.sqlite.CaseFileTest.article;

class AnnotationStorageTest {
    private static final String BODY = "“We had nothing to do with it,” a spokesman told the Daily Courier last month.";

    @TempDir
    Path dir;

    @Test
    void statementsKeepSpanSpeakerCueAndStateAcrossReopening() {
        Path file = dir.resolve("a.onrecord");
        long articleId;
        long entityId;
        try (var store = SqliteCaseStore.create(file)) {
            articleId = store.articles().add(article("a.txt", BODY));
            entityId = store.entities().add("Harbour Ministry", EntityType.ORGANIZATION, List.of("the ministry"),
                    Origin.RESEARCHER, ReviewState.ACCEPTED);
            store.statements().add(new Statement(0, articleId, TextSpan.of(BODY, 1, 29), "a spokesman", entityId,
                    TextSpan.of(BODY, 32, 43), TextSpan.of(BODY, 44, 48), "Daily Courier", "denial", true,
                    LocalDate.of(2014, 12, 5), Origin.RESEARCHER, ReviewState.ACCEPTED, AnchorState.ANCHORED));
        }
        try (var store = SqliteCaseStore.open(file)) {
            Statement s = store.statements().in(articleId).getFirst();
            assertThat(s.span().text()).isEqualTo("We had nothing to do with it");
            assertThat(s.speakerSpan().text()).isEqualTo("a spokesman");
            assertThat(s.cueSpan().text()).isEqualTo("told");
            assertThat(s.speakerEntityId()).isEqualTo(entityId);
            assertThat(s.kind()).isEqualTo("denial");
            assertThat(s.dateSaid()).isEqualTo(LocalDate.of(2014, 12, 5));
            assertThat(store.articles().summaries().getFirst().statementCount()).isEqualTo(1);
        }
    }

    @Test
    void eventsKeepAVagueOrMonthDateAsSuch() {
        try (var store = SqliteCaseStore.create(dir.resolve("e.onrecord"))) {
            long articleId = store.articles().add(article("a.txt", BODY));
            DateValue month = new DateValue("2014-11", LocalDate.of(2014, 11, 1), LocalDate.of(2014, 11, 30), DatePrecision.MONTH);
            store.events().add(new Event(0, articleId, TextSpan.of(BODY, 67, 77), month, "the interview", false,
                    Origin.SUGGESTED, ReviewState.SUGGESTED, AnchorState.ANCHORED));
            Event e = store.events().all().getFirst();
            assertThat(e.span().text()).isEqualTo("last month");
            assertThat(e.date()).isEqualTo(month);
            assertThat(e.origin()).isEqualTo(Origin.SUGGESTED);
        }
    }

    @Test
    void entitiesKeepTheirNameFirstAmongAliasesAndTheirMentions() {
        try (var store = SqliteCaseStore.create(dir.resolve("n.onrecord"))) {
            long articleId = store.articles().add(article("a.txt", BODY));
            long id = store.entities().add("Daily Courier", EntityType.ORGANIZATION, List.of("the Courier"),
                    Origin.RESEARCHER, ReviewState.ACCEPTED);
            store.entities().addMention(id, articleId, TextSpan.of(BODY, 53, 66), Origin.RESEARCHER, ReviewState.ACCEPTED);
            assertThat(store.entities().find(id).orElseThrow().aliases()).containsExactly("Daily Courier", "the Courier");
            assertThat(store.entities().mentionsIn(articleId)).singleElement()
                    .satisfies(m -> assertThat(m.span().text()).isEqualTo("Daily Courier"));
        }
    }
}
