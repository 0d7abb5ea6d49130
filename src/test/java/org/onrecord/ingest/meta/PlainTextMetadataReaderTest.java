package org.onrecord.ingest.meta;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.onrecord.model.ArticleMetadata;
import org.onrecord.model.PublicationDate;

class PlainTextMetadataReaderTest {

    private final PlainTextMetadataReader reader = new PlainTextMetadataReader();

    @Test
    void readsHeadlineBylineAndDateFromTheTop() {
        ArticleMetadata m = reader.read("""
                Harbour Council Rejects Second Ferry Terminal

                By Ines Moravec and Tom Berg
                December 5, 2014

                The harbour council voted on Tuesday against the plan.""");
        assertThat(m.title()).isEqualTo("Harbour Council Rejects Second Ferry Terminal");
        assertThat(m.author()).isEqualTo("Ines Moravec, Tom Berg");
        assertThat(m.published()).isEqualTo(PublicationDate.day(LocalDate.of(2014, 12, 5)));
    }

    @Test
    void readsALeadingUrlLine() {
        ArticleMetadata m = reader.read("https://example.org/news/ferry-terminal\nHarbour Council Rejects Terminal\n\nText.");
        assertThat(m.url()).isEqualTo("https://example.org/news/ferry-terminal");
        assertThat(m.title()).isEqualTo("Harbour Council Rejects Terminal");
    }

    @Test
    void readsANameWithRoleAsByline() {
        assertThat(reader.read("Ferry Plan Rejected\n\nJane Doe, Staff Reporter\n\nThe council voted.").author())
                .isEqualTo("Jane Doe");
        assertThat(reader.read("Ferry Plan Rejected\n\nJane Doe Former senior reporter\n\nThe council voted.").author())
                .isEqualTo("Jane Doe");
    }

    @Test
    void keepsOnlyTheNamesOfAWireByline() {
        assertThat(reader.read("Ferry Plan Rejected\nBy JANE DOE, Associated Press\nText.").author()).isEqualTo("JANE DOE");
    }

    @Test
    void aFirstLineThatEndsLikeASentenceIsNotATitle() {
        assertThat(reader.read("The council voted against the plan on Tuesday.\nMore text.").title()).isNull();
        assertThat(reader.read("Mayor calls the plan an 'expensive mistake.'\nMore text.").title()).isNull();
    }

    @Test
    void findsTheDateOfAWireDateline() {
        ArticleMetadata m = reader.read("FERRY PLAN REJECTED .\nPORTSMOUTH 1996-08-30\nThe council voted .");
        assertThat(m.published()).isEqualTo(PublicationDate.day(LocalDate.of(1996, 8, 30)));
    }

    @Test
    void ignoresDatesDeepInTheStory() {
        String lines = "Ferry Plan Rejected\n" + "The council met again.\n".repeat(12) + "On December 5, 2014 it voted.";
        assertThat(reader.read(lines).published()).isNull();
    }

    @Test
    void returnsNullsForPlainProse() {
        ArticleMetadata m = reader.read("the council met and talked for a long time about ferries and other things.");
        assertThat(m).isEqualTo(ArticleMetadata.EMPTY);
    }
}
