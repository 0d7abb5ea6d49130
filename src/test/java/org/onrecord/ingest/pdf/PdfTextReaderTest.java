package org.onrecord.ingest.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.TimeZone;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.Test;
import org.onrecord.ingest.ImportProblem;
import org.onrecord.model.PublicationDate;

class PdfTextReaderTest {

    private final PdfTextReader reader = new PdfTextReader();

    private interface PageWriter {
        void write(PDDocument doc, PDPageContentStream content) throws IOException;
    }

    private static byte[] pdf(PageWriter writer, PDDocumentInformation info) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                writer.write(doc, content);
            }
            if (info != null) doc.setDocumentInformation(info);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }

    private static void line(PDPageContentStream c, float y, String text) throws IOException {
        c.beginText();
        c.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
        c.newLineAtOffset(72, y);
        c.showText(text);
        c.endText();
    }

    private static byte[] articlePdf(PDDocumentInformation info) throws IOException {
        return pdf((doc, c) -> {
            line(c, 700, "Harbour council rejects ferry plan");
            line(c, 640, "The council voted on Tuesday against the terminal.");
            line(c, 626, "Supporters said they would appeal.");
            line(c, 560, "The operator was disappointed.");
        }, info);
    }

    @Test
    void readsTheTextLayerInReadingOrder() throws Exception {
        ExtractedPdf pdf = reader.read(articlePdf(null));
        assertThat(pdf.text()).startsWith("Harbour council rejects ferry plan")
                .contains("The council voted on Tuesday against the terminal.\nSupporters said they would appeal.")
                .endsWith("The operator was disappointed.");
        assertThat(pdf.pages()).isEqualTo(1);
    }

    @Test
    void separatesParagraphsWithABlankLine() throws Exception {
        String text = reader.read(articlePdf(null)).text();
        assertThat(text).contains("appeal.\n\nThe operator");
    }

    @Test
    void readsTitleAuthorAndCreationDayFromDocumentInformation() throws Exception {
        PDDocumentInformation info = new PDDocumentInformation();
        info.setTitle("Ferry plan rejected");
        info.setAuthor("Ines Moravec");
        Calendar created = new GregorianCalendar(TimeZone.getTimeZone("America/Los_Angeles"));
        created.clear();
        created.set(2014, Calendar.DECEMBER, 5, 23, 30);
        info.setCreationDate(created);
        ExtractedPdf pdf = reader.read(articlePdf(info));
        assertThat(pdf.metadata().title()).isEqualTo("Ferry plan rejected");
        assertThat(pdf.metadata().author()).isEqualTo("Ines Moravec");
        assertThat(pdf.metadata().published()).isEqualTo(PublicationDate.day(LocalDate.of(2014, 12, 5)));
    }

    @Test
    void refusesAnImageOnlyPdfAsHavingNoTextLayer() throws Exception {
        byte[] scanned = pdf((doc, c) -> {
            PDImageXObject image = LosslessFactory.createFromImage(doc, new BufferedImage(40, 40, BufferedImage.TYPE_INT_RGB));
            c.drawImage(image, 72, 600);
        }, null);
        assertThatThrownBy(() -> reader.read(scanned))
                .isInstanceOf(ImportProblem.class).hasMessage("no text layer (scanned pages? run OCR first)");
    }

    @Test
    void refusesAnEmptyPageAsHavingNoTextLayer() throws Exception {
        byte[] empty = pdf((doc, c) -> { }, null);
        assertThatThrownBy(() -> reader.read(empty)).hasMessageStartingWith("no text layer");
    }

    @Test
    void refusesGarbageBehindAPdfHeader() {
        byte[] garbage = "%PDF-1.7\n\u0001\u0002 this is not really a pdf at all".getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> reader.read(garbage))
                .isInstanceOf(ImportProblem.class).hasMessage("damaged or unreadable PDF");
    }

    @Test
    void refusesAPasswordProtectedPdf() throws Exception {
        byte[] locked;
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream c = new PDPageContentStream(doc, page)) {
                line(c, 700, "Secret minutes");
            }
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", "reader", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            doc.protect(policy);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            locked = out.toByteArray();
        }
        assertThatThrownBy(() -> reader.read(locked))
                .isInstanceOf(ImportProblem.class).hasMessageStartingWith("encrypted PDF");
    }

    @Test
    void refusesAnEmptyByteArray() {
        assertThatThrownBy(() -> reader.read(new byte[0])).hasMessage("empty file");
    }
}
