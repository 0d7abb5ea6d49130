package org.onrecord.service;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onrecord.model.DatePrecision;
import org.onrecord.model.DateValue;
import org.onrecord.model.Event;
import org.onrecord.model.MetadataField;
import org.onrecord.model.PublicationDate;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class ArticleServiceTest {
    @TempDir
    Path dir;

    /** A stand-in resolver: "last month" is the month before publication; ISO dates as the placeholder reads them. */
    private static final DateProposer LAST_MONTH = (expression, publication) -> {
        if (expression.equals("last month") && publication != null) {
            YearMonth month = YearMonth.from(publication).minusMonths(1);
            return Optional.of(new DateValue(month.toString(), month.atDay(1), month.atEndOfMonth(), DatePrecision.MONTH));
        }
        return new IsoDateProposer().propose(expression, publication);
    };

    @Test
    void aNewPublicationDateReResolvesTheEventsWhoseDateIsNotFixed() {
        try (EditFixture f = new EditFixture(dir, LAST_MONTH)) {
            long proposed = f.history.perform(f.annotations.addEvent(f.store, f.article, f.span("last month"), null, null)).createdId();
            long iso = f.history.perform(f.annotations.addEvent(f.store, f.article, f.span("2014-11-24"), null, null)).createdId();
            assertThat(f.store.events().find(proposed).orElseThrow().date().value()).isEqualTo("2014-11");
            String before = f.dump();

            var edit = f.history.perform(f.articles.changePublicationDate(f.store, f.article, PublicationDate.day(LocalDate.of(2015, 3, 2))));

            assertThat(edit.describe()).contains("1 event(s) re-dated");
            assertThat(f.store.events().find(proposed).orElseThrow().date().value()).isEqualTo("2015-02");
            assertThat(f.store.events().find(iso).orElseThrow().date().value()).isEqualTo("2014-11-24");
            var article = f.store.articles().find(f.article).orElseThrow();
            assertThat(article.metadata().published()).isEqualTo(PublicationDate.day(LocalDate.of(2015, 3, 2)));
            assertThat(article.given()).contains(MetadataField.PUBLISHED);
            assertThat(f.dumpFromFile()).isEqualTo(f.dump());

            f.history.undo();
            assertThat(f.dump()).isEqualTo(before);
            assertThat(f.store.articles().find(f.article).orElseThrow().given()).doesNotContain(MetadataField.PUBLISHED);
            f.history.redo();
            assertThat(f.store.events().find(proposed).orElseThrow().date().value()).isEqualTo("2015-02");
        }
    }

    @Test
    void aFixedDateStaysWhenThePublicationDateChanges() {
        try (EditFixture f = new EditFixture(dir, LAST_MONTH)) {
            long fixed = f.history.perform(f.annotations.addEvent(f.store, f.article, f.span("last month"),
                    DateValues.parse("2014-10", null, null), null)).createdId();
            long edited = f.history.perform(f.annotations.addEvent(f.store, f.article, f.span("last month"), null, null)).createdId();
            Event e = f.store.events().find(edited).orElseThrow();
            f.history.perform(f.annotations.editEvent(f.store, new Event(e.id(), e.articleId(), e.span(),
                    DateValues.parse("2014-W45", null, null), null, false, e.origin(), e.state(), e.anchor())));
            f.history.perform(f.articles.changePublicationDate(f.store, f.article, PublicationDate.day(LocalDate.of(2016, 1, 9))));
            assertThat(f.store.events().find(fixed).orElseThrow().date().value()).isEqualTo("2014-10");
            assertThat(f.store.events().find(edited).orElseThrow().date().value()).isEqualTo("2014-W45");
        }
    }

    @Test
    void withThePlaceholderProposerOnlyIsoEventsAreReResolvedAndStayTheSame() {
        try (EditFixture f = new EditFixture(dir)) {
            long iso = f.history.perform(f.annotations.addEvent(f.store, f.article, f.span("2014-11-24"), null, null)).createdId();
            var edit = f.history.perform(f.articles.changePublicationDate(f.store, f.article, PublicationDate.day(LocalDate.of(2015, 1, 1))));
            assertThat(edit.describe()).doesNotContain("re-dated");
            assertThat(f.store.events().find(iso).orElseThrow().date()).isEqualTo(DateValue.day(LocalDate.of(2014, 11, 24)));
        }
    }

    @Test
    void withdrawingTheGivenDateFallsBackToTheDetectedOne() {
        try (EditFixture f = new EditFixture(dir, LAST_MONTH)) {
            f.history.perform(f.articles.changePublicationDate(f.store, f.article, new PublicationDate(LocalDate.of(2015, 6, 1), DatePrecision.MONTH)));
            long proposed = f.history.perform(f.annotations.addEvent(f.store, f.article, f.span("last month"), null, null)).createdId();
            assertThat(f.store.events().find(proposed).orElseThrow().date().value()).isEqualTo("2015-05");
            f.history.perform(f.articles.changePublicationDate(f.store, f.article, null));
            assertThat(f.store.articles().find(f.article).orElseThrow().metadata().published())
                    .isEqualTo(PublicationDate.day(LocalDate.of(2014, 12, 5)));
            assertThat(f.store.events().find(proposed).orElseThrow().date().value()).isEqualTo("2014-11");
        }
    }
}
