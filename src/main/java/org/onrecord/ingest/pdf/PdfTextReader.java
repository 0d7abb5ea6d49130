package org.onrecord.ingest.pdf;

import org.onrecord.ingest.ReadInterrupted;
import org.apache.pdfbox.pdmodel.PDPage;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Calendar;
import java.util.GregorianCalendar;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.onrecord.ingest.ImportProblem;
import org.onrecord.model.ArticleMetadata;
import org.onrecord.model.PublicationDate;

/**
 * Reads the text layer of a PDF — a saved article, a press release, a court filing. Text is
 * ordered by position on the page (multi-column layouts otherwise come out in drawing order) and
 * paragraphs are separated by blank lines, as the plain-text pipeline expects. A PDF that cannot
 * give text says why: a password, a damaged file, or pages that are only scanned images.
 */
public final class PdfTextReader {

    public ExtractedPdf read(byte[] pdf) throws ImportProblem {
        if (pdf == null || pdf.length == 0) {
            throw new ImportProblem("empty file");
        }
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = textOf(doc);
            if (text.isBlank()) {
                throw new ImportProblem("no text layer (scanned pages? run OCR first)");
            }
            return new ExtractedPdf(text, doc.getNumberOfPages(), metadataOf(doc));
        } catch (InvalidPasswordException e) {
            throw new ImportProblem("encrypted PDF (it needs a password to open; save an unprotected copy)", e);
        } catch (ReadInterrupted stop) {
            throw stop;
        } catch (IOException | RuntimeException e) {
            // PDFBox signals damaged files with many exception types; none of them is the
            // researcher's business beyond "this file is broken".
            throw new ImportProblem("damaged or unreadable PDF", e);
        }
    }

    private static String textOf(PDDocument doc) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void startPage(PDPage page) throws IOException {
                ReadInterrupted.check(); // a long document stops between pages when its time is up
                super.startPage(page);
            }
        };
        stripper.setSortByPosition(true);
        stripper.setLineSeparator("\n");
        stripper.setParagraphStart("");
        stripper.setParagraphEnd("\n");
        stripper.setPageEnd("\n");
        String raw = stripper.getText(doc);
        // The stripper may emit more than one empty line between paragraphs and pages; one blank
        // line is the paragraph break the rest of the pipeline understands.
        return raw.replaceAll("[ \\t]+\n", "\n").replaceAll("\n{3,}", "\n\n").strip();
    }

    private static ArticleMetadata metadataOf(PDDocument doc) {
        PDDocumentInformation info = doc.getDocumentInformation();
        String title = blankToNull(info.getTitle());
        String author = blankToNull(info.getAuthor());
        PublicationDate created = dayOf(info.getCreationDate());
        String language = blankToNull(doc.getDocumentCatalog().getLanguage());
        return new ArticleMetadata(title, null, author, null, created, language);
    }

    /** The calendar day in the PDF's own time zone, as the author's clock showed it. */
    private static PublicationDate dayOf(Calendar calendar) {
        if (calendar == null) return null;
        LocalDate day = calendar instanceof GregorianCalendar g
                ? g.toZonedDateTime().toLocalDate()
                : LocalDate.of(calendar.get(Calendar.YEAR), calendar.get(Calendar.MONTH) + 1,
                        calendar.get(Calendar.DAY_OF_MONTH));
        return PublicationDate.day(day);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
