package org.onrecord.ui.review;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.onrecord.model.ReviewState;

import java.util.Locale;

/**
 * The small bar of the review mode, over the status bar: where the walk is, what the suggestion in
 * view proposes and why (its evidence), the keys, and the bulk actions. Shown only in review mode;
 * it takes the keyboard when the review starts, so A / R / E / N / P never land in a text field.
 */
public final class ReviewBar extends VBox {
    private final ReviewViewModel viewModel;
    private final MenuButton all = new MenuButton("All like this…");

    public ReviewBar(ReviewViewModel viewModel) {
        this.viewModel = viewModel;
        setId("reviewBar");
        getStyleClass().add("review-bar");
        setPadding(new Insets(4, 8, 4, 8));
        setSpacing(2);
        setFocusTraversable(true);

        Label title = new Label("Review");
        title.getStyleClass().add("review-title");
        Label position = new Label();
        position.setId("reviewPosition");
        position.textProperty().bind(viewModel.positionProperty());
        Label proposal = new Label();
        proposal.setId("reviewProposal");
        proposal.getStyleClass().add("review-proposal");
        proposal.textProperty().bind(viewModel.proposalProperty());
        proposal.setMinWidth(0);
        HBox.setHgrow(proposal, Priority.ALWAYS);
        proposal.setMaxWidth(Double.MAX_VALUE);

        Button accept = button("Accept", "A", "mdi2c-check", viewModel::accept);
        Button reject = button("Reject", "R", "mdi2c-close", viewModel::reject);
        Button edit = button("Edit", "E", "mdi2p-pencil", viewModel::edit);
        Button previous = button("Previous", "P", "mdi2c-chevron-left", viewModel::previous);
        Button next = button("Next", "N", "mdi2c-chevron-right", viewModel::next);
        Button leave = button("Leave", "Esc", null, viewModel::stop);
        accept.setId("reviewAccept");
        reject.setId("reviewReject");
        all.setId("reviewAll");
        all.setOnShowing(e -> fillBulk());
        all.setFocusTraversable(false);
        viewModel.currentProperty().addListener((obs, o, n) -> {
            boolean none = n == null;
            accept.setDisable(none);
            reject.setDisable(none);
            edit.setDisable(none);
            all.setDisable(none);
        });

        HBox top = new HBox(8, title, position, proposal, accept, reject, edit, previous, next, all, leave);
        top.setAlignment(Pos.CENTER_LEFT);
        Label evidence = new Label();
        evidence.setId("reviewEvidence");
        evidence.getStyleClass().add("review-evidence");
        evidence.textProperty().bind(viewModel.evidenceProperty());
        evidence.setMaxWidth(Double.MAX_VALUE);
        evidence.setTooltip(new Tooltip());
        evidence.getTooltip().textProperty().bind(viewModel.evidenceProperty());
        getChildren().addAll(top, evidence);

        setOnMousePressed(e -> requestFocus());
        managedProperty().bind(viewModel.activeProperty());
        visibleProperty().bind(viewModel.activeProperty());
        viewModel.activeProperty().addListener((obs, was, on) -> {
            if (on) {
                requestFocus();
            }
        });
    }

    private Button button(String text, String key, String icon, Runnable action) {
        Button b = new Button(text + " (" + key + ")");
        if (icon != null) {
            b.setGraphic(new FontIcon(icon));
        }
        b.setFocusTraversable(false); // the bar keeps the keyboard; a click must not leave it on a button
        b.setOnAction(e -> {
            action.run();
            requestFocus();
        });
        return b;
    }

    /** The bulk actions for the suggestion in view, with how many each would take. */
    private void fillBulk() {
        all.getItems().clear();
        for (ReviewViewModel.Scope scope : ReviewViewModel.Scope.values()) {
            viewModel.bulkLabel(scope).ifPresent(label -> {
                if (!all.getItems().isEmpty()) {
                    all.getItems().add(new SeparatorMenuItem());
                }
                all.getItems().add(bulkItem("Accept " + label, scope, ReviewState.ACCEPTED));
                all.getItems().add(bulkItem("Reject " + label, scope, ReviewState.REJECTED));
            });
        }
    }

    private MenuItem bulkItem(String text, ReviewViewModel.Scope scope, ReviewState verdict) {
        MenuItem item = new MenuItem(text);
        item.setId("review-" + verdict.code() + "-" + scope.name().toLowerCase(Locale.ROOT));
        item.setOnAction(e -> {
            viewModel.bulk(scope, verdict);
            requestFocus();
        });
        return item;
    }
}
