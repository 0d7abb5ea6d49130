package org.onrecord.ui.common;

import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.onrecord.app.AppLog;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 9: an unexpected exception in background work must leave a trace in the log file. */
@ExtendWith(ApplicationExtension.class)
class BackgroundErrorLogTest {

    @Start
    void start(Stage stage) {
        stage.show();
    }

    @Test
    void aFailedBackgroundTaskIsWrittenToTheLogFileWithItsStackTrace(@TempDir Path dir) throws Exception {
        var executor = Executors.newSingleThreadExecutor();
        try (AppLog log = AppLog.install(dir.resolve("logs"))) {
            CompletableFuture<Throwable> reported = new CompletableFuture<>();
            new FxTaskRunner(executor).run("Export the report", p -> {
                throw new IllegalStateException("the disk vanished");
            }, ok -> reported.complete(null), reported::complete);

            assertThat(reported.get(10, TimeUnit.SECONDS)).hasMessage("the disk vanished");
            WaitForAsyncUtils.waitForFxEvents();
            String written = Files.readString(log.directory().resolve("onrecord-0.log"));
            assertThat(written).contains("SEVERE org.onrecord.ui.common.FxTaskRunner: background task 'Export the report' failed")
                    .contains("java.lang.IllegalStateException: the disk vanished")
                    .contains("at org.onrecord.ui.common.BackgroundErrorLogTest");
        } finally {
            executor.shutdownNow();
        }
    }
}
