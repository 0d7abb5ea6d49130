package org.onrecord.suggest;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.onrecord.model.EntityType;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The entity rules on small texts written for them, through the real models (loaded once per test run). */
class EntitySuggesterTest {
    static NlpPipeline pipeline;
    final EntitySuggester suggester = new EntitySuggester();

    @BeforeAll
    static void loadOnce() throws InterruptedException {
        pipeline = NlpEngine.shared().await((step, name) -> { });
    }

    private EntitySuggester.Result suggest(String text) {
        return suggester.suggest(text, pipeline);
    }

    private static List<String> named(EntitySuggester.Result result) {
        return result.mentions().stream().map(m -> m.span().text() + "/" + m.type()).toList();
    }

    @Test
    void peopleOrganisationsAndPlacesWithTheModelAsEvidence() {
        var result = suggest("Angela Merkel met officials of the World Bank in Berlin on Monday.");
        assertThat(named(result)).contains("Angela Merkel/PERSON", "World Bank/ORGANIZATION", "Berlin/LOCATION");
        assertThat(result.mentions()).filteredOn(m -> m.span().text().equals("Angela Merkel"))
                .extracting(EntitySuggestion::evidence).containsExactly("NER: PERSON");
    }

    @Test
    void noPronounsAndNoBareJobTitles() {
        var result = suggest("The spokesman said he had met her. She said the official and the President were wrong. "
                + "His lawyer, Daniel Okafor, declined to comment.");
        assertThat(result.mentions()).extracting(m -> m.span().text().toLowerCase())
                .doesNotContain("he", "her", "she", "his", "spokesman", "official", "president", "lawyer");
        assertThat(named(result)).contains("Daniel Okafor/PERSON");
    }

    @Test
    void anOfficeTitleStaysOutOfTheName() {
        var result = suggest("President Obama spoke to reporters in Chicago on Tuesday.");
        assertThat(result.mentions()).extracting(m -> m.span().text()).contains("Obama").doesNotContain("President Obama");
    }

    @Test
    void aNameInsideAHyphenatedWord() {
        var result = suggest("The Tom Hanks-starrer opened in London last week, and critics praised it.");
        assertThat(named(result)).contains("Tom Hanks/PERSON");
        assertThat(result.mentions()).filteredOn(m -> m.span().text().equals("Tom Hanks")).first()
                .extracting(EntitySuggestion::evidence).asString().contains("hyphenated \"Tom Hanks-starrer\"");
    }

    @Test
    void aSpelledOutNameIsKeptWholeAndLinkedToItsShortForm() {
        String text = "“Linking the DPRK (Democratic People’s Republic of Korea, the official name of North Korea) to the attack "
                + "is a fabrication,” the diplomat said.";
        var result = suggest(text);
        assertThat(result.mentions()).extracting(m -> m.span().text()).contains("Democratic People’s Republic of Korea")
                .doesNotContain("Democratic People", "Korea");
        assertThat(result.links()).extracting(AliasLink::shortName, AliasLink::longName)
                .contains(org.assertj.core.groups.Tuple.tuple("DPRK", "Democratic People’s Republic of Korea"),
                        org.assertj.core.groups.Tuple.tuple("Democratic People’s Republic of Korea", "North Korea"));
    }

    @Test
    void quotedTitlesOfWorksAreWorksNotPeople() {
        var result = suggest("Five films including the comedy “Annie,” the drama “Mr. Turner” and “Still Alice” leaked online.");
        assertThat(named(result)).contains("Annie/WORK", "Mr. Turner/WORK", "Still Alice/WORK")
                .doesNotContain("Annie/PERSON", "Turner/PERSON");
    }

    @Test
    void untaggedInitialsOfANameInTheSameText() {
        var result = suggest("Sony Pictures Entertainment was attacked last month. The SPE attack was the worst in years.");
        assertThat(named(result)).contains("SPE/ORGANIZATION");
    }
}
