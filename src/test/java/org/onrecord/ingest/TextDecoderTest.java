package org.onrecord.ingest;

import static java.nio.charset.StandardCharsets.UTF_16BE;
import static java.nio.charset.StandardCharsets.UTF_16LE;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import org.junit.jupiter.api.Test;

class TextDecoderTest {

    private static final Charset CP1252 = Charset.forName("windows-1252");
    private final TextDecoder decoder = new TextDecoder();

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) out.writeBytes(p);
        return out.toByteArray();
    }

    private static byte[] bytes(int... values) {
        byte[] b = new byte[values.length];
        for (int i = 0; i < values.length; i++) b[i] = (byte) values[i];
        return b;
    }

    @Test
    void readsPlainUtf8() throws Exception {
        DecodedText d = decoder.decode("Der Bürgermeister sagte „nein“.".getBytes(UTF_8), "a.txt", false);
        assertThat(d.text()).isEqualTo("Der Bürgermeister sagte „nein“.");
        assertThat(d.charset()).isEqualTo("UTF-8");
    }

    @Test
    void stripsUtf8ByteOrderMark() throws Exception {
        DecodedText d = decoder.decode(concat(bytes(0xEF, 0xBB, 0xBF), "Café opens".getBytes(UTF_8)), "a.txt", false);
        assertThat(d.text()).isEqualTo("Café opens");
        assertThat(d.charset()).isEqualTo("UTF-8");
    }

    @Test
    void readsUtf16LittleEndianWithBom() throws Exception {
        DecodedText d = decoder.decode(concat(bytes(0xFF, 0xFE), "Mayor’s office".getBytes(UTF_16LE)), "a.txt", false);
        assertThat(d.text()).isEqualTo("Mayor’s office");
        assertThat(d.charset()).isEqualTo("UTF-16LE");
    }

    @Test
    void readsUtf16BigEndianWithBom() throws Exception {
        DecodedText d = decoder.decode(concat(bytes(0xFE, 0xFF), "Mayor’s office".getBytes(UTF_16BE)), "a.txt", false);
        assertThat(d.text()).isEqualTo("Mayor’s office");
        assertThat(d.charset()).isEqualTo("UTF-16BE");
    }

    @Test
    void readsUtf16WithoutBomInsteadOfCallingItBinary() throws Exception {
        DecodedText d = decoder.decode("The council met on Monday.".getBytes(UTF_16LE), "a.txt", false);
        assertThat(d.text()).isEqualTo("The council met on Monday.");
    }

    @Test
    void fallsBackToWindows1252ForCurlyQuotes() throws Exception {
        String text = "“We deny it,” the minister’s aide said – twice.";
        DecodedText d = decoder.decode(text.getBytes(CP1252), "a.txt", false);
        assertThat(d.text()).isEqualTo(text);
        assertThat(d.charset()).isEqualTo("windows-1252");
    }

    @Test
    void readsMostlyUtf8TextWithStrayBytesAsUtf8AndSaysWhere() throws Exception {
        byte[] mixed = concat("Zürich café, naïve résumé — ".getBytes(UTF_8), "“quoted”".getBytes(CP1252),
                " and more UTF-8: São Paulo".getBytes(UTF_8));
        DecodedText d = decoder.decode(mixed, "a.txt", false);
        assertThat(d.text()).isEqualTo("Zürich café, naïve résumé — \uFFFDquoted\uFFFD and more UTF-8: São Paulo");
        assertThat(d.charset()).isEqualTo("UTF-8");
        assertThat(d.warning()).startsWith("not valid UTF-8 in 2 places; read as UTF-8");
    }

    @Test
    void aFewUtf8QuotesAmongMoreStrayBytesAreNotGarbledAsWindows1252() throws Exception {
        // the tester's file: UTF-8 curly quotes, and more bytes that are not UTF-8 at all
        byte[] bytes = concat("The envoy said “no” and left.\n".getBytes(UTF_8),
                new byte[]{'A', 'l', 'b', (byte) 0xE9, 'r', 'i', 'c', ' ', (byte) 0xFC, ' ', (byte) 0xE0, ' ', (byte) 0xF6, '\n'});
        DecodedText d = decoder.decode(bytes, "a.txt", false);
        assertThat(d.text()).startsWith("The envoy said “no” and left.\nAlb\uFFFDric");
        assertThat(d.charset()).isEqualTo("UTF-8");
        assertThat(d.warning()).startsWith("not valid UTF-8 in 4 places; read as UTF-8");
    }

    @Test
    void validUtf8AndPlainWindows1252NeedNoWarning() throws Exception {
        assertThat(decoder.decode("“São Paulo”".getBytes(UTF_8), "a.txt", false).warning()).isNull();
        assertThat(decoder.decode("“We deny it,” said René.".getBytes(CP1252), "a.txt", false).warning()).isNull();
    }

    @Test
    void keepsLineEndsVerbatimSoOffsetsMatchTheFile() throws Exception {
        DecodedText d = decoder.decode("one\r\ntwo\rthree\n".getBytes(UTF_8), "a.txt", false);
        assertThat(d.text()).isEqualTo("one\r\ntwo\rthree\n");
    }

    @Test
    void honoursMetaCharsetInHtml() throws Exception {
        String html = "<html><head><meta charset=\"iso-8859-2\"></head><body>Łódź</body></html>";
        DecodedText d = decoder.decode(html.getBytes(Charset.forName("ISO-8859-2")), "page.html", true);
        assertThat(d.text()).contains("Łódź");
        assertThat(d.charset()).isEqualTo("ISO-8859-2");
    }

    @Test
    void honoursHttpEquivContentTypeInHtml() throws Exception {
        String html = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1251\">"
                + "</head><body>Москва</body></html>";
        DecodedText d = decoder.decode(html.getBytes(Charset.forName("windows-1251")), "page.html", true);
        assertThat(d.text()).contains("Москва");
    }

    @Test
    void findsMetaCharsetBeyondTheFirstFiveKilobytes() throws Exception {
        String html = "<html><head><!--" + "x".repeat(20_000) + "--><meta charset=\"koi8-r\"></head><body>Привет</body></html>";
        DecodedText d = decoder.decode(html.getBytes(Charset.forName("KOI8-R")), "page.html", true);
        assertThat(d.text()).contains("Привет");
    }

    @Test
    void prefersValidUtf8OverALatin1Label() throws Exception {
        String html = "<meta charset=\"iso-8859-1\"><p>Zürich</p>";
        DecodedText d = decoder.decode(html.getBytes(UTF_8), "page.html", true);
        assertThat(d.text()).contains("Zürich");
    }

    @Test
    void readsAnEightBitPageLabelledUtf16AsUtf8() throws Exception {
        String html = "<meta charset=\"utf-16\"><p>Zürich</p>";
        assertThat(decoder.decode(html.getBytes(UTF_8), "page.html", true).text()).contains("Zürich");
    }

    @Test
    void refusesPngWithItsName() {
        byte[] png = concat(bytes(0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A), new byte[64]);
        assertThatThrownBy(() -> decoder.decode(png, "photo.txt", false))
                .isInstanceOf(ImportProblem.class).hasMessage("binary file (looks like PNG image)");
    }

    @Test
    void refusesZipAndElfByTheirMagicNumbers() {
        assertThatThrownBy(() -> decoder.decode(concat(bytes('P', 'K', 3, 4), new byte[30]), "a.txt", false))
                .hasMessageContaining("ZIP");
        assertThatThrownBy(() -> decoder.decode(concat(bytes(0x7F, 'E', 'L', 'F'), new byte[30]), "a.txt", false))
                .hasMessageContaining("ELF");
        assertThatThrownBy(() -> decoder.decode(bytes(0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10), "a.txt", false))
                .hasMessageContaining("JPEG");
    }

    @Test
    void refusesNulBytesOutsideUtf16() {
        byte[] data = concat("header".getBytes(UTF_8), bytes(0, 1, 2, 0, 0, 0, 7), "tail text here".getBytes(UTF_8));
        assertThatThrownBy(() -> decoder.decode(data, "a.txt", false))
                .isInstanceOf(ImportProblem.class).hasMessageStartingWith("binary file");
    }

    @Test
    void refusesTextFullOfControlCharacters() {
        byte[] data = new byte[200];
        for (int i = 0; i < data.length; i++) data[i] = (byte) (i % 2 == 0 ? 'a' : 0x01);
        assertThatThrownBy(() -> decoder.decode(data, "a.txt", false))
                .isInstanceOf(ImportProblem.class).hasMessageStartingWith("binary file");
    }

    @Test
    void refusesEmptyFile() {
        assertThatThrownBy(() -> decoder.decode(new byte[0], "a.txt", false))
                .isInstanceOf(ImportProblem.class).hasMessage("empty file");
    }

    @Test
    void refusesWhitespaceOnlyFile() {
        assertThatThrownBy(() -> decoder.decode(" \n\t\r\n\u00A0 ".getBytes(UTF_8), "a.txt", false))
                .isInstanceOf(ImportProblem.class).hasMessage("empty file");
    }

    @Test
    void refusesFileThatIsOnlyAByteOrderMark() {
        assertThatThrownBy(() -> decoder.decode(bytes(0xEF, 0xBB, 0xBF, '\n'), "a.txt", false))
                .isInstanceOf(ImportProblem.class).hasMessage("empty file");
    }
}
