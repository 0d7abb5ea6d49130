package org.onrecord.report;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class QuoteMarksTest {
    @Test
    void wordsMarkedWithTheirQuotationMarksLoseThemOnce() {
        assertThat(QuoteMarks.inside("“We do not know where it is,”")).isEqualTo("We do not know where it is,");
        assertThat(QuoteMarks.inside("\"brazen\"")).isEqualTo("brazen");
        assertThat(QuoteMarks.inside("“a quote that runs on")).isEqualTo("a quote that runs on");
    }

    @Test
    void wordsWithoutQuotationMarksAreLeftAsTheyAre() {
        assertThat(QuoteMarks.inside("kindly just wait and see.")).isEqualTo("kindly just wait and see.");
        assertThat(QuoteMarks.inside("the Smiths' house")).isEqualTo("the Smiths' house");
        assertThat(QuoteMarks.inside("\"")).isEqualTo("\"");
    }
}
