package org.onrecord.ui.state;

import org.junit.jupiter.api.Test;
import org.onrecord.service.CaseSnapshot;
import org.onrecord.service.LargeSnapshot;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A focus on a case of 10,000 articles and 50,000 statements reads the rows around what is
 * focused (through the snapshot's indexes), not every statement and event of the case.
 */
class FocusResolverWorkTest {
    private static final LargeSnapshot CASE = new LargeSnapshot(10_000);
    private final FocusResolver resolver = new FocusResolver();

    @Test
    void focusOnAStatementReadsItsArticleNotTheCase() {
        CaseSnapshot c = CASE.snapshot();
        long read = c.rowsRead();
        FocusContext context = resolver.resolve(c, new Focus.OnStatement(5 * 4000 + 1), null);
        assertThat(c.rowsRead() - read).as("rows read of %d statements", c.statements().size()).isLessThan(20);
        assertThat(context.article()).isEqualTo(4000L);
        assertThat(context.events()).containsExactly(4000L);
        assertThat(context.entities()).containsExactly(1 + 4000L % 2000);
    }

    @Test
    void focusOnAnEntityReadsItsMentionsStatementsAndLinks() {
        CaseSnapshot c = CASE.snapshot();
        long read = c.rowsRead();
        long entity = 1 + 4000 % 2000;
        FocusContext context = resolver.resolve(c, new Focus.OnEntity(entity), null);
        // the entity speaks in 5 articles (25 statements) and is mentioned twice in each
        assertThat(c.rowsRead() - read).isLessThan(200);
        assertThat(context.statements()).hasSize(25).contains(5 * 4000L + 3);
        assertThat(context.events()).contains(4000L, 2000L, 6000L);
        assertThat(context.article()).isEqualTo(2000L);
    }

    @Test
    void focusOnAnEventReadsTheStatementsSaidThatDayAndItsArticle() {
        CaseSnapshot c = CASE.snapshot();
        long read = c.rowsRead();
        FocusContext context = resolver.resolve(c, new Focus.OnEvent(4000), null);
        // ten articles share each day (10,000 over 1,000 days): 50 statements said then
        assertThat(c.rowsRead() - read).isLessThan(120);
        assertThat(context.statements()).hasSize(50).contains(5 * 4000L + 1, 5 * 5000L);
        assertThat(context.entities()).containsExactly(1 + 4000L % 2000);
    }

    @Test
    void aSelectionReadsOnlyItsArticle() {
        CaseSnapshot c = CASE.snapshot();
        long read = c.rowsRead();
        FocusContext context = resolver.resolve(c, new Focus.OnSpan(4000, 112, 118), null);
        assertThat(c.rowsRead() - read).isLessThan(20);
        assertThat(context.statements()).containsExactly(5 * 4000L + 1);
        assertThat(context.events()).containsExactly(4000L);
    }
}
