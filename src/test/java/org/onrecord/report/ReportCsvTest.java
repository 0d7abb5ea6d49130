package org.onrecord.report;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ReportCsvTest {
    @Test
    void cellsWithCommasQuotesOrLineBreaksAreQuoted() {
        assertThat(CsvExporter.cell("plain")).isEqualTo("plain");
        assertThat(CsvExporter.cell("a, b")).isEqualTo("\"a, b\"");
        assertThat(CsvExporter.cell("say \"no\"")).isEqualTo("\"say \"\"no\"\"\"");
        assertThat(CsvExporter.cell("two\nlines")).isEqualTo("\"two\nlines\"");
        assertThat(CsvExporter.cell(null)).isEmpty();
    }

    @Test
    void aCellAFormulaWouldStartIsKeptAsText() {
        assertThat(CsvExporter.cell("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
        assertThat(CsvExporter.cell("@mayor")).isEqualTo("'@mayor");
        assertThat(CsvExporter.cell(-3L)).isEqualTo("-3");
    }
}
