package org.onrecord.model;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class SpeakerNameTest {
    private static final Entity NORTH_KOREA = new Entity(7, "North Korea", EntityType.LOCATION, List.of("North Korea", "DPRK"),
            Origin.RESEARCHER, ReviewState.ACCEPTED);
    private static final Map<Long, Entity> ENTITIES = Map.of(7L, NORTH_KOREA);

    private static Statement said(String speaker, Long entity) {
        TextSpan words = new TextSpan(0, 4, "Nope");
        return new Statement(1, 1, words, speaker, entity, null, null, null, "denial", true, null, Origin.RESEARCHER,
                ReviewState.ACCEPTED, AnchorState.ANCHORED);
    }

    @Test
    void aLinkedEntityIsNamedByItsCurrentNameEvenBesideADescription() {
        assertThat(SpeakerName.of(said("the DPRK envoy", 7L), ENTITIES)).hasValue("North Korea");
        assertThat(SpeakerName.of(said("DPRK", 7L), ENTITIES)).hasValue("North Korea");
    }

    @Test
    void withoutALinkedEntityTheDescriptionNamesTheSpeaker() {
        assertThat(SpeakerName.of(said("  an unidentified diplomat ", null), ENTITIES)).hasValue("an unidentified diplomat");
        assertThat(SpeakerName.of(said("an envoy", 99L), ENTITIES)).as("an entity no longer there").hasValue("an envoy");
        assertThat(SpeakerName.of(said(" ", null), ENTITIES)).isEmpty();
    }

    @Test
    void theJsonKeepsTheFreeTextAsWrittenAndTheEntityNameOnlyWhenNothingWasWritten() {
        assertThat(SpeakerName.asWritten(said("the DPRK envoy", 7L), id -> Optional.ofNullable(ENTITIES.get(id))))
                .isEqualTo("the DPRK envoy");
        assertThat(SpeakerName.asWritten(said(null, 7L), id -> Optional.ofNullable(ENTITIES.get(id))))
                .isEqualTo("North Korea");
        assertThat(SpeakerName.asWritten(said(null, null), id -> Optional.empty())).isNull();
    }
}
