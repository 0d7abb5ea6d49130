package org.onrecord.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JsonStringsTest {

    @Test
    void escapesQuotesBackslashesAndControlCharacters() {
        assertThat(JsonStrings.quote("a \"b\" \\ c\nd\te\u0001"))
                .isEqualTo("\"a \\\"b\\\" \\\\ c\\nd\\te\\u0001\"");
    }

    @Test
    void leavesNonAsciiTextAsIs() {
        assertThat(JsonStrings.quote("Ærø – “quoted” 日本")).isEqualTo("\"Ærø – “quoted” 日本\"");
    }
}
