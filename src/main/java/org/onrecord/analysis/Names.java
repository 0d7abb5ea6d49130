package org.onrecord.analysis;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** How names are compared: the same words whatever the case, quotes, dots, a leading "the" or a possessive. */
public final class Names {
    private static final Set<String> SMALL_WORDS = Set.of("of", "the", "and", "for", "&", "de", "du", "des", "la", "le", "del",
            "von", "van", "on", "in", "at", "to", "a", "an");

    /** Words that may stand before a name without being part of it ("President Obama", "Mr. Turner"). */
    private static final Set<String> HONORIFICS = Set.of("president", "vice", "prime", "minister", "secretary", "senator",
            "sen.", "rep.", "representative", "governor", "gov.", "mayor", "ambassador", "general", "gen.", "colonel", "col.",
            "captain", "capt.", "lieutenant", "lt.", "sergeant", "sgt.", "admiral", "judge", "justice", "chancellor", "king",
            "queen", "prince", "princess", "pope", "bishop", "cardinal", "rabbi", "imam", "professor", "prof.", "dr.",
            "doctor", "mr.", "mrs.", "ms.", "miss", "sir", "dame", "lord", "lady", "mr", "mrs", "ms", "dr", "chairman",
            "director", "premier", "emir", "sheikh", "sultan", "chief", "executive", "former", "late", "pres.", "deputy",
            "leader", "commander", "detective", "inspector", "officer", "agent", "coach");
    private Names() {
    }

    /** An office title or honorific that may stand before a person's name ("President", "Mr."). */
    public static boolean isHonorific(String word) {
        return HONORIFICS.contains(word.toLowerCase(Locale.ROOT).replace('’', '\''));
    }

    /** A person's name compared without the titles before it: "Dr. Kowalczyk" and "Kowalczyk" are one. */
    public static List<String> personWords(String name) {
        List<String> words = casedWords(name);
        int first = 0;
        while (first < words.size() - 1 && isHonorific(words.get(first))) {
            first++;
        }
        return words(String.join(" ", words.subList(first, words.size())));
    }

    public static String key(String name) {
        String s = Normalizer.normalize(name, Normalizer.Form.NFKC).replace('’', '\'').replace('‘', '\'')
                .replace('\u00a0', ' ').toLowerCase(Locale.ROOT).strip();
        s = s.replaceAll("['\"“”]s?$", "").replaceAll("^['\"“”]", "");
        if (s.startsWith("the ")) {
            s = s.substring(4);
        }
        s = s.replace(".", "").replaceAll("[\\s-]+", " ").strip();
        return s;
    }

    public static List<String> words(String name) {
        return Arrays.stream(key(name).split(" ")).filter(w -> !w.isEmpty()).toList();
    }

    /** The original words, capitals kept, without a possessive. */
    static List<String> casedWords(String name) {
        String s = name.replace('’', '\'').replaceAll("'s?$", "").strip();
        return Arrays.stream(s.split("[\\s\\u00a0]+")).filter(w -> !w.isEmpty()).toList();
    }

    /** "DPRK", "U.S.", "SPE": letters only, all capitals, two to six of them. */
    public static boolean isAcronym(String name) {
        String s = name.replace(".", "").replace('’', '\'').replaceAll("'s$", "").strip();
        return s.length() >= 2 && s.length() <= 6 && s.chars().allMatch(c -> Character.isUpperCase(c) || Character.isDigit(c))
                && Character.isLetter(s.charAt(0));
    }

    /** The initials of every word, and of the words other than small ones: "Voice of America" → VOA and VA. */
    static Set<String> initials(String name) {
        List<String> words = casedWords(name);
        StringBuilder all = new StringBuilder();
        StringBuilder content = new StringBuilder();
        for (String w : words) {
            for (String part : w.split("-")) {
                if (part.isEmpty() || !Character.isLetterOrDigit(part.charAt(0))) {
                    continue;
                }
                char c = Character.toLowerCase(part.charAt(0));
                all.append(c);
                if (!SMALL_WORDS.contains(part.toLowerCase(Locale.ROOT))) {
                    content.append(c);
                }
            }
        }
        return new HashSet<>(List.of(all.toString(), content.toString()));
    }
}
