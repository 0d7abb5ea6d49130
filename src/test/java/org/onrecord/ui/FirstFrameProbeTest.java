package org.onrecord.ui;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onrecord.ChildJvm;
import org.onrecord.Launcher;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code -Donrecord.exitAfterFirstFrame=true} closes the real window once its first frame is painted,
 * with or without {@code -Donrecord.timing=true} (the jar-finding recipe in docs/installing.md uses it
 * alone; the window then stayed open for ever). The app itself is started, in a JVM of its own, on
 * JavaFX's headless platform.
 */
class FirstFrameProbeTest {
    @TempDir
    Path home;

    private Process window(String... properties) throws Exception {
        List<String> options = new ArrayList<>(List.of("-Xmx512m", "-Duser.home=" + home,
                "-Djava.util.prefs.userRoot=" + home.resolve("prefs"), "-Dglass.platform=Headless", "-Dprism.order=sw",
                "--enable-native-access=ALL-UNNAMED"));
        options.addAll(List.of(properties));
        Process p = ChildJvm.of(options, Launcher.class).redirectErrorStream(true)
                .redirectOutput(home.resolve("out.txt").toFile()).start();
        p.getOutputStream().close();
        return p;
    }

    @Test
    void exitAfterFirstFrameAloneClosesTheWindow() throws Exception {
        Process p = window("-Donrecord.exitAfterFirstFrame=true");
        try {
            assertThat(p.waitFor(2, TimeUnit.MINUTES)).as("the window closed after its first frame").isTrue();
            assertThat(p.exitValue()).isZero();
        } finally {
            p.destroyForcibly();
        }
    }

    @Test
    void withTimingItAlsoSaysWhenTheFirstFrameCame() throws Exception {
        Process p = window("-Donrecord.exitAfterFirstFrame=true", "-Donrecord.timing=true");
        try {
            assertThat(p.waitFor(2, TimeUnit.MINUTES)).as("the window closed after its first frame").isTrue();
            assertThat(p.exitValue()).isZero();
            assertThat(Files.readString(home.resolve("out.txt"))).containsPattern("first frame: \\d+ ms after JVM start");
        } finally {
            p.destroyForcibly();
        }
    }
}
