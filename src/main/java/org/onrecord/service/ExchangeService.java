package org.onrecord.service;

import org.onrecord.progress.Progress;
import org.onrecord.report.AtomicFileWriter;
import org.onrecord.report.CsvExporter;
import org.onrecord.report.QdpxExporter;
import org.onrecord.report.ReportInput;
import org.onrecord.report.ReportOptions;
import org.onrecord.report.Selection;
import org.onrecord.store.CaseStore;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.CancellationException;

/**
 * Exports for other tools: CSV tables and a REFI-QDA project, of the part of the case the options
 * select (articles, kinds, speakers, suggestions). Files are written whole or not at all.
 */
public final class ExchangeService {
    private final ReportService reports;
    private final CsvExporter csv = new CsvExporter();
    private final QdpxExporter qdpx = new QdpxExporter();

    public ExchangeService(ReportService reports) {
        this.reports = reports;
    }

    public Selection select(CaseStore store, ReportOptions options) {
        return Selection.of(reports.read(store), options);
    }

    public void writeCsv(CaseStore store, ReportOptions options, CsvExporter.Table table, OutputStream out) throws IOException {
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        csv.write(select(store, options), table, writer);
        writer.flush();
    }

    public void writeCsv(CaseStore store, ReportOptions options, CsvExporter.Table table, Path target) throws IOException {
        Selection selection = select(store, options);
        AtomicFileWriter.write(target, out -> {
            Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            csv.write(selection, table, writer);
            writer.flush();
        });
    }

    /** Writes every CSV table into {@code folder} as statements.csv, entities.csv, events.csv. */
    public void writeCsvTables(CaseStore store, ReportOptions options, Path folder, Progress progress) throws IOException {
        Selection selection = select(store, options);
        CsvExporter.Table[] tables = CsvExporter.Table.values();
        for (int i = 0; i < tables.length; i++) {
            if (progress.isCancelled()) {
                throw new CancellationException("export cancelled");
            }
            CsvExporter.Table table = tables[i];
            AtomicFileWriter.write(folder.resolve(table.fileName()), out -> {
                Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
                csv.write(selection, table, writer);
                writer.flush();
            });
            progress.update(i + 1, tables.length, "Wrote " + table.fileName());
        }
    }

    public void writeQdpx(CaseStore store, ReportOptions options, OutputStream out, Progress progress) throws IOException {
        ReportInput input = reports.read(store);
        String name = options.title() != null && !options.title().isBlank() ? options.title() : input.caseName();
        qdpx.write(Selection.of(input, options), input.kinds(), name, out, progress);
    }

    public void writeQdpx(CaseStore store, ReportOptions options, Path target, Progress progress) throws IOException {
        AtomicFileWriter.write(target, out -> writeQdpx(store, options, out, progress));
    }
}
