package org.onrecord.suggest;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onrecord.app.AppServices;
import org.onrecord.model.ArticleMetadata;
import org.onrecord.model.Entity;
import org.onrecord.model.Event;
import org.onrecord.model.PublicationDate;
import org.onrecord.model.ReviewState;
import org.onrecord.progress.Progress;
import org.onrecord.service.AnalysisService.Kind;
import org.onrecord.service.ImportOptions;
import org.onrecord.store.CaseStore;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** Suggested events through the service and the real models (loaded once per test run): description, links, evidence. */
class EventSuggestionsServiceTest {
    static final String TEXT = "Port talks resume\n\nMarta Kowalczyk met the Gdansk port authority on Friday. The strike "
            + "lasted three days. Dockers in Gdynia will vote on the offer next week, the union said.\n";

    @TempDir
    Path dir;
    AppServices services;
    CaseStore store;

    @BeforeEach
    void setUp() throws Exception {
        services = new AppServices();
        store = services.cases().create(dir.resolve("c.onrecord"));
        var given = new ArticleMetadata(null, null, null, null, PublicationDate.day(LocalDate.of(2014, 12, 10)), null);
        Path path = Files.writeString(dir.resolve("talks.txt"), TEXT);
        services.importer().importPaths(store, List.of(path), ImportOptions.defaults().withGiven(given), Progress.NONE);
    }

    @AfterEach
    void tearDown() {
        store.close();
        services.close();
    }

    private Event event(String words) {
        return store.events().all().stream().filter(e -> e.span().text().equals(words)).findFirst().orElseThrow();
    }

    private Set<String> linkedNames(Event e) {
        Set<Long> ids = store.events().links(e.id()).entityIds();
        return store.entities().all().stream().filter(x -> ids.contains(x.id())).map(Entity::name).collect(Collectors.toSet());
    }

    @Test
    void aDatedSentenceBecomesAnEventDescribedFromItsSentenceAndLinkedToItsNames() {
        services.analysis().analyze(store, List.of(), Progress.NONE);

        Event friday = event("Friday");
        assertThat(friday.date().value()).isEqualTo("2014-12-05");
        assertThat(friday.description()).isEqualTo("Marta Kowalczyk met Gdansk port authority");
        assertThat(linkedNames(friday)).contains("Marta Kowalczyk").doesNotContain("Gdynia");
        assertThat(store.events().evidence(friday.id()).orElseThrow())
                .contains("date: ").contains("description: subject, verb and object").contains("entities: named in its sentence");

        Event nextWeek = event("next week");
        assertThat(nextWeek.description()).startsWith("Dockers in Gdynia will vote on offer");
        assertThat(linkedNames(nextWeek)).contains("Gdynia").doesNotContain("Marta Kowalczyk");
        assertThat(store.events().all()).as("a duration is not a point on the timeline")
                .noneMatch(e -> e.span().text().contains("three days"));
    }

    @Test
    void aRejectedEntityIsNotLinkedAndDatesAloneLinkToTheNamesAlreadyThere() {
        services.analysis().analyze(store, List.of(), EnumSet.of(Kind.ENTITIES), Progress.NONE);
        Entity gdynia = store.entities().all().stream().filter(e -> e.name().equals("Gdynia")).findFirst().orElseThrow();
        store.entities().put(new Entity(gdynia.id(), gdynia.name(), gdynia.type(), gdynia.aliases(), gdynia.origin(),
                ReviewState.REJECTED));

        services.analysis().analyze(store, List.of(), EnumSet.of(Kind.DATES), Progress.NONE);

        assertThat(linkedNames(event("Friday"))).contains("Marta Kowalczyk");
        assertThat(linkedNames(event("next week"))).doesNotContain("Gdynia");
        assertThat(event("next week").description()).isNotBlank();
    }
}
