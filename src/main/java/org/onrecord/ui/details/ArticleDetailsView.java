package org.onrecord.ui.details;

import javafx.scene.layout.Region;
import javafx.geometry.Insets;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.onrecord.model.DatePrecision;
import org.onrecord.ui.common.FormGrid;
import javafx.beans.property.StringProperty;
import javafx.scene.layout.HBox;
import javafx.util.StringConverter;

/** Title, outlet, author, URL and publication date of the selected article; Enter or leaving a field saves. */
public final class ArticleDetailsView extends VBox {
    public ArticleDetailsView(ArticleDetailsViewModel viewModel) {
        getStyleClass().add("details-pane");
        setPadding(new Insets(6));
        setSpacing(4);
        Label heading = new Label("Article details");
        heading.getStyleClass().add("pane-title");
        FormGrid grid = new FormGrid();
        grid.setId("detailsForm");
        grid.add("Title", field("detailTitle", viewModel, viewModel.titleProperty()));
        grid.add("Outlet", field("detailOutlet", viewModel, viewModel.outletProperty()));
        grid.add("Author", field("detailAuthor", viewModel, viewModel.authorProperty()));
        grid.add("Link", field("detailUrl", viewModel, viewModel.urlProperty()));
        TextField date = field("detailPublished", viewModel, viewModel.publishedProperty());
        date.setPromptText("YYYY-MM-DD");
        date.setTooltip(new Tooltip("Publication date: YYYY-MM-DD, or YYYY-MM / YYYY when only that is known"));
        ComboBox<DatePrecision> precision = new ComboBox<>();
        precision.getItems().addAll(DatePrecision.DAY, DatePrecision.WEEK, DatePrecision.MONTH, DatePrecision.YEAR);
        precision.valueProperty().bindBidirectional(viewModel.precisionProperty());
        precision.setConverter(new StringConverter<>() {
            @Override
            public String toString(DatePrecision p) {
                return p == null ? "" : p.code();
            }

            @Override
            public DatePrecision fromString(String s) {
                return DatePrecision.fromCode(s);
            }
        });
        precision.disableProperty().bind(viewModel.editableProperty().not());
        precision.setOnAction(e -> viewModel.save());
        var dateRow = new HBox(4, date, precision);
        HBox.setHgrow(date, Priority.ALWAYS);
        precision.setMinWidth(Region.USE_PREF_SIZE);
        date.setMinWidth(92);
        grid.add("Published", dateRow);
        Label info = new Label();
        info.getStyleClass().add("detail-info");
        info.textProperty().bind(viewModel.fileInfoProperty());
        info.setWrapText(true);
        Label message = new Label();
        message.getStyleClass().add("detail-message");
        message.textProperty().bind(viewModel.messageProperty());
        message.setWrapText(true);
        VBox content = new VBox(4, grid, info, message);
        content.setPadding(new Insets(0, 4, 4, 0));
        // A short pane (a laptop screen) scrolls rather than cutting the last fields off.
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("details-scroll");
        VBox.setVgrow(scroll, Priority.ALWAYS);
        // Four fields at least stay in view (the divider above stops there); the rest scrolls on a short screen.
        setMinHeight(170);
        getChildren().addAll(heading, scroll);
    }

    private static TextField field(String id, ArticleDetailsViewModel viewModel, StringProperty value) {
        TextField field = new TextField();
        field.setId(id);
        field.textProperty().bindBidirectional(value);
        field.disableProperty().bind(viewModel.editableProperty().not());
        field.setOnAction(e -> viewModel.save());
        field.focusedProperty().addListener((obs, was, is) -> {
            if (was && !is) {
                viewModel.save();
            }
        });
        return field;
    }
}
