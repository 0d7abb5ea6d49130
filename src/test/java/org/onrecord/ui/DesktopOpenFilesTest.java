package org.onrecord.ui;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DesktopOpenFilesTest {
    final List<Path> opened = new ArrayList<>();
    final List<String> said = new ArrayList<>();
    final DesktopOpenFiles desktop = new DesktopOpenFiles(opened::add, said::add);

    @Test
    void theFirstCaseAmongTheFilesIsOpened() {
        desktop.open(List.of("/Users/r/notes.txt", "/Users/r/Sony hack.onrecord", "/Users/r/Other.ONRECORD"));

        assertThat(opened).containsExactly(Path.of("/Users/r/Sony hack.onrecord"));
        assertThat(said).isEmpty();
        assertThat(desktop.received()).isTrue();
    }

    @Test
    void aFileThatIsNotACaseGetsOneSentenceAndOpensNothing() {
        desktop.open(List.of("/Users/r/Downloads/page.html"));

        assertThat(opened).isEmpty();
        assertThat(said).containsExactly(
                "page.html is not an Onrecord case (a .onrecord file); to add it to the open case, use File › Import files….");
    }

    @Test
    void anEmptyEventIsNotAnOpening() {
        desktop.open(List.of());
        desktop.open(Arrays.asList(null, "  "));

        assertThat(opened).isEmpty();
        assertThat(said).isEmpty();
        assertThat(desktop.received()).isFalse();
    }
}
