package org.onrecord.analysis;

import org.junit.jupiter.api.Test;
import org.onrecord.model.EntityType;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onrecord.model.EntityType.LOCATION;
import static org.onrecord.model.EntityType.ORGANIZATION;
import static org.onrecord.model.EntityType.PERSON;

class AliasGrouperTest {
    private final AliasGrouper grouper = new AliasGrouper();

    private static AliasGrouper.Name fresh(String text, EntityType type) {
        return new AliasGrouper.Name(text, type, 1, 0);
    }

    private List<Set<String>> groups(List<AliasGrouper.Name> names, List<AliasGrouper.Link> links, Map<Long, Set<String>> refused) {
        return grouper.group(names, links, refused).stream()
                .map(g -> Set.copyOf(g.names().stream().map(AliasGrouper.Name::text).toList())).toList();
    }

    @Test
    void surnameAndTitledNameJoinTheFullName() {
        var result = groups(List.of(fresh("Marta Kowalczyk", PERSON), fresh("Kowalczyk", PERSON), fresh("Dr. Kowalczyk", PERSON)),
                List.of(), Map.of());
        assertThat(result).containsExactly(Set.of("Marta Kowalczyk", "Kowalczyk", "Dr. Kowalczyk"));
    }

    @Test
    void aSurnameThatFitsTwoPeopleJoinsNeither() {
        var result = groups(List.of(fresh("Anna Lindqvist", PERSON), fresh("Erik Lindqvist", PERSON), fresh("Lindqvist", PERSON)),
                List.of(), Map.of());
        assertThat(result).containsExactlyInAnyOrder(Set.of("Anna Lindqvist"), Set.of("Erik Lindqvist"), Set.of("Lindqvist"));
    }

    @Test
    void initialismsJoinTheirExpansionWithOrWithoutTheSmallWords() {
        var result = groups(List.of(fresh("Radio of the Northern Coast", ORGANIZATION), fresh("RNC", ORGANIZATION),
                fresh("Baltic Shipping Union", ORGANIZATION), fresh("BSU", ORGANIZATION)), List.of(), Map.of());
        assertThat(result).containsExactlyInAnyOrder(Set.of("Radio of the Northern Coast", "RNC"), Set.of("Baltic Shipping Union", "BSU"));
        assertThat(grouper.group(List.of(fresh("Baltic Shipping Union", ORGANIZATION), fresh("BSU", ORGANIZATION)), List.of(), Map.of())
                .getFirst().evidence()).containsValue("acronym of Baltic Shipping Union");
    }

    @Test
    void aCompanySuffixIsDroppedButNotAWordOfTheName() {
        var result = groups(List.of(fresh("Nordwind Pictures Entertainment", ORGANIZATION), fresh("Nordwind Pictures", ORGANIZATION),
                fresh("Nordwind", ORGANIZATION)), List.of(), Map.of());
        assertThat(result).containsExactlyInAnyOrder(Set.of("Nordwind Pictures Entertainment", "Nordwind Pictures"), Set.of("Nordwind"));
    }

    @Test
    void possessivesAndCaseAreTheSameName() {
        var result = groups(List.of(fresh("Nordwind", ORGANIZATION), fresh("Nordwind’s", ORGANIZATION), fresh("NORDWIND", ORGANIZATION)),
                List.of(), Map.of());
        assertThat(result).hasSize(1);
    }

    @Test
    void theTextsLinksJoinNamesOfDifferentTypes() {
        var names = List.of(fresh("KRB", ORGANIZATION), fresh("Kingdom of the River Basin", LOCATION), fresh("Riverland", LOCATION));
        var links = List.of(new AliasGrouper.Link("Kingdom of the River Basin", "Riverland", "official name of Riverland"));
        var groups = grouper.group(names, links, Map.of());
        assertThat(groups).hasSize(1);
        assertThat(groups.getFirst().type()).isEqualTo(LOCATION);
    }

    @Test
    void namesJoinAnExistingEntityButTwoEntitiesAreNeverJoined() {
        var names = List.of(fresh("Marta Kowalczyk", PERSON), new AliasGrouper.Name("Marta Kowalczyk", PERSON, 0, 7),
                new AliasGrouper.Name("Kowalczyk", PERSON, 0, 8));
        var groups = grouper.group(names, List.of(), Map.of());
        assertThat(groups).singleElement().satisfies(g -> {
            assertThat(g.entityId()).isEqualTo(7);
            assertThat(g.names()).extracting(AliasGrouper.Name::entityId).containsOnly(0L, 7L);
        });
    }

    @Test
    void aNewSurnameFittingTwoExistingPeopleJoinsNeither() {
        var names = List.of(fresh("Kowalczyk", PERSON), new AliasGrouper.Name("Marta Kowalczyk", PERSON, 0, 7),
                new AliasGrouper.Name("Piotr Kowalczyk", PERSON, 0, 8));
        assertThat(grouper.group(names, List.of(), Map.of())).singleElement().satisfies(g -> assertThat(g.entityId()).isZero());
    }

    @Test
    void aRefusedNameNeverJoinsThatEntity() {
        var names = List.of(fresh("VOA", ORGANIZATION), new AliasGrouper.Name("Voice of America", ORGANIZATION, 0, 3));
        assertThat(grouper.group(names, List.of(), Map.of()).getFirst().entityId()).isEqualTo(3);
        var refused = grouper.group(names, List.of(), Map.of(3L, Set.of("voa")));
        assertThat(refused).hasSize(1);
        assertThat(refused.getFirst().entityId()).isZero();
    }

    @Test
    void aCountrysUsualNamesAreOne() {
        assertThat(groups(List.of(fresh("America", LOCATION), fresh("US", LOCATION)), List.of(), Map.of())).hasSize(1);
    }
}
