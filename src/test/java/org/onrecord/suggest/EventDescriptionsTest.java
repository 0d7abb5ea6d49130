package org.onrecord.suggest;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The description rules on hand-written Universal Dependencies parses of sentences of our own (no
 * language models needed): each token is written {@code word/TAG>head:relation}, head the token's
 * index (0-based) or -1 for the root.
 */
class EventDescriptionsTest {
    private final EventDescriptions rules = new EventDescriptions();

    /** Parses "w/TAG>h:rel …" into a sentence with offsets as if its words were joined by spaces. */
    static SentenceParse parse(String written) {
        String[] items = written.trim().split("\\s+");
        List<Token> tokens = new ArrayList<>();
        int[] heads = new int[items.length];
        String[] relations = new String[items.length];
        int offset = 0;
        for (int i = 0; i < items.length; i++) {
            String item = items[i];
            int arrow = item.lastIndexOf('>');
            int slash = item.lastIndexOf('/', arrow);
            String word = item.substring(0, slash);
            String tag = item.substring(slash + 1, arrow);
            String[] dep = item.substring(arrow + 1).split(":", 2);
            tokens.add(new Token(offset, offset + word.length(), word, tag, "O"));
            heads[i] = Integer.parseInt(dep[0]);
            relations[i] = dep[1];
            offset += word.length() + 1;
        }
        return new SentenceParse(tokens, heads, relations);
    }

    private Optional<String> describe(String written, String dateWords) {
        SentenceParse p = parse(written);
        String text = String.join(" ", p.tokens().stream().map(Token::word).toList());
        int start = text.indexOf(dateWords);
        assertThat(start).as("date words in the sentence").isNotNegative();
        return rules.describe(p, start, start + dateWords.length()).map(EventDescriptions.Description::text);
    }

    @Test
    void subjectVerbAndObjectWithoutArticles() {
        assertThat(describe("The/DT>2:det ferry/NN>2:compound union/NN>3:nsubj walked/VBD>-1:root out/IN>6:case of/IN>6:case "
                + "talks/NNS>3:obl on/IN>8:case Tuesday/NNP>3:obl ./.>3:punct", "Tuesday"))
                .contains("Ferry union walked out of talks");
    }

    @Test
    void theDateIsLeftOutAndTheVerbItBelongsToIsChosenNotTheMainVerb() {
        // "The contract expires on Nov. 24, the union said."
        assertThat(describe("The/DT>1:det contract/NN>2:nsubj expires/VBZ>9:advcl on/IN>4:case Nov./NNP>2:obl 24/CD>4:nummod "
                + ",/,>9:punct the/DT>8:det union/NN>9:nsubj said/VBD>-1:root ./.>9:punct", "Nov. 24"))
                .contains("Contract expires");
    }

    @Test
    void passiveAndNegationKeepTheirAuxiliaries() {
        assertThat(describe("The/DT>2:det Hollywood/NNP>2:compound studio/NN>4:nsubj:pass was/VBD>4:aux:pass attacked/VBN>-1:root "
                + "last/JJ>6:amod month/NN>4:obl:tmod ,/,>4:punct with/IN>9:case thousands/NNS>4:obl ./.>4:punct", "last month"))
                .as("a complement after a comma is an aside, not what was done").contains("Hollywood studio was attacked");
        assertThat(describe("The/DT>1:det mayor/NN>4:nsubj did/VBD>4:aux not/RB>4:advmod attend/VB>-1:root the/DT>6:det "
                + "meeting/NN>4:obj on/IN>8:case Friday/NNP>4:obl ./.>4:punct", "Friday"))
                .contains("Mayor did not attend meeting");
    }

    @Test
    void aRelativeClauseTakesTheNounItDescribesAsSubject() {
        // "The mayor, who took office in 2010, did not attend."
        assertThat(describe("The/DT>1:det mayor/NN>11:nsubj ,/,>1:punct who/WP>4:nsubj took/VBD>1:acl:relcl office/NN>4:obj "
                + "in/IN>7:case 2010/CD>4:obl ,/,>1:punct did/VBD>11:aux not/RB>11:advmod attend/VB>-1:root ./.>11:punct", "2010"))
                .contains("Mayor took office");
    }

    @Test
    void anInfinitiveKeepsTheVerbItCompletesAndItsSubject() {
        assertThat(describe("Acme/NNP>1:nsubj plans/VBZ>-1:root to/TO>3:mark open/VB>1:xcomp a/DT>6:det new/JJ>6:amod "
                + "factory/NN>3:obj in/IN>8:case March/NNP>3:obl 2015/CD>8:nummod ./.>1:punct", "March 2015"))
                .contains("Acme plans to open new factory");
    }

    @Test
    void aReportedClauseIsWhatWasSaid() {
        assertThat(describe("The/DT>1:det company/NN>2:nsubj said/VBD>-1:root on/IN>4:case Monday/NNP>2:obl that/IN>8:mark "
                + "it/PRP>8:nsubj would/MD>8:aux close/VB>2:ccomp the/DT>10:det plant/NN>8:obj ./.>2:punct", "Monday"))
                .contains("Company said that it would close plant");
    }

    @Test
    void aDateBeforeANounDescribesThatNounAndItsClause() {
        assertThat(describe("Last/JJ>1:amod week/NN>3:nmod:poss 's/POS>1:case storm/NN>4:nsubj flooded/VBD>-1:root "
                + "the/DT>6:det valley/NN>4:obj ./.>4:punct", "Last week"))
                .contains("Storm flooded valley");
        assertThat(describe("The/DT>3:det Nov./NNP>3:compound 24/CD>1:nummod attack/NN>-1:root on/IN>6:case Sony/NNP>6:compound "
                + "Pictures/NNP>3:nmod", "Nov. 24"))
                .contains("Attack on Sony Pictures");
    }

    @Test
    void longPhrasesLoseTheirLooserPartsButNamesStayWhole() {
        // "Earlier this week, a spokesman for Ruritania's United Nations delegation, who rarely speaks to reporters,
        //  provided a cryptic statement to the BBC."
        String description = describe("Earlier/RBR>2:advmod this/DT>2:det week/NN>19:obl:tmod ,/,>19:punct a/DT>5:det "
                + "spokesman/NN>19:nsubj for/IN>11:case Ruritania/NNP>11:nmod:poss 's/POS>7:case United/NNP>10:compound "
                + "Nations/NNPS>11:compound delegation/NN>5:nmod ,/,>5:punct who/WP>15:nsubj rarely/RB>15:advmod "
                + "speaks/VBZ>5:acl:relcl to/IN>17:case reporters/NNS>15:obl ,/,>5:punct "
                + "provided/VBD>-1:root a/DT>22:det cryptic/JJ>22:amod statement/NN>19:obj to/IN>24:case BBC/NNP>19:obl "
                + "./.>19:punct", "Earlier this week").orElseThrow();
        assertThat(description).isEqualTo("Spokesman for Ruritania's United Nations delegation provided cryptic statement");
        assertThat(description.split(" ")).hasSizeLessThanOrEqualTo(EventDescriptions.MAX_WORDS);
    }

    @Test
    void aCopulaKeepsItsPredicateWithTheWordsThatNameIt() {
        assertThat(describe("The/DT>1:det IRA/NNP>5:nsubj was/VBD>5:cop behind/IN>5:case two/CD>5:nummod killings/NNS>-1:root "
                + "in/IN>7:case Belfast/NNP>5:nmod last/JJ>9:amod week/NN>5:obl:tmod ./.>5:punct", "last week"))
                .contains("IRA was behind two killings in Belfast");
        assertThat(describe("The/DT>1:det comedy/NN>3:nsubj is/VBZ>3:cop due/JJ>-1:root out/IN>6:case this/DT>6:det "
                + "month/NN>3:obl and/CC>8:cc focuses/VBZ>3:conj on/IN>11:case a/DT>11:det plot/NN>8:obl ./.>3:punct", "this month"))
                .as("a second clause joined to the predicate is not part of it").contains("Comedy is due");
    }

    @Test
    void amountsKeepTheirCurrencySign() {
        assertThat(describe("Delta/NNP>1:nsubj posted/VBD>-1:root net/JJ>3:amod income/NN>1:obj of/IN>5:case $/$>3:nmod "
                + "133.1/CD>7:compound million/CD>5:nummod a/DT>9:det year/NN>10:obl:npmod earlier/RBR>1:advmod ./.>1:punct",
                "a year earlier"))
                .contains("Delta posted net income of $133.1 million");
    }

    @Test
    void aCopulaWhoseSubjectIsTheDateGivesTheSubjectOnly() {
        assertThat(describe("The/DT>1:det deadline/NN>3:nsubj is/VBZ>3:cop Friday/NNP>-1:root ./.>3:punct", "Friday"))
                .contains("Deadline");
    }

    @Test
    void noVerbAndNoNounGivesNoDescription() {
        assertThat(describe("Updated/VBN>-1:root :/:>0:punct Dec./NNP>0:obl 5/CD>2:nummod", "Dec. 5")).contains("Updated");
        assertThat(describe("Dec./NNP>-1:root 5/CD>0:nummod", "Dec. 5")).isEmpty();
    }
}
