package org.onrecord.ui.timeline;

import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.onrecord.ui.state.Focus;
import org.onrecord.ui.state.PaneId;
import org.onrecord.ui.state.WorkbenchState;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import javax.imageio.ImageIO;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/** Renders the pane to PNGs under target/ for a person to look at (dates honest, labels apart). */
@ExtendWith(ApplicationExtension.class)
class TimelineSnapshotTest {
    private WorkbenchState state;
    private TimelineViewModel viewModel;
    private Scene scene;

    @Start
    void start(Stage stage) {
        state = new WorkbenchState();
        state.reset(TimelineStory.snapshot());
        viewModel = new TimelineViewModel(state);
        scene = new Scene(new TimelineView(viewModel), 1000, 620);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void articleLanesWithAFocusedEvent(FxRobot robot) throws IOException {
        robot.interact(() -> state.focus(new Focus.OnEvent(TimelineStory.ESTIMATES), PaneId.SOURCE));
        assertThat(save(robot, "timeline-articles.png")).isNotEmptyFile();
    }

    @Test
    void entityLanesWithADateRange(FxRobot robot) throws IOException {
        robot.interact(() -> {
            viewModel.laneModeProperty().set(LaneMode.ENTITY);
            viewModel.selectDates(java.time.LocalDate.of(2015, 1, 1), java.time.LocalDate.of(2015, 2, 28));
        });
        assertThat(save(robot, "timeline-entities.png")).isNotEmptyFile();
    }

    @Test
    void zoomedToWeeks(FxRobot robot) throws IOException {
        robot.interact(() -> {
            viewModel.showWindow(new DateWindow(java.time.LocalDate.of(2014, 11, 3), java.time.LocalDate.of(2015, 1, 25)));
            viewModel.select(TimelineStory.VOTE);
        });
        assertThat(save(robot, "timeline-weeks.png")).isNotEmptyFile();
    }

    private Path save(FxRobot robot, String name) throws IOException {
        AtomicReference<WritableImage> image = new AtomicReference<>();
        robot.interact(() -> image.set(scene.snapshot(null)));
        Path out = Path.of("target", name);
        Files.createDirectories(out.getParent());
        ImageIO.write(SwingFXUtils.fromFXImage(image.get(), null), "png", out.toFile());
        return out;
    }
}
