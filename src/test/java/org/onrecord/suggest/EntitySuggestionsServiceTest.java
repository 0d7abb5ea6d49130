package org.onrecord.suggest;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onrecord.app.AppServices;
import org.onrecord.model.ArticleMetadata;
import org.onrecord.model.Entity;
import org.onrecord.model.Mention;
import org.onrecord.model.Origin;
import org.onrecord.model.PublicationDate;
import org.onrecord.model.ReviewState;
import org.onrecord.service.AnalysisService.Kind;
import org.onrecord.service.ImportOptions;
import org.onrecord.progress.Progress;
import org.onrecord.store.CaseStore;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Entity suggestions through the service on a real case file (the models are shared by the whole test run). */
class EntitySuggestionsServiceTest {
    static final String FIRST = "Harbour strike spreads\n\nThe Baltic Shipping Union (BSU) called out its members on Tuesday. "
            + "Union leader Marta Kowalczyk said the strike would last. The spokesman said he expected talks in Gdansk.\n";
    static final String SECOND = "Talks in Gdansk\n\nKowalczyk met the port authority on Friday. The BSU said nothing "
            + "after the meeting, and Kowalczyk left for Warsaw.\n";

    @TempDir
    Path dir;
    AppServices services;
    CaseStore store;

    @BeforeEach
    void setUp() throws Exception {
        services = new AppServices();
        store = services.cases().create(dir.resolve("c.onrecord"));
        var given = new ArticleMetadata(null, null, null, null, PublicationDate.day(LocalDate.of(2014, 12, 5)), null);
        for (String[] file : new String[][] {{"first.txt", FIRST}, {"second.txt", SECOND}}) {
            Path path = Files.writeString(dir.resolve(file[0]), file[1]);
            services.importer().importPaths(store, List.of(path), ImportOptions.defaults().withGiven(given), Progress.NONE);
        }
    }

    @AfterEach
    void tearDown() {
        store.close();
        services.close();
    }

    private void analyze() {
        services.analysis().analyze(store, List.of(), EnumSet.of(Kind.ENTITIES), Progress.NONE);
    }

    private Entity entityNamed(String alias) {
        return store.entities().all().stream().filter(e -> e.aliases().contains(alias)).findFirst().orElseThrow();
    }

    @Test
    void otherNamesAcrossTheCaseAreOneSuggestedEntityWithItsEvidence() {
        analyze();
        Entity union = entityNamed("BSU");
        assertThat(union.aliases()).contains("Baltic Shipping Union", "BSU");
        assertThat(union.origin()).isEqualTo(Origin.SUGGESTED);
        assertThat(union.state()).isEqualTo(ReviewState.SUGGESTED);
        assertThat(store.entities().mentionsOf(union.id())).extracting(Mention::articleId).containsOnly(1L, 2L);
        Entity person = entityNamed("Kowalczyk");
        assertThat(person.name()).isEqualTo("Marta Kowalczyk");
        assertThat(store.entities().mentionsOf(person.id())).hasSize(3);
        // the articles are read newest first: the surname comes first, the full name joins it
        assertThat(store.entities().evidence(person.id()).orElseThrow()).containsAnyOf("same surname as Marta Kowalczyk",
                "full name of Kowalczyk");
        assertThat(store.entities().mentionsOf(person.id()))
                .allSatisfy(m -> assertThat(store.entities().mentionEvidence(m.id())).isPresent());
        assertThat(store.entities().all()).flatExtracting(Entity::aliases).doesNotContain("spokesman", "he", "The spokesman");
    }

    @Test
    void aNewRunReplacesOnlyUnreviewedSuggestions() {
        analyze();
        int mentions = store.entities().mentions().size();
        Mention kept = store.entities().mentionsOf(entityNamed("Gdansk").id()).getFirst();
        store.entities().putMention(new Mention(kept.id(), kept.entityId(), kept.articleId(), kept.span(), kept.origin(),
                ReviewState.ACCEPTED, kept.anchor()));
        analyze();
        assertThat(store.entities().mentions()).hasSize(mentions);
        assertThat(store.entities().findMention(kept.id())).get().extracting(Mention::state).isEqualTo(ReviewState.ACCEPTED);
        assertThat(store.entities().mentions()).filteredOn(m -> m.span().overlaps(kept.span().start(), kept.span().end())
                && m.articleId() == kept.articleId()).hasSize(1);
    }

    @Test
    void anAliasTheResearcherRemovedIsNeverProposedAgainForThatEntity() {
        analyze();
        Entity union = entityNamed("BSU");
        services.entityEdits().removeAlias(store, union.id(), "BSU").apply(store);
        analyze();
        Entity after = store.entities().find(union.id()).orElseThrow();
        assertThat(after.aliases()).doesNotContain("BSU");
        assertThat(store.entities().mentionsOf(union.id())).noneMatch(m -> m.span().text().equals("BSU"));
    }

    @Test
    void suggestionsAfterImportRunUnlessTheCaseSwitchedThemOff() {
        assertThat(services.analysis().suggestsAfterImport(store)).isTrue();
        services.analysis().setSuggestsAfterImport(store, false);
        assertThat(services.analysis().analyzeImported(store, List.of(1L), Progress.NONE)).isEmpty();
        assertThat(store.entities().all()).isEmpty();
        services.analysis().setSuggestsAfterImport(store, true);
        assertThat(services.analysis().analyzeImported(store, List.of(1L), Progress.NONE))
                .singleElement().satisfies(a -> assertThat(a.mentions()).isPositive());
        assertThat(store.entities().mentions()).extracting(Mention::articleId).containsOnly(1L);
    }

    @Test
    void anAliasSplitOffIsNeverProposedAgainForTheEntityItLeft() {
        analyze();
        Entity person = entityNamed("Kowalczyk");
        var split = services.entityEdits().split(store, person.id(), "Kowalczyk");
        split.apply(store);
        analyze();
        assertThat(store.entities().find(person.id()).orElseThrow().aliases()).doesNotContain("Kowalczyk");
        assertThat(store.entities().mentionsOf(person.id())).noneMatch(m -> m.span().text().equals("Kowalczyk"));
    }
}
