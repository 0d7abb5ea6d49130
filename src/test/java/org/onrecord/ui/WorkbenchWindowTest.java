package org.onrecord.ui;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeTableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onrecord.model.SearchHit;
import org.onrecord.ui.entities.EntityRow;
import org.onrecord.ui.state.Focus;
import org.onrecord.ui.statements.StatementRow;
import org.testfx.api.FxRobot;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onrecord.ui.WorkbenchFixture.waitUntil;

/** End to end on the headless platform: the window over the demo case, clicked through. */
class WorkbenchWindowTest extends WindowTest {
    @BeforeEach
    void openDemo() throws Exception {
        openDemoCopy("demo");
    }

    @Test
    void openingACaseListsItsArticlesAndNamesItInTheTitle(FxRobot robot) {
        TableView<?> articles = robot.lookup("#articleTable").queryAs(TableView.class);
        assertThat(articles.getItems()).hasSize(3);
        assertThat(stage.getTitle()).startsWith("Onrecord — demo-");
        assertThat(robot.lookup("#statusMessage").queryAs(Label.class).getText()).contains("13 statements");
        // made by hand: nothing for the rules' confidence to show
        assertThat(robot.lookup("#kindUnsureFilter").queryAs(Node.class).isVisible()).isFalse();
        assertThat(robot.lookup("#statementTable").queryAs(TableView.class).getVisibleLeafColumns())
                .extracting(c -> ((TableColumn<?, ?>) c).getText()).doesNotContain("Sure");
    }

    @Test
    void clickingAnEntityMarksStatementsByItAndOpensItsArticle(FxRobot robot) {
        robot.clickOn("Jonas Brekke");
        waitUntil(() -> fixture.window.state().focus().focus() instanceof Focus.OnEntity);
        long brekke = ((Focus.OnEntity) fixture.window.state().focus().focus()).entityId();
        assertThat(fixture.window.state().context().statements()).hasSize(2);
        assertThat(fixture.window.state().snapshot().statements().stream()
                .filter(s -> fixture.window.state().context().statements().contains(s.id()))
                .allMatch(s -> Long.valueOf(brekke).equals(s.speakerEntityId()))).isTrue();
    }

    @Test
    @SuppressWarnings("unchecked")
    void clickingAStatementSelectsItsSpeakerInTheEntityList(FxRobot robot) {
        robot.clickOn("We stand by every page.");
        TreeTableView<EntityRow> tree = robot.lookup("#entityTree").queryAs(TreeTableView.class);
        waitUntil(() -> tree.getSelectionModel().getSelectedItem() != null);
        assertThat(tree.getSelectionModel().getSelectedItem().getValue().name()).isEqualTo("Mira Lindqvist");
        assertThat(fixture.window.state().article()).isEqualTo(2L);
    }

    @Test
    @SuppressWarnings("unchecked")
    void searchingListsRankedHitsAndChoosingOneOpensTheArticleAtTheWords(FxRobot robot) {
        robot.clickOn("#searchField").write("auditor server").type(KeyCode.ENTER);
        ListView<SearchHit> hits = robot.lookup("#searchHits").queryAs(ListView.class);
        waitUntil(() -> !hits.getItems().isEmpty());
        assertThat(hits.getItems().getFirst().title()).isEqualTo("Auditor finds draft lease on city server");
        robot.clickOn(robot.from(hits).lookup(".list-cell").nth(0).queryAs(javafx.scene.Node.class));
        waitUntil(() -> fixture.window.state().focus().focus() instanceof Focus.OnSpan);
        Focus.OnSpan span = (Focus.OnSpan) fixture.window.state().focus().focus();
        assertThat(span.articleId()).isEqualTo(3L);
        assertThat(fixture.window.state().searchQueryProperty().get()).isEqualTo("auditor server");
    }

    @Test
    @SuppressWarnings("unchecked")
    void enterInTheSearchBoxOpensTheBestHitAndTheHitsTakeTheListsPlaceUntilEsc(FxRobot robot) {
        TableView<?> articles = robot.lookup("#articleTable").queryAs(TableView.class);
        robot.clickOn("#searchField").write("auditor server").type(KeyCode.ENTER);
        waitUntil(() -> fixture.window.state().focus().focus() instanceof Focus.OnSpan);
        assertThat(((Focus.OnSpan) fixture.window.state().focus().focus()).articleId()).isEqualTo(3L);
        ListView<SearchHit> hits = robot.lookup("#searchHits").queryAs(ListView.class);
        assertThat(articles.isVisible()).isFalse();
        assertThat(hits.getHeight()).isGreaterThan(200);
        robot.clickOn("#searchField").type(KeyCode.ESCAPE);
        waitUntil(articles::isVisible);
        assertThat(hits.isVisible()).isFalse();
    }

    @Test
    @SuppressWarnings("unchecked")
    void notesAreFoundBySearchAndOpenWhatTheyAreAbout(FxRobot robot) {
        long statement = fixture.window.state().snapshot().statements().getFirst().id();
        robot.interact(() -> fixture.window.commandsForTest().addNote(org.onrecord.model.Note.NoteTarget.STATEMENT, statement,
                "Check with the council clerk whether a draft existed in January"));
        robot.clickOn("#searchField").write("clerk").type(KeyCode.ENTER);
        ListView<org.onrecord.model.NoteHit> notes = robot.lookup("#noteHits").queryAs(ListView.class);
        waitUntil(() -> !notes.getItems().isEmpty());
        robot.clickOn(robot.from(notes).lookup(".list-cell").nth(0).queryAs(javafx.scene.Node.class));
        waitUntil(() -> new Focus.OnStatement(statement).equals(fixture.window.state().focus().focus()));
    }

    @Test
    void escapeClearsTheFocusAndAltLeftBringsItBack(FxRobot robot) {
        robot.clickOn("Henrik Sahl");
        waitUntil(() -> !fixture.window.state().focus().isEmpty());
        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> fixture.window.state().focus().isEmpty());
        robot.press(KeyCode.ALT).type(KeyCode.LEFT).release(KeyCode.ALT);
        waitUntil(() -> fixture.window.state().focus().focus() instanceof Focus.OnEntity);
        assertThat(fixture.window.state().focus().focus()).isInstanceOf(Focus.OnEntity.class);
    }

    @Test
    @SuppressWarnings("unchecked")
    void filteringTheTableByKindShowsOnlyThatKind(FxRobot robot) {
        TableView<StatementRow> table = robot.lookup("#statementTable").queryAs(TableView.class);
        robot.clickOn("#statementFilter").write("quay");
        waitUntil(() -> table.getItems().size() < 13);
        assertThat(table.getItems()).allMatch(r -> (r.words() + r.speaker() + r.via()).toLowerCase().contains("quay"));
    }

    @Test
    void editingTheOutletSavesItInTheCaseAtOnce(FxRobot robot) {
        robot.clickOn("Union says leaked lease is genuine, threatens strike");
        TextField outlet = robot.lookup("#detailOutlet").queryAs(TextField.class);
        waitUntil(() -> "Harbour News".equals(outlet.getText()));
        // Select everything as a person does (the field is narrower now that its label keeps its full width).
        robot.clickOn(outlet).press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL).write("Harbour News Weekly").type(KeyCode.ENTER);
        waitUntil(() -> fixture.window.actions().session().article(2).orElseThrow().metadata().outlet().equals("Harbour News Weekly"));
        assertThat(fixture.window.actions().session().article(2).orElseThrow().given())
                .contains(org.onrecord.model.MetadataField.OUTLET);
    }

    @Test
    void changingThePublicationDateReResolvesRelativeDatesNotFixedByHand(FxRobot robot) throws Exception {
        var session = fixture.window.actions().session();
        long article = 1;
        String body = session.article(article).orElseThrow().body();
        var edit = fixture.services.annotationEdits().addEvent(session.store(), article,
                org.onrecord.service.SpanLocator.find(body, "last month", 1), null, "talks");
        new org.onrecord.service.edit.EditHistory(session.store()).perform(edit);
        long eventId = edit.createdId();
        assertThat(session.store().events().find(eventId).orElseThrow().date().value()).isEqualTo("2021-02");
        robot.clickOn("Mayor denies secret harbour deal with Brightwater Shipping");
        TextField published = robot.lookup("#detailPublished").queryAs(TextField.class);
        waitUntil(() -> "2021-03-10".equals(published.getText()));
        robot.clickOn(published).press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL).write("2021-05-02").type(KeyCode.ENTER);
        waitUntil(() -> "2021-04".equals(session.store().events().find(eventId).orElseThrow().date().value()));
        assertThat(session.store().events().find(eventId).orElseThrow().date().precision())
                .isEqualTo(org.onrecord.model.DatePrecision.MONTH);
    }

    @Test
    void exportingTheReportWritesAPdfCitingEveryStatementInTheBackground(FxRobot robot) throws Exception {
        Path pdf = dir.resolve("report-" + System.nanoTime() + ".pdf");
        robot.interact(() -> fixture.window.actions().writeReport(
                org.onrecord.report.ReportOptions.defaults().withTitle("Harbour deal").withAppendix(true), pdf));
        waitUntil(() -> fixture.window.status().message().startsWith("Report written"));
        try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertThat(text).contains("Harbour deal").contains("These documents are forgeries.")
                    .contains("We stand by every page.");
            assertThat(doc.getDocumentInformation().getTitle()).isEqualTo("Harbour deal");
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void importingABadFileListsItWithTheReasonAndKeepsTheGoodOne(FxRobot robot) throws Exception {
        Path good = Files.writeString(dir.resolve("ferry-" + System.nanoTime() + ".txt"),
                "Ferry strike ends\n\nThe ferry crews returned to work on Monday after talks.\n");
        Path bad = Files.write(dir.resolve("broken.txt"), new byte[] {0, 1, 2, 3, 0, 0, 0, 9});
        robot.interact(() -> fixture.window.actions().importPaths(java.util.List.of(good, bad)));
        ListView<String> failures = WorkbenchFixture.waitForLookup(robot, "#importFailures");
        assertThat(failures.getItems()).anyMatch(line -> line.contains("broken.txt") && line.contains("binary"));
        TableView<?> articles = robot.lookup("#articleTable").queryAs(TableView.class);
        waitUntil(() -> articles.getItems().size() == 4);
    }
}
