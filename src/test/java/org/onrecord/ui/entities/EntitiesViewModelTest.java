package org.onrecord.ui.entities;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.onrecord.model.Entity;
import org.onrecord.model.EntityType;
import org.onrecord.ui.common.DemoCaseExtension;
import org.onrecord.ui.common.DemoCaseFixture;
import org.onrecord.ui.state.Focus;
import org.onrecord.ui.state.PaneId;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The entity list over the demo case: groups, counts, filters, the shared selection and the researcher's edits. */
@ExtendWith(DemoCaseExtension.class)
class EntitiesViewModelTest {
    final DemoCaseFixture demo;
    final EntitiesViewModel entities;

    EntitiesViewModelTest(DemoCaseFixture demo) {
        this.demo = demo;
        this.entities = new EntitiesViewModel(demo.state, demo.edits);
    }

    private List<String> names(EntityType type) {
        return entities.groups().getOrDefault(type, List.of()).stream().map(EntityRow::name).toList();
    }

    private EntityRow row(String name) {
        return entities.groups().values().stream().flatMap(List::stream).filter(r -> r.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(name + " is not listed"));
    }

    @Test
    void entitiesAreGroupedByType() {
        assertThat(names(EntityType.PERSON)).containsExactlyInAnyOrder("Ada Voss", "Jonas Brekke", "Mira Lindqvist", "Henrik Sahl");
        assertThat(names(EntityType.LOCATION)).containsExactlyInAnyOrder("Port Elling", "north quay");
    }

    @Test
    void aRowCountsTheMentionsInTheArticleOnScreenAndInTheCase() {
        demo.state.selectArticle(demo.article("Auditor finds"), PaneId.ARTICLES);

        EntityRow voss = row("Ada Voss");
        long inCase = demo.state.snapshot().mentionsOf(voss.id()).size();
        long inArticle = demo.state.snapshot().mentionsIn(demo.article("Auditor finds")).stream()
                .filter(m -> m.entityId() == voss.id()).count();
        assertThat(voss.inCase()).isEqualTo(inCase).isGreaterThan(voss.inArticle());
        assertThat(voss.inArticle()).isEqualTo(inArticle);
    }

    @Test
    void withinATypeTheMostMentionedInTheArticleComeFirst() {
        demo.state.selectArticle(demo.article("Mayor denies"), PaneId.ARTICLES);

        List<Integer> counts = entities.groups().get(EntityType.PERSON).stream().map(EntityRow::inArticle).toList();
        assertThat(counts).isSortedAccordingTo((a, b) -> Integer.compare(b, a));
    }

    @Test
    void theFilterMatchesNamesAndAliasesIgnoringCase() {
        entities.filterProperty().set("THE MAYOR");

        assertThat(entities.groups().values().stream().flatMap(List::stream).map(EntityRow::name)).containsExactly("Ada Voss");
    }

    @Test
    void onlyThisArticleHidesEntitiesItDoesNotName() {
        demo.state.selectArticle(demo.article("Union says"), PaneId.ARTICLES);

        entities.onlyThisArticleProperty().set(true);

        assertThat(entities.groups().values().stream().flatMap(List::stream)).isNotEmpty()
                .allSatisfy(r -> assertThat(r.inArticle()).isPositive());
        assertThat(names(EntityType.PERSON)).doesNotContain("Henrik Sahl");
    }

    @Test
    void choosingAnEntityFocusesItForEveryPane() {
        long voss = demo.entity("Ada Voss");

        entities.select(voss);

        assertThat(demo.state.focus().focus()).isEqualTo(new Focus.OnEntity(voss));
        assertThat(entities.isMarked(voss)).isTrue();
    }

    @Test
    void aStatementFocusedElsewhereSelectsItsSpeaker() {
        demo.state.focus(new Focus.OnStatement(demo.statement("These documents are forgeries.")), PaneId.STATEMENTS);

        assertThat(entities.selectedProperty().get()).isEqualTo(demo.entity("Ada Voss"));
    }

    @Test
    void clearingTheSelectionClearsTheSharedFocus() {
        entities.select(demo.entity("Ada Voss"));

        entities.clear();

        assertThat(entities.markedProperty().get()).isEmpty();
    }

    @Test
    void theOtherNamesOfferedForSplittingLeaveOutTheName() {
        assertThat(entities.aliasesOf(demo.entity("Ada Voss"))).containsExactly("Mayor Ada Voss", "Voss", "the mayor");
    }

    @Test
    void mergingMakesTheOthersNamesAliasesAndCanBeUndone() {
        long voss = demo.entity("Ada Voss");
        long sahl = demo.entity("Henrik Sahl");

        entities.merge(voss, List.of(sahl, voss));

        assertThat(demo.lastSaid()).isEqualTo("Merged 1 into Ada Voss (Ctrl+Z splits them again).");
        assertThat(names(EntityType.PERSON)).doesNotContain("Henrik Sahl");
        assertThat(demo.state.snapshot().entity(voss).map(Entity::aliases).orElseThrow()).contains("Henrik Sahl", "Sahl");

        demo.edits.run("", c -> c.undo());
        assertThat(names(EntityType.PERSON)).contains("Henrik Sahl");
    }

    @Test
    void mergingAnEntityIntoItselfAloneDoesNothing() {
        long voss = demo.entity("Ada Voss");

        entities.merge(voss, List.of(voss));

        assertThat(demo.said).isEmpty();
        assertThat(demo.open.edits().undoDescription()).isEmpty();
    }

    @Test
    void splittingAnAliasOffMakesANewEntity() {
        entities.split(demo.entity("Ada Voss"), "the mayor");

        assertThat(names(EntityType.PERSON)).contains("the mayor");
        assertThat(entities.aliasesOf(demo.entity("Ada Voss"))).doesNotContain("the mayor");
    }

    @Test
    void renamingAndRetypingAreSaved() {
        long quay = demo.entity("north quay");

        entities.rename(quay, " North Quay ");
        entities.retype(quay, EntityType.OTHER);

        assertThat(names(EntityType.OTHER)).containsExactly("North Quay");
    }

    @Test
    void aBlankNameIsIgnored() {
        entities.rename(demo.entity("north quay"), "  ");

        assertThat(demo.open.edits().undoDescription()).isEmpty();
    }

    @Test
    void aRefusedEditIsSaidNotThrown() {
        entities.split(demo.entity("Ada Voss"), "nobody by that name");

        assertThat(demo.lastSaid()).startsWith("Not changed: ").contains("has no alias");
    }

    @Test
    void deletingAnEntityRemovesItsRow() {
        entities.delete(demo.entity("Harbour News"));

        assertThat(names(EntityType.ORGANIZATION)).doesNotContain("Harbour News");
    }

    @Test
    void aListWithoutCommandsIsReadOnly() {
        EntitiesViewModel readOnly = new EntitiesViewModel(demo.state);

        readOnly.delete(demo.entity("Harbour News"));

        assertThat(readOnly.isEditable()).isFalse();
        assertThat(names(EntityType.ORGANIZATION)).contains("Harbour News");
    }

    @Test
    void everyArticleListsTheSameRowsAsTheWholeListSortedAgain() {
        for (String filter : List.of("", "a")) {
            entities.filterProperty().set(filter);
            for (var article : demo.state.snapshot().articles()) {
                demo.state.selectArticle(article.id(), PaneId.ARTICLES);
                assertThat(entities.groups()).as(article.title())
                        .isEqualTo(EntityRowsWorkTest.wholeList(demo.state.snapshot(), article.id(), filter, false));
            }
        }
    }
}
