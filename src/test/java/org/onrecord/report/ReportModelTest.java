package org.onrecord.report;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onrecord.app.AppServices;
import org.onrecord.model.AnchorState;
import org.onrecord.model.Origin;
import org.onrecord.model.ReviewState;
import org.onrecord.model.Statement;
import org.onrecord.model.TextSpan;
import org.onrecord.service.ReportService;
import org.onrecord.store.CaseStore;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Filtering, grouping and numbering, without rendering. */
class ReportModelTest {
    @TempDir
    static Path dir;
    static ReportInput input;

    @BeforeAll
    static void buildCase() throws Exception {
        try (AppServices services = new AppServices()) {
            var built = ReportCase.build(services, dir);
            try (CaseStore store = services.cases().open(built.caseFile())) {
                input = new ReportService(s -> built.notes()).read(store);
            }
        }
    }

    private static ReportModel model(ReportOptions options) {
        return new ReportModelBuilder().build(input, options);
    }

    private static List<String> words(ReportModel m) {
        return m.groups().stream().flatMap(g -> g.statements().stream()).map(ReportModel.ReportStatement::words).toList();
    }

    @Test
    void acceptedOnlyByDefaultSuggestionsWhenAsked() {
        assertThat(words(model(ReportOptions.defaults()))).doesNotContain("A ministry official declined to comment.");
        ReportModel with = model(ReportOptions.defaults().withSuggestions(true));
        assertThat(with.groups().stream().flatMap(g -> g.statements().stream()).filter(ReportModel.ReportStatement::suggested)
                .map(ReportModel.ReportStatement::words)).containsExactly("A ministry official declined to comment.");
    }

    @Test
    void kindsSpeakersAndArticlesFilter() {
        assertThat(words(model(ReportOptions.defaults().withKinds(Set.of("denial"))))).containsExactly("has nothing to hide");
        assertThat(words(model(ReportOptions.defaults().withSpeakers(Set.of("ha eun-ji")))))
                .containsExactly("We will follow the evidence wherever it leads");
        long a3 = input.articles().stream().filter(a -> a.fileName().startsWith("a3")).findFirst().orElseThrow().id();
        ReportModel only3 = model(ReportOptions.defaults().withArticles(Set.of(a3)));
        assertThat(only3.sources()).hasSize(1);
        assertThat(only3.timeline()).allMatch(d -> d.source().article().id() == a3);
        assertThat(only3.entities()).extracting(e -> e.entity().name()).containsExactly("Ha Eun-ji", "Transport ministry");
    }

    @Test
    void groupsBySpeakerAlphabeticallyOrByKindInTheCaseOrder() {
        assertThat(model(ReportOptions.defaults()).groups()).extracting(ReportModel.StatementGroup::heading)
                .containsExactly("Ferry operator", "Ha Eun-ji", "José Álvarez", "Søren Ødegård", "김민준");
        assertThat(model(ReportOptions.defaults().groupedBy(ReportOptions.Grouping.KIND)).groups())
                .extracting(ReportModel.StatementGroup::heading).containsExactly("Claim", "Denial", "Accusation");
    }

    @Test
    void statementsAreNumberedInTableOrderAndMarksPerSource() {
        ReportModel m = model(ReportOptions.defaults());
        assertThat(m.groups().stream().flatMap(g -> g.statements().stream()).map(ReportModel.ReportStatement::number))
                .containsExactly(1, 2, 3, 4, 5);
        ReportModel.Source s1 = m.sources().getFirst();
        assertThat(s1.marks()).extracting(ReportModel.Mark::number).containsExactly(1, 2, 3);
        assertThat(s1.marks()).extracting(ReportModel.Mark::anchor)
                .containsExactly("a" + s1.article().id() + "-s1", "a" + s1.article().id() + "-s2", "a" + s1.article().id() + "-s3");
    }

    @Test
    void citationsNameTheParagraph() {
        ReportModel m = model(ReportOptions.defaults());
        var captain = m.groups().stream().filter(g -> g.heading().equals("김민준")).findFirst().orElseThrow().statements().getFirst();
        assertThat(captain.citations()).extracting(ReportModel.Citation::label).containsExactly("S1 ¶3 [2]", "S2 ¶3 [1]");
    }

    @Test
    void notesOnExcludedItemsAreLeftOut() {
        long a1 = input.articles().stream().filter(a -> a.fileName().startsWith("a1")).findFirst().orElseThrow().id();
        assertThat(model(ReportOptions.defaults().withArticles(Set.of(a1))).notes()).extracting(ReportModel.ReportNote::about)
                .singleElement().asString().startsWith("Statement ");
        assertThat(model(ReportOptions.defaults().withNotes(false)).notes()).isEmpty();
    }

    @Test
    void paragraphsCountBlankLineBlocksElseLines() {
        Paragraphs blank = Paragraphs.of("Title\n\nFirst line\nstill first.\n\n\nSecond.\n");
        assertThat(blank.ranges()).hasSize(3);
        assertThat(blank.numberAt("Title\n\nFirst line\nstill".length())).isEqualTo(2);
        assertThat(blank.numberAt("Title\n\nFirst line\nstill first.\n\n\nSec".length())).isEqualTo(3);
        Paragraphs lines = Paragraphs.of("One\nTwo\nThree");
        assertThat(lines.ranges()).extracting(Paragraphs.Range::number).containsExactly(1, 2, 3);
        assertThat(lines.numberAt(9)).isEqualTo(3);
    }

    @Test
    void sameWordsAcrossSourcesAreOneStatementButShortContainedWordsAreNot() {
        Statement a = statement(1, 1, "“Listen. The quay will not be sold — not while I am mayor. Full stop.”");
        Statement b = statement(2, 2, "The quay will not be sold, not while I am mayor");
        Statement c = statement(3, 3, "the quay will not be sold");
        Statement d = statement(4, 1, "The quay will not be sold, not while I am mayor");
        List<List<Statement>> groups = SameStatements.group(List.of(a, b, c, d));
        assertThat(groups).extracting(g -> g.stream().map(Statement::id).toList())
                .containsExactly(List.of(1L, 2L, 4L), List.of(3L));
    }

    private static Statement statement(long id, long article, String words) {
        return new Statement(id, article, new TextSpan(0, words.length(), words), "x", null, null, null, null, "claim", true, null,
                Origin.RESEARCHER, ReviewState.ACCEPTED, AnchorState.ANCHORED);
    }
}
