package org.onrecord.ui;

import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.api.FxToolkit;

import java.nio.file.Path;

/** The real window on the headless platform, for the end-to-end tests: started before each test, its case closed after. */
@ExtendWith(ApplicationExtension.class)
abstract class WindowTest {
    @TempDir
    static Path dir;
    final WorkbenchFixture fixture = new WorkbenchFixture();
    Stage stage;

    /** A superclass's @Start is not called by TestFX, so the window is built on the primary stage here. */
    @BeforeEach
    void startWindow() throws Exception {
        FxToolkit.setupStage(primary -> {
            stage = primary;
            fixture.start(primary, dir.resolve("data"));
        });
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    /** Opens a fresh copy of the demo case, named {@code prefix-…}, and waits until the panes show it. */
    void openDemoCopy(String prefix) throws Exception {
        fixture.openDemoCopy(dir, prefix);
    }
}
