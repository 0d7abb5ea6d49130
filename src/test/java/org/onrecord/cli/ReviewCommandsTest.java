package org.onrecord.cli;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onrecord.app.AppServices;
import org.onrecord.model.ReviewState;
import org.onrecord.service.OpenCase;
import org.onrecord.service.SuggestedCase;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code onrecord review} through the real command line on a real case file whose suggestions are
 * stored as the analysis stores them: the list with its evidence in the review mode's words, and
 * accept / reject by id and in bulk by type, rule and entity.
 */
class ReviewCommandsTest {
    @TempDir
    Path dir;
    Path file;
    SuggestedCase ids;

    @BeforeEach
    void suggestedCase() throws Exception {
        try (AppServices services = new AppServices()) {
            var opened = SuggestedCase.create(services, Files.createDirectories(dir.resolve("case")));
            ids = opened.ids();
            file = opened.open().path();
            opened.open().close();
        }
    }

    private CliRun run(String... args) {
        String[] full = new String[args.length + 3];
        full[0] = "review";
        full[1] = args[0];
        full[2] = "--case";
        full[3] = file.toString();
        System.arraycopy(args, 1, full, 4, args.length - 1);
        return CliRun.of(full);
    }

    private List<String> pending(String... filter) {
        String[] args = new String[filter.length + 1];
        args[0] = "list";
        System.arraycopy(filter, 0, args, 1, filter.length);
        CliRun list = run(args);
        assertThat(list.status()).as(list.err()).isZero();
        return list.out().lines().toList();
    }

    @Test
    void listShowsEverySuggestionInReadingOrderWithItsEvidenceAsTheReviewModeDoes() {
        List<String> lines = pending();
        assertThat(lines).hasSize(SuggestedCase.SUGGESTIONS + 1);
        assertThat(lines.getFirst()).matches("mention \\d+\tEntity: Maria Lund \\(person\\)\t"
                + "“Maria Lund” in Harbour talks resume, ¶2 · proposed by NER: PERSON");
        assertThat(lines).anySatisfy(l -> assertThat(l).matches("event \\d+\tDate / event: 2015-03-03\t“3 March” in Harbour talks resume, ¶2"
                + " · proposed by date: month-day without a year: took 2015, the next one from the publication date on"));
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("statement ").contains("\tStatement: ").contains("proposed by cue: said"));
        assertThat(lines.getLast()).isEqualTo(SuggestedCase.SUGGESTIONS + " suggestions to review.");
        assertThat(pending("--type", "location")).containsExactly(lines.get(2), "1 suggestion to review.");
        assertThat(pending("--entity", String.valueOf(ids.authority))).hasSize(3);
    }

    @Test
    void acceptAndRejectByIdOneStepEachThenInBulkByRuleTypeAndEntity() throws Exception {
        String first = pending().getFirst();
        String mention = first.substring("mention ".length(), first.indexOf('\t'));

        CliRun accept = run("accept", "--mention", mention);
        assertThat(accept.status()).as(accept.err()).isZero();
        assertThat(accept.out()).isEqualTo("Accept “Maria Lund”." + System.lineSeparator());
        assertThat(pending()).hasSize(SuggestedCase.SUGGESTIONS);

        CliRun byRule = run("reject", "--rule", "ner: person");
        assertThat(byRule.out()).as(byRule.err()).startsWith("Reject all 4 suggestions proposed by “NER: PERSON”.");
        assertThat(pending("--rule", "NER: PERSON")).containsExactly("Nothing left to review.");

        CliRun byType = run("accept", "--type", "EVENT");
        assertThat(byType.out()).as(byType.err()).startsWith("Accept all 2 suggested events.");

        CliRun byEntity = run("reject", "--entity", String.valueOf(ids.authority));
        assertThat(byEntity.out()).as(byEntity.err()).startsWith("Reject Elling Harbour Authority and its 2 mentions.");

        try (AppServices services = new AppServices(); OpenCase open = services.cases().openCase(file)) {
            assertThat(open.store().entities().find(ids.lund).orElseThrow().state()).isEqualTo(ReviewState.ACCEPTED);
            assertThat(open.store().entities().find(ids.authority).orElseThrow().state()).isEqualTo(ReviewState.REJECTED);
            assertThat(open.store().events().all()).allMatch(e -> e.state() == ReviewState.ACCEPTED);
            assertThat(open.suggestions()).hasSize(SuggestedCase.SUGGESTIONS - 1 - 4 - 2 - 2);
        }
    }

    @Test
    void aRequestThatSaysNothingOrNamesNoSuggestionIsOneLineAndChangesNothing() {
        List<String> before = pending();
        for (CliRun wrong : List.of(run("accept"), run("reject", "--mention", "99999"), run("accept", "--rule", "no such rule"),
                run("accept", "--type", "PERSON", "--rule", "NER: PERSON"))) {
            assertThat(wrong.status()).as(wrong.out()).isNotZero();
            assertThat(wrong.err()).doesNotContain("Exception").doesNotContain("\tat ");
        }
        assertThat(pending()).isEqualTo(before);
    }
}
