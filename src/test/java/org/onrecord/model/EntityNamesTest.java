package org.onrecord.model;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The one rule that says when a typed name is an entity's name. */
class EntityNamesTest {
    private static final Entity VOSS = new Entity(1, "Ada Voss", EntityType.PERSON, List.of("Ada Voss", "the mayor"),
            Origin.RESEARCHER, ReviewState.ACCEPTED);
    private static final Entity GAZETTE = new Entity(2, "Elling Gazette", EntityType.ORGANIZATION, List.of("Elling Gazette"),
            Origin.RESEARCHER, ReviewState.ACCEPTED);

    @Test
    void namesAreTheSameIgnoringCaseAndSurroundingSpace() {
        assertThat(EntityNames.same(" ada VOSS ", "Ada Voss")).isTrue();
        assertThat(EntityNames.same("Ada Voss", "Ada  Voss")).isFalse();
        assertThat(EntityNames.same(null, "Ada Voss")).isFalse();
    }

    @Test
    void anEntityIsFoundByItsNameOrAnyAlias() {
        assertThat(EntityNames.find(List.of(GAZETTE, VOSS), "THE MAYOR")).contains(VOSS);
        assertThat(EntityNames.find(List.of(GAZETTE, VOSS), "elling gazette")).contains(GAZETTE);
    }

    @Test
    void aBlankOrUnknownNameFindsNoEntity() {
        assertThat(EntityNames.find(List.of(VOSS), " ")).isEmpty();
        assertThat(EntityNames.find(List.of(VOSS), null)).isEmpty();
        assertThat(EntityNames.find(List.of(VOSS), "Voss")).isEmpty();
    }
}
