package org.onrecord.ui.timeline;

import javafx.collections.ListChangeListener;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import java.util.Set;
import org.onrecord.dates.DateLabels;

/**
 * Events with no date bound at all, beside the timeline: shown, never guessed onto it. A marked
 * row gets a "▶" and bold text as well as a colour.
 */
final class UndatedList extends VBox {
    private final TimelineViewModel viewModel;
    private final ListView<TimelineItem> list = new ListView<>();
    private final Label title = new Label();

    UndatedList(TimelineViewModel viewModel) {
        this.viewModel = viewModel;
        getStyleClass().add("timeline-undated");
        title.getStyleClass().add("timeline-undated-title");
        list.setId("timeline-undated");
        list.setItems(viewModel.undatedItems());
        list.setPlaceholder(new Label("Every event has a date."));
        list.setCellFactory(v -> new Cell());
        list.setOnMouseClicked(e -> {
            TimelineItem item = list.getSelectionModel().getSelectedItem();
            if (item != null) {
                viewModel.select(item.eventId());
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);
        getChildren().addAll(title, list);
        viewModel.undatedItems().addListener((ListChangeListener<TimelineItem>) c -> updateTitle());
        viewModel.markedEventsProperty().addListener((obs, old, now) -> list.refresh());
        updateTitle();
    }

    private void updateTitle() {
        title.setText("Undated (" + viewModel.undatedItems().size() + ")");
    }

    private final class Cell extends ListCell<TimelineItem> {
        Cell() {
            // Lets the text wrap to the list's width instead of widening the list.
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(TimelineItem item, boolean empty) {
            super.updateItem(item, empty);
            getStyleClass().remove("timeline-undated-marked");
            if (empty || item == null) {
                setText(null);
                return;
            }
            Set<Long> marked = viewModel.markedEventsProperty().get();
            boolean isMarked = marked.contains(item.eventId());
            if (isMarked) {
                getStyleClass().add("timeline-undated-marked");
            }
            setText((isMarked ? "▶ " : "") + item.headline() + "\n" + item.articleTitle() + " · " + DateLabels.of(item.date()));
            setWrapText(true);
        }
    }
}
