package org.onrecord.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns an imported file's bytes into text without guessing wildly. The order follows what is
 * most reliable first: a byte-order mark, then (for HTML) the page's own charset declaration,
 * then a strict UTF-8 decode — valid UTF-8 is almost never anything else — and finally
 * windows-1252, the charset of most older Western web pages and Office exports. Text that is
 * mostly UTF-8 with a few invalid bytes is read as UTF-8, with a warning that says where it is not.
 * Binary and empty files are refused with a reason a researcher can act on.
 */
public final class TextDecoder {

    /** How far into an HTML file to look for a charset declaration; pages put it in the head. */
    static final int META_SNIFF_BYTES = 64 * 1024;

    /** Above this share of control characters the "text" is really binary data. */
    private static final double MAX_CONTROL_SHARE = 0.01;

    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta\\b[^>]*?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);

    /**
     * @param bytes    the file's content
     * @param fileName the file's name; an .htm/.html/.xhtml name counts as HTML even when
     *                 {@code html} is false, since such a file declares its charset in a meta tag
     * @param html     whether the caller will parse the text as HTML (enables the meta sniffing)
     * @throws ImportProblem "empty file" or "binary file (…)" with what the bytes look like
     */
    public DecodedText decode(byte[] bytes, String fileName, boolean html) throws ImportProblem {
        if (bytes == null || bytes.length == 0) {
            throw new ImportProblem("empty file");
        }
        String magic = BinarySignatures.describe(bytes);
        if (magic != null) {
            throw new ImportProblem("binary file (looks like " + magic + ")");
        }
        DecodedText decoded = decodeByRules(bytes, html || isHtmlName(fileName));
        String text = stripBom(decoded.text());
        if (isBlank(text)) {
            throw new ImportProblem("empty file");
        }
        if (controlShare(text) > MAX_CONTROL_SHARE) {
            throw new ImportProblem("binary file (too many control characters to be text)");
        }
        return new DecodedText(text, decoded.charset(), decoded.warning());
    }

    private static DecodedText decodeByRules(byte[] bytes, boolean html) throws ImportProblem {
        DecodedText withBom = decodeByBom(bytes);
        if (withBom != null) {
            return withBom;
        }
        DecodedText utf16 = decodeBomlessUtf16(bytes);
        if (utf16 != null) {
            return utf16;
        }
        if (indexOfNul(bytes) >= 0) {
            // Outside UTF-16 a text file has no reason to hold a NUL byte.
            throw new ImportProblem("binary file (contains NUL bytes)");
        }
        if (html) {
            Charset declared = declaredCharset(bytes);
            if (declared != null) {
                return decodeAsDeclared(bytes, declared);
            }
        }
        return decodeUtf8OrWindows1252(bytes);
    }

    private static DecodedText decodeByBom(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            // The BOM says UTF-8 even when a few bytes in the file disagree.
            return lenientUtf8(b, 3);
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return new DecodedText(new String(b, 2, b.length - 2, StandardCharsets.UTF_16LE), "UTF-16LE");
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return new DecodedText(new String(b, 2, b.length - 2, StandardCharsets.UTF_16BE), "UTF-16BE");
        }
        return null;
    }

    /**
     * UTF-16 saved without a BOM shows as a NUL in every other byte (for Latin text). Reading it
     * as UTF-16 beats refusing it as binary; anything less regular stays binary.
     */
    private static DecodedText decodeBomlessUtf16(byte[] b) {
        if (b.length < 4 || b.length % 2 != 0) {
            return null;
        }
        int evenNul = 0;
        int oddNul = 0;
        for (int i = 0; i < b.length; i++) {
            if (b[i] == 0) {
                if (i % 2 == 0) evenNul++; else oddNul++;
            }
        }
        int pairs = b.length / 2;
        if (oddNul > pairs * 0.4 && evenNul < pairs * 0.02) {
            return new DecodedText(new String(b, StandardCharsets.UTF_16LE), "UTF-16LE");
        }
        if (evenNul > pairs * 0.4 && oddNul < pairs * 0.02) {
            return new DecodedText(new String(b, StandardCharsets.UTF_16BE), "UTF-16BE");
        }
        return null;
    }

    private static Charset declaredCharset(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, META_SNIFF_BYTES), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        if (!m.find()) {
            return null;
        }
        try {
            return Charset.forName(m.group(1).trim());
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return null; // an unknown label is no information: fall back to detection
        }
    }

    private static DecodedText decodeAsDeclared(byte[] bytes, Charset declared) {
        String name = declared.name().toLowerCase(Locale.ROOT);
        boolean westernSingleByte = name.equals("iso-8859-1") || name.equals("us-ascii") || name.equals("windows-1252");
        // A page that reached us as bytes without a BOM cannot be UTF-16 whatever its meta says
        // (browsers read such a label as UTF-8 too).
        boolean utf16Label = name.startsWith("utf-16");
        if (name.equals("utf-8") || westernSingleByte || utf16Label) {
            // Pages labelled latin-1 but saved as UTF-8 are common (the label was copied from a
            // template); windows-1252 text with non-ASCII bytes is practically never valid UTF-8,
            // so a clean UTF-8 decode wins over a single-byte label. Browsers read latin-1 and
            // ASCII labels as windows-1252, and so do we.
            return decodeUtf8OrWindows1252(bytes);
        }
        return new DecodedText(new String(bytes, declared), declared.name());
    }

    private static DecodedText decodeUtf8OrWindows1252(byte[] bytes) {
        try {
            CharBuffer chars = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
            return new DecodedText(chars.toString(), "UTF-8");
        } catch (CharacterCodingException notUtf8) {
            Utf8Census census = Utf8Census.of(bytes);
            if (census.isMostlyUtf8()) {
                return lenientUtf8(bytes, 0);
            }
            return new DecodedText(Windows1252.decode(bytes, 0, bytes.length), "windows-1252");
        }
    }

    /**
     * Mostly UTF-8 is read as UTF-8, each invalid stretch shown as U+FFFD, as a browser or an
     * editor shows the same file — guessing another charset for the stray bytes would invent
     * characters the file does not hold — and the import says so.
     */
    private static DecodedText lenientUtf8(byte[] b, int from) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(b, from, b.length - from);
        CharBuffer out = CharBuffer.allocate(b.length - from + 1);
        int invalid = 0;
        for (CoderResult result = decoder.decode(in, out, true); result.isError(); result = decoder.decode(in, out, true)) {
            out.put('\uFFFD');
            in.position(in.position() + result.length());
            invalid++;
        }
        decoder.flush(out);
        out.flip();
        String warning = invalid == 0 ? null
                : "not valid UTF-8 in " + invalid + (invalid == 1 ? " place" : " places") + "; read as UTF-8 (shown as \uFFFD there)";
        return new DecodedText(out.toString(), "UTF-8", warning);
    }

    private static String stripBom(String text) {
        return !text.isEmpty() && text.charAt(0) == '\uFEFF' ? text.substring(1) : text;
    }

    private static boolean isBlank(String text) {
        return text.codePoints().allMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c)
                || c == 0xFEFF || c == 0x200B);
    }

    private static double controlShare(String text) {
        int controls = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean layout = c == '\n' || c == '\r' || c == '\t' || c == '\f';
            if (!layout && (c < 0x20 || c == 0x7F || (c >= 0x80 && c <= 0x9F))) {
                controls++;
            }
        }
        return controls < 3 ? 0 : (double) controls / text.length();
    }

    private static int indexOfNul(byte[] b) {
        for (int i = 0; i < b.length; i++) {
            if (b[i] == 0) return i;
        }
        return -1;
    }

    private static boolean isHtmlName(String fileName) {
        if (fileName == null) return false;
        String n = fileName.toLowerCase(Locale.ROOT);
        return n.endsWith(".html") || n.endsWith(".htm") || n.endsWith(".xhtml");
    }
}
