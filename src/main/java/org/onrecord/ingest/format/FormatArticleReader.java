package org.onrecord.ingest.format;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.onrecord.ingest.ArticleReader;
import org.onrecord.ingest.ControlCharacters;
import org.onrecord.ingest.DecodedText;
import org.onrecord.ingest.ExtractedArticle;
import org.onrecord.ingest.ExtractedFile;
import org.onrecord.ingest.ImportProblem;
import org.onrecord.ingest.TextDecoder;
import org.onrecord.ingest.html.HtmlBodyExtractor;
import org.onrecord.ingest.meta.HtmlMetadataReader;
import org.onrecord.ingest.pdf.ExtractedPdf;
import org.onrecord.ingest.pdf.PdfTextReader;
import org.onrecord.ingest.text.PlainTextBodyExtractor;
import org.onrecord.model.ArticleMetadata;

import java.util.Locale;

/**
 * Reads each supported format, chosen by the file's extension, into an article. In its own package,
 * above the readers of each format, which share the types of {@code ingest} and never this class.
 */
public final class FormatArticleReader implements ArticleReader {
    private final TextDecoder decoder = new TextDecoder();
    private final PlainTextBodyExtractor plainText = new PlainTextBodyExtractor();
    private final HtmlBodyExtractor html = new HtmlBodyExtractor();
    private final HtmlMetadataReader htmlMetadata = new HtmlMetadataReader();
    private final PdfTextReader pdf = new PdfTextReader();

    private enum Format { TEXT, MARKDOWN, HTML, PDF }

    @Override
    public boolean accepts(String fileName) {
        return format(fileName) != null;
    }

    private static Format format(String fileName) {
        String n = fileName.toLowerCase(Locale.ROOT);
        if (n.endsWith(".txt") || n.endsWith(".text")) {
            return Format.TEXT;
        }
        if (n.endsWith(".md") || n.endsWith(".markdown")) {
            return Format.MARKDOWN;
        }
        if (n.endsWith(".html") || n.endsWith(".htm") || n.endsWith(".xhtml")) {
            return Format.HTML;
        }
        if (n.endsWith(".pdf")) {
            return Format.PDF;
        }
        return null;
    }

    @Override
    public ExtractedFile read(String fileName, byte[] bytes) throws ImportProblem {
        Format format = format(fileName);
        if (format == null) {
            throw new ImportProblem("unsupported file type");
        }
        ExtractedFile read = switch (format) {
            case TEXT -> readText(fileName, bytes, "text/plain");
            case MARKDOWN -> readText(fileName, bytes, "text/markdown");
            case HTML -> readHtml(fileName, bytes);
            case PDF -> readPdf(bytes);
        };
        return withSafeMetadata(read);
    }

    /** A title or author is printed and shown everywhere: it keeps no terminal control characters. */
    private static ExtractedFile withSafeMetadata(ExtractedFile file) {
        ExtractedArticle a = file.article();
        ArticleMetadata m = a.detected();
        ArticleMetadata safe = new ArticleMetadata(ControlCharacters.strip(m.title()), ControlCharacters.strip(m.outlet()),
                ControlCharacters.strip(m.author()), ControlCharacters.strip(m.url()), m.published(),
                ControlCharacters.strip(m.language()));
        return new ExtractedFile(file.mediaType(), file.charset(),
                new ExtractedArticle(a.body(), a.bodyStart(), a.bodyEnd(), safe), file.warning());
    }

    private ExtractedFile readText(String fileName, byte[] bytes, String mediaType) throws ImportProblem {
        DecodedText decoded = decoder.decode(bytes, fileName, false);
        ExtractedArticle article = plainText.extract(decoded.text());
        requireText(article);
        if (mediaType.equals("text/markdown") && article.detected().title() != null) {
            String title = article.detected().title().replaceFirst("^#+\\s*", "");
            article = new ExtractedArticle(article.body(), article.bodyStart(), article.bodyEnd(),
                    article.detected().overriddenBy(new ArticleMetadata(title, null, null, null, null, null)));
        }
        return new ExtractedFile(mediaType, decoded.charset(), article, decoded.warning());
    }

    private ExtractedFile readHtml(String fileName, byte[] bytes) throws ImportProblem {
        DecodedText decoded = decoder.decode(bytes, fileName, true);
        Document doc = Jsoup.parse(decoded.text());
        ArticleMetadata metadata = htmlMetadata.read(doc);
        String body = html.extractBody(doc);
        if (body.isBlank()) {
            throw new ImportProblem("no article text found in the page");
        }
        return new ExtractedFile("text/html", decoded.charset(), ExtractedArticle.rebuilt(body, metadata), decoded.warning());
    }

    private ExtractedFile readPdf(byte[] bytes) throws ImportProblem {
        ExtractedPdf extracted = pdf.read(bytes);
        ExtractedArticle article = plainText.extract(extracted.text());
        requireText(article);
        // The text's own headline and byline beat the document properties, which are often "Microsoft Word - draft.docx".
        ArticleMetadata metadata = extracted.metadata().overriddenBy(article.detected());
        return new ExtractedFile("application/pdf", null, new ExtractedArticle(article.body(), article.bodyStart(),
                article.bodyEnd(), metadata));
    }

    private static void requireText(ExtractedArticle article) throws ImportProblem {
        if (article.body().isBlank()) {
            throw new ImportProblem("no article text found");
        }
    }
}
