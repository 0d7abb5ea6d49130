package org.onrecord.report;

import com.openhtmltopdf.extend.FSSupplier;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import com.openhtmltopdf.util.XRLog;
import org.onrecord.progress.Progress;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Renders the report's XHTML to PDF with openhtmltopdf: the bundled Noto fonts embedded (subset),
 * SVG figures drawn by Batik, bookmarks from the document's {@code <bookmarks>}, metadata from its
 * {@code <title>} and {@code <meta>}. Cancellation is checked between parsing, layout and writing.
 */
public final class PdfReportWriter {
    static final String FONTS = "/org/onrecord/fonts/";

    /** Held so the levels set below stay set (java.util.logging keeps loggers weakly). */
    private static final List<Logger> QUIET = List.of(Logger.getLogger("org.apache.pdfbox.pdmodel.font"),
            Logger.getLogger("org.apache.fontbox.ttf"));

    static {
        // openhtmltopdf logs every step at INFO to standard error; a report is one step of ours.
        XRLog.setLoggingEnabled(false);
        // PDFBox warns that the base-14 fonts openhtmltopdf registers as defaults have no files
        // here; the report never uses them (every font in it is embedded, see the tests).
        QUIET.forEach(logger -> logger.setLevel(Level.SEVERE));
    }

    public void write(String xhtml, OutputStream out, Progress progress) throws IOException {
        Document doc = parse(xhtml);
        checkCancelled(progress);
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        font(builder, "NotoSans-Regular.ttf", "Noto Sans", 400);
        font(builder, "NotoSans-Bold.ttf", "Noto Sans", 700);
        font(builder, "NotoSansKR-Hangul-Regular.ttf", "Noto Sans KR", 400);
        font(builder, "NotoSansKR-Hangul-Bold.ttf", "Noto Sans KR", 700);
        builder.useSVGDrawer(new BatikSVGDrawer());
        builder.withW3cDocument(doc, "about:blank");
        builder.withProducer("Onrecord 0.1.0 (openhtmltopdf)");
        builder.toStream(out);
        try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
            progress.update(3, 5, "Laying out pages");
            renderer.layout();
            checkCancelled(progress);
            progress.update(4, 5, "Writing PDF");
            checkCancelled(progress);
            renderer.createPDF();
        }
        // a cancel that came while the file was written still keeps it from replacing the old one
        checkCancelled(progress);
    }

    private static void font(PdfRendererBuilder builder, String file, String family, int weight) {
        FSSupplier<InputStream> supplier = () -> {
            InputStream in = PdfReportWriter.class.getResourceAsStream(FONTS + file);
            if (in == null) {
                throw new UncheckedIOException(new IOException("report font missing from the classpath: " + file));
            }
            return in;
        };
        builder.useFont(supplier, family, weight, FontStyle.NORMAL, true);
    }

    static Document parse(String xhtml) throws IOException {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setExpandEntityReferences(false);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xhtml)));
        } catch (Exception e) {
            throw new IOException("the report document is not well-formed: " + e.getMessage(), e);
        }
    }

    static void checkCancelled(Progress progress) {
        if (progress.isCancelled()) {
            throw new CancellationException("report cancelled");
        }
    }
}
