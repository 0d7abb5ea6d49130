package org.onrecord.service;

import org.onrecord.report.AtomicFileWriter;
import org.onrecord.report.CaseJsonExporter;
import org.onrecord.store.CaseStore;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** Exports a case for other tools; files are written whole or not at all. */
public final class ExportService {
    private final CaseJsonExporter json = new CaseJsonExporter();

    public void exportJson(CaseStore store, Path target) throws IOException {
        long started = System.nanoTime();
        AtomicFileWriter.write(target, out -> exportJson(store, out));
        Timings.log("JSON export to " + target.getFileName(), started);
    }

    public void exportJson(CaseStore store, OutputStream out) throws IOException {
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        json.export(store, writer);
        writer.flush();
    }
}
