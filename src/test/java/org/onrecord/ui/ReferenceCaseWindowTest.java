package org.onrecord.ui;

import javafx.scene.control.TableView;
import javafx.scene.control.TreeTableView;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onrecord.app.AppServices;
import org.onrecord.model.DateValue;
import org.onrecord.model.EntityType;
import org.onrecord.model.PublicationDate;
import org.onrecord.service.ImportOptions;
import org.onrecord.progress.Progress;
import org.onrecord.service.SpanLocator;
import org.onrecord.store.CaseStore;
import org.onrecord.ui.entities.EntityRow;
import org.onrecord.ui.state.Focus;
import org.onrecord.ui.statements.StatementRow;
import org.testfx.api.FxRobot;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.onrecord.ui.WorkbenchFixture.waitUntil;

/** The reference case (the two seed articles, read from ../shared) clicked through in the window. */
class ReferenceCaseWindowTest extends WindowTest {
    static final Path SEEDS = Path.of("../shared/seeds");

    @BeforeEach
    void openReferenceCase() throws Exception {
        assumeTrue(Files.isDirectory(SEEDS), "../shared/seeds is not beside the repository");
        Path file = dir.resolve("sony-" + System.nanoTime() + ".onrecord");
        build(fixture.services, file);
        fixture.openAndWait(file);
    }

    /** Imports both seeds with their dates and annotates a few statements, entities and events through the services. */
    static void build(AppServices services, Path file) {
        try (CaseStore store = services.cases().create(file)) {
            importSeed(services, store, "000_59e71b067b6cb623.txt", LocalDate.of(2014, 12, 5));
            importSeed(services, store, "002_57a2053d724bbdad.txt", LocalDate.of(2014, 12, 7));
            var a = services.annotations();
            long variety = 1;
            long cnet = 2;
            String v = store.articles().find(variety).orElseThrow().body();
            String c = store.articles().find(cnet).orElseThrow().body();
            long northKorea = a.addEntity(store, "North Korea", EntityType.LOCATION, List.of("DPRK"));
            long sony = a.addEntity(store, "Sony Pictures Entertainment", EntityType.ORGANIZATION, List.of("Sony Pictures"));
            a.addMention(store, northKorea, variety, SpanLocator.find(v, "North Korea", 1));
            a.addMention(store, northKorea, variety, SpanLocator.find(v, "DPRK", 1));
            a.addMention(store, sony, variety, SpanLocator.find(v, "Sony Pictures Entertainment", 1));
            a.addMention(store, northKorea, cnet, SpanLocator.find(c, "North Korea", 1));
            a.addStatement(store, variety, SpanLocator.find(v, "Linking the DPRK", 1), "denial", "an unidentified North Korean diplomat",
                    null, "Voice of America", true, LocalDate.of(2014, 12, 5));
            a.addStatement(store, cnet, SpanLocator.find(c, "North Korea", 2), "denial", null, northKorea, null, false,
                    LocalDate.of(2014, 12, 7));
            a.addEvent(store, cnet, SpanLocator.find(c, "last month", 1),
                    new DateValue("2014-11", LocalDate.of(2014, 11, 1), LocalDate.of(2014, 11, 30),
                            org.onrecord.model.DatePrecision.MONTH), "Sony Pictures attacked");
        }
    }

    private static void importSeed(AppServices services, CaseStore store, String name, LocalDate published) {
        var given = new org.onrecord.model.ArticleMetadata(null, null, null, null, PublicationDate.day(published), null);
        services.importer().importPaths(store, List.of(SEEDS.resolve(name)), ImportOptions.defaults().withGiven(given), Progress.NONE);
    }

    @Test
    @SuppressWarnings("unchecked")
    void choosingAStatementInTheOtherArticleSwitchesTheSourceAndSelectsTheSpeaker(FxRobot robot) {
        TableView<StatementRow> table = robot.lookup("#statementTable").queryAs(TableView.class);
        StatementRow cnetDenial = table.getItems().stream().filter(r -> r.articleId() == 2).findFirst().orElseThrow();
        robot.interact(() -> table.getSelectionModel().select(cnetDenial));
        waitUntil(() -> Long.valueOf(2).equals(fixture.window.state().article()));
        StyleClassedTextArea area = robot.lookup("#sourcePane .styled-text-area").queryAs(StyleClassedTextArea.class);
        waitUntil(() -> area.getText().startsWith("North Korea denies involvement"));
        waitUntil(() -> "North Korea".equals(area.getSelectedText()));
        TreeTableView<EntityRow> tree = robot.lookup("#entityTree").queryAs(TreeTableView.class);
        waitUntil(() -> tree.getSelectionModel().getSelectedItem() != null);
        assertThat(tree.getSelectionModel().getSelectedItem().getValue().name()).isEqualTo("North Korea");
    }

    @Test
    void clickingAnEntityMarksItsMentionsAndStatements(FxRobot robot) {
        robot.clickOn(robot.lookup((javafx.scene.Node n) -> n instanceof javafx.scene.control.TreeTableCell<?, ?> cell
                && "Sony Pictures Entertainment".equals(cell.getText())).queryAs(javafx.scene.Node.class));
        waitUntil(() -> fixture.window.state().focus().focus() instanceof Focus.OnEntity);
        assertThat(fixture.window.state().context().spans()).extracting(s -> s.text()).contains("Sony Pictures Entertainment");
        assertThat(fixture.window.state().article()).isEqualTo(1L);
    }

    @Test
    void theMonthEventFocusesItsExpressionInTheSource(FxRobot robot) {
        long event = fixture.window.state().snapshot().events().getFirst().id();
        robot.interact(() -> fixture.window.state().focus(new Focus.OnEvent(event), org.onrecord.ui.state.PaneId.TIMELINE));
        StyleClassedTextArea area = robot.lookup("#sourcePane .styled-text-area").queryAs(StyleClassedTextArea.class);
        waitUntil(() -> "last month".equals(area.getSelectedText()));
        assertThat(fixture.window.state().article()).isEqualTo(2L);
    }
}
