package org.onrecord.ui.details;

import org.junit.jupiter.api.Test;
import org.onrecord.model.Article;
import org.onrecord.model.ArticleMetadata;
import org.onrecord.model.MetadataField;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The line under the article's fields speaks plainly: no field codes, no lists in brackets. */
class ArticleDetailsWordingTest {
    private static Article article(String mediaType, Set<MetadataField> given) {
        return new Article(1, "sony.txt", "h", mediaType, ArticleMetadata.EMPTY, given, "x".repeat(2639), 0, 2639, Instant.EPOCH);
    }

    @Test
    void namesTheFileItsKindAndLength() {
        assertThat(ArticleDetailsViewModel.fileInfo(article("text/plain", Set.of())))
                .isEqualTo("Read from sony.txt (plain text, 2,639 characters).");
    }

    @Test
    void saysWhichFieldsWereTypedInByHandInPlainWords() {
        String info = ArticleDetailsViewModel.fileInfo(article("application/pdf", EnumSet.of(MetadataField.PUBLISHED, MetadataField.OUTLET)));
        assertThat(info).isEqualTo("Read from sony.txt (PDF, 2,639 characters); outlet and publication date typed in by hand.");
        assertThat(info).doesNotContain("given", "[", "published");
    }
}
