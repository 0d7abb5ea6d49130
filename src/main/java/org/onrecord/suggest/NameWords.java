package org.onrecord.suggest;

import org.onrecord.analysis.Names;

import java.util.Locale;
import java.util.Set;

/**
 * Closed classes of English words the entity rules need: pronouns, job titles and honorifics, the
 * nouns that announce a title of a work. General English, never names from a case.
 */
public final class NameWords {
    private static final Set<String> PRONOUNS = Set.of("i", "me", "my", "mine", "you", "your", "yours", "he", "him", "his",
            "she", "her", "hers", "it", "its", "we", "us", "our", "ours", "they", "them", "their", "theirs", "himself",
            "herself", "itself", "themselves", "myself", "yourself", "ourselves", "who", "whom", "whose", "this", "that");
    private static final Set<String> JOB_TITLES = Set.of("spokesman", "spokeswoman", "spokesperson", "official", "officials",
            "diplomat", "diplomats", "president", "vice", "minister", "prime", "secretary", "chairman", "chairwoman", "chair",
            "director", "chief", "executive", "ceo", "cfo", "coo", "cto", "head", "leader", "governor", "senator", "sen.",
            "rep.", "representative", "mayor", "ambassador", "general", "gen.", "colonel", "col.", "captain", "capt.",
            "lieutenant", "lt.", "sergeant", "sgt.", "commander", "admiral", "judge", "justice", "attorney", "lawyer",
            "prosecutor", "spokesmen", "analyst", "expert", "researcher", "reporter", "journalist", "editor", "correspondent",
            "producer", "actor", "actress", "star", "co-chairman", "chancellor", "king", "queen", "prince", "princess",
            "pope", "bishop", "cardinal", "rabbi", "imam", "professor", "prof.", "dr.", "doctor", "mr.", "mrs.", "ms.",
            "miss", "sir", "dame", "lord", "lady", "mr", "mrs", "ms", "dr", "gov.", "pres.", "supt.", "insp.", "inspector",
            "detective", "officer", "agent", "manager", "coach", "founder", "owner", "partner", "deputy", "assistant",
            "acting", "former", "late", "first", "lady's", "premier", "emir", "sheikh", "sultan", "czar", "tsar");
    private static final Set<String> WORK_NOUNS = Set.of("film", "films", "movie", "movies", "book", "books", "novel", "novels",
            "series", "show", "shows", "song", "songs", "album", "albums", "play", "plays", "documentary", "documentaries",
            "comedy", "comedies", "drama", "dramas", "thriller", "thrillers", "satire", "satires", "starrer", "starrers",
            "sequel", "sequels", "musical", "musicals", "opera", "operas", "sitcom", "sitcoms", "miniseries", "memoir",
            "memoirs", "biopic", "biopics", "picture", "pictures", "feature", "features", "title", "titles", "episode",
            "episodes", "single", "poem", "poems", "painting", "paintings", "game", "games", "franchise", "blockbuster",
            "blockbusters", "hit", "hits", "release", "releases", "programme", "program", "remake", "adaptation", "cartoon",
            "animation", "western", "horror", "romcom", "tv", "essay", "report", "study", "article", "column", "story",
            "stories", "newspaper", "magazine");

    private NameWords() {
    }

    private static String key(String word) {
        return word.toLowerCase(Locale.ROOT).replace('’', '\'');
    }

    public static boolean isPronoun(String word) {
        return PRONOUNS.contains(key(word));
    }

    public static boolean isJobTitle(String word) {
        return JOB_TITLES.contains(key(word));
    }

    public static boolean isHonorific(String word) {
        return Names.isHonorific(word);
    }

    public static boolean isWorkNoun(String word) {
        String k = key(word);
        int hyphen = k.lastIndexOf('-');
        return WORK_NOUNS.contains(k) || hyphen > 0 && WORK_NOUNS.contains(k.substring(hyphen + 1));
    }
}
