package org.onrecord.ui;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/** What a first start shows: create a case, open one, or look around in the demo case. */
final class WelcomePane extends VBox {
    WelcomePane(Runnable newCase, Runnable openCase, Runnable demo, List<Path> recent, Consumer<Path> openRecent) {
        getStyleClass().add("welcome");
        setAlignment(Pos.CENTER);
        setSpacing(14);
        setPadding(new Insets(40));
        Label title = new Label("Onrecord");
        title.getStyleClass().add("welcome-title");
        Label subtitle = new Label("Who said what, when — and where it is written.");
        subtitle.getStyleClass().add("welcome-subtitle");
        Button create = button("New case…", "mdi2p-plus", newCase, "welcomeNew");
        Button open = button("Open case…", "mdi2f-folder-open", openCase, "welcomeOpen");
        Button tryDemo = button("Open the demo case", "mdi2f-file-document-outline", demo, "welcomeDemo");
        tryDemo.setDefaultButton(true);
        getChildren().addAll(title, subtitle, create, open, tryDemo);
        if (!recent.isEmpty()) {
            Label recentLabel = new Label("Recent cases");
            recentLabel.getStyleClass().add("pane-title");
            getChildren().add(recentLabel);
            for (Path p : recent.subList(0, Math.min(5, recent.size()))) {
                Hyperlink link = new Hyperlink(p.toString());
                link.setOnAction(e -> openRecent.accept(p));
                getChildren().add(link);
            }
        }
    }

    private static Button button(String text, String icon, Runnable action, String id) {
        Button b = new Button(text, new FontIcon(icon));
        b.setId(id);
        b.setPrefWidth(260);
        b.setOnAction(e -> action.run());
        return b;
    }
}
