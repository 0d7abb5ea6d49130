package org.onrecord.suggest;

import org.junit.jupiter.api.Test;
import org.onrecord.model.Statement;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onrecord.suggest.AnalysedArticles.saying;

/**
 * Cue words beyond the verbs of saying with "that": doubled consonants ("admitted", "slammed"), verbs with their
 * particle ("spoke of", "railed against"), objects ("likened X to Y", "echoed"), indirect questions ("asked whether"),
 * a participle after a statement ("…, adding that …"), headline labels the model missed and nouns of saying with their
 * owner ("her claim that …") — through the service on a real case file, on texts written for these tests.
 */
class StatementCueWordsServiceTest extends AnalysedArticlesTest {
    @Test
    void verbsWhoseLastConsonantDoublesAreCues() {
        assertThat(SpeechCues.cue("admitted")).isNotNull();
        assertThat(SpeechCues.cue("slammed")).isNotNull();
        assertThat(SpeechCues.cue("quipped")).isNotNull();
        assertThat(SpeechCues.cue("planned")).isNotNull();
        assertThat(SpeechCues.cue("rebutted")).isNotNull();
        assertThat(SpeechCues.cue("posted")).isNotNull();
        assertThat(SpeechCues.cue("postted")).isNull();
    }

    @Test
    void anAdmissionWithADoubledConsonantIsAttributed() throws Exception {
        List<Statement> all = articles.analyze("Harbour director Jan Nowak admitted that the crane inspections were a year late.");
        Statement s = saying(all, "crane inspections were a year late");
        assertThat(s.speaker()).isEqualTo("Harbour director Jan Nowak");
        assertThat(s.cueSpan().text()).isEqualTo("admitted");
    }

    @Test
    void particleVerbsObjectsAndIndirectQuestionsAreAttributed() throws Exception {
        List<Statement> all = articles.analyze("Councillor Ines Marlow spoke of a harbour that had lost half its fleet. "
                + "Senator Ola Brandt likened the new toll to a tax on islanders. "
                + "The fishermen's union asked whether the quay would reopen before the herring season.");
        Statement spoke = saying(all, "a harbour that had lost half its fleet");
        assertThat(spoke.cueSpan().text()).isEqualTo("spoke of");
        assertThat(spoke.speaker()).isEqualTo("Councillor Ines Marlow");
        Statement likened = saying(all, "the new toll to a tax");
        assertThat(likened.cueSpan().text()).isEqualTo("likened");
        Statement asked = saying(all, "whether the quay would reopen");
        assertThat(asked.cueSpan().text()).isEqualTo("asked");
        assertThat(asked.speaker()).isEqualTo("The fishermen's union");
    }

    @Test
    void aParticipleAfterAQuotationSharesItsSpeaker() throws Exception {
        List<Statement> all = articles.analyze("“The tunnel is finished,” Ola Brandt said, adding that the opening would wait "
                + "for the spring thaw.");
        Statement adding = saying(all, "the opening would wait");
        assertThat(adding.cueSpan().text()).isEqualTo("adding");
        assertThat(adding.speaker()).isEqualTo("Ola Brandt");
    }

    @Test
    void aNounOfSayingWithItsOwnerIsACueButARelativeClauseIsNoContent() throws Exception {
        List<Statement> all = articles.analyze("Mayor Anna Lindqvist opened the pier in June. "
                + "Contrary to her claim that the pier was safe for heavy trucks, inspectors closed it in July. "
                + "The harbour board's warning that fares would rise by a third reached the islanders late. "
                + "The statement that she issued on Tuesday was short.");
        Statement claim = saying(all, "the pier was safe for heavy trucks");
        assertThat(claim.cueSpan().text()).isEqualTo("claim");
        assertThat(claim.speaker()).isEqualTo("Anna Lindqvist"); // "her" = the nearest person named before it
        assertThat(claim.span().text()).isEqualTo("that the pier was safe for heavy trucks");
        Statement warning = saying(all, "fares would rise by a third");
        assertThat(warning.cueSpan().text()).isEqualTo("warning");
        assertThat(warning.speaker()).isEqualTo("The harbour board");
        assertThat(all).noneMatch(s -> s.cueSpan() != null && s.cueSpan().text().equals("statement"));
    }

    @Test
    void aHeadlineLabelTheTextNamesLaterIsItsSpeaker() throws Exception {
        List<Statement> all = articles.analyze("Lindqvist: Ferry Fares Will Rise Again in Spring\n\n"
                + "Mayor Anna Lindqvist told the council on Monday that the ferry company had asked for more money.");
        Statement headline = saying(all, "Ferry Fares Will Rise Again");
        assertThat(headline.speaker()).isEqualTo("Lindqvist");
        assertThat(headline.cueSpan().text()).isEqualTo(":");
    }
    @Test
    void aParticipleIntroducingAQuotationOrAfterBySpeaksForTheSentencesSpeaker() throws Exception {
        List<Statement> all = articles.analyze("Councillor Ines Marlow criticised the ferry timetable, saying, “Nobody on the "
                + "island was asked about it.” The harbour board answered by saying the timetable follows the tides.");
        Statement quoted = saying(all, "Nobody on the island was asked");
        assertThat(quoted.speaker()).isEqualTo("Councillor Ines Marlow");
        assertThat(quoted.cueSpan().text()).isEqualTo("saying");
        Statement by = saying(all, "the timetable follows the tides");
        assertThat(by.speaker()).isEqualTo("The harbour board");
        assertThat(by.cueSpan().text()).isEqualTo("saying");
    }

    @Test
    void reportedWordsStopBeforeAnotherSpeakerAndHoldAStatementInsideThem() throws Exception {
        List<Statement> all = articles.analyze("Ola Brandt said the ferry would run all winter, though Lindqvist noted "
                + "that the boat was old. Ines Marlow says the board ignored what she calls a “quiet scandal” in the harbour.");
        Statement said = saying(all, "the ferry would run all winter");
        assertThat(said.span().text()).isEqualTo("the ferry would run all winter");
        Statement noted = saying(all, "the boat was old");
        assertThat(noted.speaker()).isEqualTo("Lindqvist");
        Statement outer = saying(all, "the board ignored");
        assertThat(outer.speaker()).isEqualTo("Ines Marlow");
        assertThat(outer.cueSpan().text()).isEqualTo("says");
        assertThat(outer.span().text()).contains("quiet scandal");
    }
    @Test
    void asSomeonePutItAccordingToAfterADashAndADocumentOpeningTheSentenceNameTheirSources() throws Exception {
        List<Statement> all = articles.analyze("The ferry is the island's only link in winter, as the harbour master put it. "
                + "Half of the crane inspections were skipped — according to the port authority. "
                + "A survey of island households released on Monday shows most families against the new toll.");
        Statement put = saying(all, "the island's only link in winter");
        assertThat(put.speaker()).isEqualTo("the harbour master");
        assertThat(put.cueSpan().text()).isEqualTo("put it");
        Statement according = saying(all, "crane inspections were skipped");
        assertThat(according.speaker()).isEqualTo("the port authority");
        Statement survey = saying(all, "most families against the new toll");
        assertThat(survey.speaker()).startsWith("A survey of island households");
        assertThat(survey.cueSpan().text()).isEqualTo("shows");
    }
}
