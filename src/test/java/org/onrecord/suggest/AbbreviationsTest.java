package org.onrecord.suggest;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AbbreviationsTest {
    private static String shortOf(String text, Abbreviations.Definition d) {
        return text.substring(d.shortStart(), d.shortEnd());
    }

    private static String longOf(String text, Abbreviations.Definition d) {
        return text.substring(d.longStart(), d.longEnd());
    }

    @Test
    void longFormBeforeTheShortFormInParentheses() {
        String text = "Reporters at the Baltic Shipping Union (BSU) said the strike would go on.";
        var found = Abbreviations.find(text);
        assertThat(found).hasSize(1);
        assertThat(shortOf(text, found.getFirst())).isEqualTo("BSU");
        assertThat(longOf(text, found.getFirst())).isEqualTo("Baltic Shipping Union");
    }

    @Test
    void shortFormBeforeItsExpansionAndTheOfficialNameAfter() {
        String text = "Linking the KRB (Kingdom of the River Basin, the official name of Riverland) to the leak is wrong.";
        var found = Abbreviations.find(text);
        assertThat(found).extracting(d -> shortOf(text, d) + "=" + longOf(text, d))
                .containsExactly("KRB=Kingdom of the River Basin", "Kingdom of the River Basin=Riverland");
    }

    @Test
    void parenthesesThatDefineNothingAreIgnored() {
        assertThat(Abbreviations.find("The talks (which began in May) ended (again) on Friday (UTC).")).isEmpty();
    }
}
