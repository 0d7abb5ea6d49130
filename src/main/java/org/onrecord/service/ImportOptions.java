package org.onrecord.service;

import org.onrecord.ingest.ReadTimeLimit;
import org.onrecord.model.ArticleMetadata;

/**
 * What the researcher gives on import: metadata that overrides what is detected, the size limit,
 * and how long one file may take to read before it is skipped.
 */
public record ImportOptions(ArticleMetadata given, long maxFileBytes, ReadTimeLimit readTimeLimit) {
    public static final long DEFAULT_MAX_FILE_BYTES = 50L * 1024 * 1024;
    public static final long DEFAULT_READ_SECONDS = 120;

    public ImportOptions(ArticleMetadata given, long maxFileBytes) {
        this(given, maxFileBytes, ReadTimeLimit.ofSeconds(DEFAULT_READ_SECONDS));
    }

    public static ImportOptions defaults() {
        return new ImportOptions(ArticleMetadata.EMPTY, DEFAULT_MAX_FILE_BYTES);
    }

    public ImportOptions withGiven(ArticleMetadata metadata) {
        return new ImportOptions(metadata, maxFileBytes, readTimeLimit);
    }

    public ImportOptions withReadTimeLimit(ReadTimeLimit limit) {
        return new ImportOptions(given, maxFileBytes, limit);
    }
}
