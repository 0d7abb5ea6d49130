package org.onrecord;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LaunchRequestTest {
    @Test
    void noArgumentsOpensTheWindowOnTheLastCase() {
        assertThat(LaunchRequest.of()).isEqualTo(new LaunchRequest(true, null));
    }

    @Test
    void openWithAFileOpensThatCase() {
        assertThat(LaunchRequest.of("open", "a.onrecord")).isEqualTo(new LaunchRequest(true, "a.onrecord"));
        assertThat(LaunchRequest.of("open")).isEqualTo(new LaunchRequest(true, null));
    }

    @Test
    void aCaseFileAloneOpensTheWindowAsADoubleClickDoes() {
        assertThat(LaunchRequest.of("/home/r/Sony hack.onrecord")).isEqualTo(new LaunchRequest(true, "/home/r/Sony hack.onrecord"));
        assertThat(LaunchRequest.of("CASE.ONRECORD").window()).isTrue();
    }

    @Test
    void aFileUriFromAFileManagerBecomesAPath() {
        assertThat(LaunchRequest.of("file:///home/r/Sony%20hack.onrecord"))
                .isEqualTo(new LaunchRequest(true, "/home/r/Sony hack.onrecord"));
    }

    @Test
    void subCommandsAndOptionsRunTheCommandLine() {
        assertThat(LaunchRequest.of("--version").window()).isFalse();
        assertThat(LaunchRequest.of("list", "--case", "a.onrecord").window()).isFalse();
        assertThat(LaunchRequest.of("open", "--help").window()).isFalse();
        assertThat(LaunchRequest.of("a.onrecord", "b.onrecord").window()).isFalse();
        assertThat(LaunchRequest.of("list").window()).isFalse();
    }
}
