package org.onrecord.ingest;

/** Turns the bytes of one file into an article, or says precisely why it cannot. */
public interface ArticleReader {
    ExtractedFile read(String fileName, byte[] bytes) throws ImportProblem;

    /** Whether a file of this name is one the reader knows how to read (by its extension). */
    boolean accepts(String fileName);
}
