package org.onrecord.ui.source;

import org.junit.jupiter.api.Test;
import org.onrecord.service.CaseSnapshot;
import org.onrecord.service.LargeSnapshot;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Showing an article of a case of 10,000 articles and 50,000 statements reads that article's
 * annotations through the snapshot's indexes, not every statement and event of the case.
 */
class ArticleAnnotationsWorkTest {
    private static final LargeSnapshot CASE = new LargeSnapshot(10_000);

    @Test
    void anArticlesAnnotationsAreReadThroughTheIndexes() {
        CaseSnapshot c = CASE.snapshot();
        long read = c.rowsRead();
        ArticleAnnotations annotations = ArticleAnnotations.of(c, 4000);
        // five statements, one event and two mentions in each article
        assertThat(c.rowsRead() - read).as("rows read of %d statements", c.statements().size()).isLessThan(20);
        assertThat(annotations.statements()).extracting(s -> s.id())
                .containsExactly(5 * 4000L, 5 * 4000L + 1, 5 * 4000L + 2, 5 * 4000L + 3, 5 * 4000L + 4);
        assertThat(annotations.events()).extracting(e -> e.id()).containsExactly(4000L);
        assertThat(annotations.mentions()).extracting(m -> m.id()).containsExactly(8000L, 8001L);
    }

    @Test
    void theSameRowsInTheSameOrderAsAPassOverTheCase() {
        CaseSnapshot c = CASE.snapshot();
        for (long article : new long[] {1, 2, 777, 9999, 10_000, 10_001}) {
            ArticleAnnotations annotations = ArticleAnnotations.of(c, article);
            assertThat(annotations.statements())
                    .isEqualTo(c.statements().stream().filter(s -> s.articleId() == article).toList());
            assertThat(annotations.events()).isEqualTo(c.events().stream().filter(e -> e.articleId() == article).toList());
        }
    }
}
