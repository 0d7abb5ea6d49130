package org.onrecord.service;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onrecord.model.EntityType;
import org.onrecord.model.Mention;
import org.onrecord.model.TextSpan;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Marking every place some words stand, as MAXQDA's or ATLAS.ti's auto-code does: one edit, undone at once. */
class MarkEveryOccurrenceTest {
    @TempDir
    Path dir;
    EditFixture f;

    @BeforeEach
    void open() {
        f = new EditFixture(dir);
    }

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void occurrencesAreWholeWordsInAnyCase() {
        assertThat(Occurrences.of("The DPRK and dprk, not DPRKs or XDPRK.", "DPRK")).extracting(TextSpan::start)
                .containsExactly(4, 13);
    }

    @Test
    void aNewEntityGetsAMentionAtEveryPlaceAndOneUndoTakesThemAllBack() {
        String before = f.dump();
        f.history.perform(f.entities.markEveryOccurrence(f.store, null, "Pyongyang", EntityType.LOCATION, List.of(), "Pyongyang",
                List.of(f.article)));
        List<Mention> mentions = f.store.entities().mentionsIn(f.article);
        assertThat(mentions).hasSize(2).allMatch(m -> m.span().text().equals("Pyongyang"));
        assertThat(mentions.stream().map(Mention::entityId).distinct()).hasSize(1);
        assertThat(f.history.undoDescription()).hasValueSatisfying(d -> assertThat(d).contains("2"));
        f.history.undo();
        assertThat(f.dump()).isEqualTo(before);
    }

    @Test
    void placesAlreadyMarkedAsTheEntityAreLeftAlone() {
        long dprk = f.entity("DPRK", EntityType.LOCATION);
        f.mention(dprk, "DPRK", 1);
        f.history.perform(f.entities.markEveryOccurrence(f.store, dprk, null, null, List.of(), "DPRK", List.of(f.article)));
        assertThat(f.store.entities().mentionsOf(dprk)).hasSize(2);
        assertThatThrownBy(() -> f.entities.markEveryOccurrence(f.store, dprk, null, null, List.of(), "DPRK", List.of(f.article)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("already");
    }
}
