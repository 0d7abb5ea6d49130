package org.onrecord.ui.entities;

import org.junit.jupiter.api.Test;
import org.onrecord.model.Entity;
import org.onrecord.model.EntityType;
import org.onrecord.model.Mention;
import org.onrecord.model.ReviewState;
import org.onrecord.service.CaseSnapshot;
import org.onrecord.service.LargeSnapshot;
import org.onrecord.ui.state.PaneId;
import org.onrecord.ui.state.WorkbenchState;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Showing another article of a case of 10,000 articles and 2,000 entities makes the rows of the
 * entities that article names, not a row for every entity of the case; the list is the same as
 * the whole list made and sorted again.
 */
class EntityRowsWorkTest {
    private static final LargeSnapshot CASE = new LargeSnapshot(10_000);

    @Test
    void showingAnotherArticleReadsOnlyItsMentionsAndEntities() {
        CaseSnapshot c = CASE.snapshot();
        WorkbenchState state = new WorkbenchState();
        state.replaceSnapshot(c);
        EntitiesViewModel entities = new EntitiesViewModel(state);
        state.selectArticle(4000L, PaneId.ARTICLES);

        long read = c.rowsRead();
        state.selectArticle(4001L, PaneId.ARTICLES);

        assertThat(c.rowsRead() - read).as("rows read of %d entities", c.entities().size()).isLessThan(50);
        assertThat(entities.groups()).isEqualTo(wholeList(c, 4001L, "", false));
        assertThat(entities.groups().get(EntityType.PERSON).getFirst().id()).isEqualTo(1 + 4001L % 2000);
    }

    @Test
    void theListIsTheWholeListSortedAgainForEveryArticleFilterAndChoice() {
        CaseSnapshot c = CASE.snapshot();
        WorkbenchState state = new WorkbenchState();
        state.replaceSnapshot(c);
        EntitiesViewModel entities = new EntitiesViewModel(state);
        for (String filter : List.of("", "person 1", "7")) {
            entities.filterProperty().set(filter);
            for (boolean onlyHere : new boolean[] {false, true}) {
                entities.onlyThisArticleProperty().set(onlyHere);
                for (Long article : new Long[] {null, 1L, 17L, 4000L, 9999L}) {
                    state.selectArticle(article, PaneId.ARTICLES);
                    assertThat(entities.groups()).as("%s, %s, %s", filter, onlyHere, article)
                            .isEqualTo(wholeList(c, article, filter, onlyHere));
                }
            }
        }
    }

    /** The list as it was made before: a row for every entity, sorted by the counts here and in the case, then name. */
    static Map<EntityType, List<EntityRow>> wholeList(CaseSnapshot c, Long article, String filter, boolean onlyHere) {
        Map<Long, Integer> here = new HashMap<>();
        Map<Long, Integer> total = new HashMap<>();
        for (Mention m : c.mentions()) {
            if (m.state() != ReviewState.REJECTED) {
                total.merge(m.entityId(), 1, Integer::sum);
                if (article != null && m.articleId() == article) {
                    here.merge(m.entityId(), 1, Integer::sum);
                }
            }
        }
        Map<EntityType, List<EntityRow>> byType = new EnumMap<>(EntityType.class);
        for (Entity e : c.entities()) {
            int n = here.getOrDefault(e.id(), 0);
            EntityRow row = EntityRow.of(e, n, total.getOrDefault(e.id(), 0));
            if (e.state() != ReviewState.REJECTED && row.matches(filter) && (!onlyHere || n > 0)) {
                byType.computeIfAbsent(e.type(), t -> new ArrayList<>()).add(row);
            }
        }
        byType.values().forEach(rows -> rows.sort(Comparator.comparingInt(EntityRow::inArticle).reversed()
                .thenComparing(Comparator.comparingInt(EntityRow::inCase).reversed())
                .thenComparing(EntityRow::name, String.CASE_INSENSITIVE_ORDER)));
        return byType;
    }
}
