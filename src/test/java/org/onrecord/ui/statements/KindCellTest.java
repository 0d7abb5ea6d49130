package org.onrecord.ui.statements;

import javafx.scene.Node;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kordamp.ikonli.javafx.FontIcon;
import org.onrecord.model.AnchorState;
import org.onrecord.ui.common.KindStyle;
import org.testfx.framework.junit5.ApplicationExtension;

import static org.assertj.core.api.Assertions.assertThat;

/** A kind cell given another row (an edit, a scroll) keeps its one icon node and changes only what the kind changes. */
@ExtendWith(ApplicationExtension.class)
class KindCellTest {
    @Test
    void anotherRowOfTheSameKindKeepsTheIconNode() {
        StatementsView.KindCell cell = new StatementsView.KindCell();
        cell.updateItem(row(1, "claim", "Claim", true), false);
        Node icon = cell.getGraphic();
        cell.updateItem(row(2, "claim", "Claim", false), false);
        assertThat(cell.getGraphic()).isSameAs(icon);
        assertThat(cell.getText()).isEqualTo("Claim (reported)");
        assertThat(cell.getStyleClass()).containsOnlyOnce("kind-claim");
    }

    @Test
    void anotherKindTurnsTheSameIconIntoItsOwn() {
        StatementsView.KindCell cell = new StatementsView.KindCell();
        cell.updateItem(row(1, "claim", "Claim", true), false);
        Node icon = cell.getGraphic();
        cell.updateItem(row(2, "no_comment", "No comment", true), false);
        assertThat(cell.getGraphic()).isSameAs(icon);
        assertThat(((FontIcon) icon).getIconLiteral()).isEqualTo(KindStyle.iconCode("no_comment"));
        assertThat(icon.getStyleClass()).contains("kind-icon", "kind-no-comment").doesNotContain("kind-claim");
        assertThat(cell.getStyleClass()).contains("kind-no-comment").doesNotContain("kind-claim");
        cell.updateItem(null, true);
        assertThat(cell.getGraphic()).isNull();
        assertThat(cell.getText()).isNull();
        assertThat(cell.getStyleClass()).noneMatch(c -> c.startsWith("kind-"));
        cell.updateItem(row(3, "claim", "Claim", true), false);
        assertThat(cell.getGraphic()).isSameAs(icon);
        assertThat(icon.getStyleClass()).contains("kind-icon", "kind-claim").doesNotContain("kind-no-comment");
    }

    private static StatementRow row(long id, String kind, String label, boolean direct) {
        return new StatementRow(id, "words", "", null, "", kind, label, null, 1, "Article", direct, false, AnchorState.ANCHORED,
                false, null, false);
    }
}
