package org.onrecord.ui.statements;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onrecord.app.AppServices;
import org.onrecord.model.EntityType;
import org.onrecord.progress.Progress;
import org.onrecord.report.ReportModel;
import org.onrecord.report.ReportOptions;
import org.onrecord.service.OpenCase;
import org.onrecord.service.SpanLocator;
import org.onrecord.ui.state.WorkbenchState;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The statement table and the report name the same speaker for the same statement. */
class SpeakerNameAgreementTest {
    private static final String BODY = "Harbour talks\n\n\"We deny everything,\" said the DPRK envoy. "
            + "\"The talks go on,\" an unnamed official said.\n";

    @TempDir
    Path dir;
    AppServices services;
    OpenCase open;
    long article;
    String body;

    @BeforeEach
    void openCase() throws Exception {
        services = new AppServices();
        open = services.cases().createCase(dir.resolve("case.onrecord"));
        open.importPaths(List.of(Files.writeString(dir.resolve("talks.txt"), BODY)), Progress.NONE);
        article = open.snapshot().articles().getFirst().id();
        body = open.article(article).orElseThrow().body();
    }

    @AfterEach
    void close() {
        open.close();
        services.close();
    }

    private long statement(String words, String speaker, Long entity) {
        return open.edits().addStatement(article, SpanLocator.find(body, words, null), "denial", speaker, entity, null, true,
                null, null).createdId();
    }

    /** A new entity with a mention of the words "DPRK". */
    private long entityNamedAt(String name, String alias) {
        open.edits().addMention(null, name, EntityType.LOCATION, alias, article, SpanLocator.find(body, "DPRK", null));
        return open.snapshot().entities().stream().filter(e -> e.name().equals(name)).findFirst().orElseThrow().id();
    }

    private Map<String, String> tableSpeakers() {
        WorkbenchState state = new WorkbenchState();
        StatementsViewModel table = new StatementsViewModel(state);
        state.reset(open.snapshot());
        return table.rows().stream().collect(Collectors.toMap(StatementRow::words, StatementRow::speaker));
    }

    private Map<String, String> reportSpeakers() {
        ReportModel report = open.reportModel(ReportOptions.defaults());
        return report.groups().stream().flatMap(g -> g.statements().stream())
                .collect(Collectors.toMap(ReportModel.ReportStatement::words, ReportModel.ReportStatement::speaker));
    }

    @Test
    void aRenamedSpeakerEntityIsNamedTheSameInTheTableAndTheReport() {
        long dprk = entityNamedAt("DPRK", null);
        statement("We deny everything,", null, dprk);
        open.edits().renameEntity(dprk, "North Korea", null);

        assertThat(tableSpeakers()).containsEntry("We deny everything,", "North Korea");
        assertThat(reportSpeakers()).containsEntry("We deny everything,", "North Korea");
    }

    @Test
    void aDescriptionBesideALinkedEntityGivesWayToTheEntityInBoth() {
        long dprk = entityNamedAt("North Korea", "DPRK");
        statement("We deny everything,", "the DPRK envoy", dprk);
        statement("The talks go on,", "an unnamed official", null);

        Map<String, String> table = tableSpeakers();
        Map<String, String> report = reportSpeakers();
        assertThat(table).containsEntry("We deny everything,", "North Korea")
                .containsEntry("The talks go on,", "an unnamed official");
        assertThat(report).isEqualTo(table);
    }
}
