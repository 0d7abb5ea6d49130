package org.onrecord.ingest.meta;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.onrecord.model.ArticleMetadata;
import org.onrecord.model.PublicationDate;
import java.util.Arrays;
import java.util.Locale;

/**
 * Finds what the top of a plain-text article says about itself: a leading URL line, a headline,
 * a byline and a dateline. Only the first few lines are read — further down a date or a name is
 * part of the story, not about it — and a field stays null unless its line clearly is one.
 */
public final class PlainTextMetadataReader {

    /** Metadata sits in the first lines; a byline below the tenth line is a quote or a bio. */
    private static final int HEAD_LINES = 10;
    private static final int MAX_TITLE_WORDS = 20;
    private static final int MAX_TITLE_CHARS = 200;

    private static final Pattern URL_LINE = Pattern.compile("^(https?://\\S+)$");
    private static final String NAME_WORD = "(?:[\\p{Lu}][\\p{L}'’.-]*|[\\p{Lu}]\\.)";
    private static final String PARTICLE = "(?:de|da|del|der|van|von|la|le|bin|al|el|di|du)";
    private static final String NAME = NAME_WORD + "(?:\\s+(?:" + PARTICLE + "\\s+)?" + NAME_WORD + "){1,3}";
    private static final Pattern BY_LINE = Pattern.compile(
            "^(?:written\\s+)?by:?\\s+(" + NAME + "(?:\\s*(?:,|and|&)\\s*" + NAME + ")*)"
                    + "(?:\\s*(?:,|\\||—|–|-|\\bfor\\b|\\bin\\b).*)?$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final String ROLE = "(?:(?:former|senior|chief|staff|special|deputy|contributing|associate"
            + "|political|foreign|national|business|science|technology|tech|sports|news|managing|executive)\\s+)*"
            + "(?:reporter|writer|editor|correspondent|journalist|columnist|contributor|producer|analyst|critic)";
    private static final Pattern NAME_ROLE_LINE = Pattern.compile(
            "^(" + NAME + ")(?:,|\\s+[-–—|]?)\\s*(?iu:(?:the\\s+)?" + ROLE + ")s?"
                    + "(?:\\s*(?:,|\\||—|–|-|\\bat\\b|\\bfor\\b)\\s*.{0,30})?$");
    private static final Pattern ROLE_IGNORE_CASE = Pattern.compile("^" + ROLE, Pattern.CASE_INSENSITIVE);

    private final DateStringParser dates = new DateStringParser();

    public ArticleMetadata read(String body) {
        if (body == null || body.isBlank()) {
            return ArticleMetadata.EMPTY;
        }
        List<String> head = headLines(body);
        String url = null;
        int first = 0;
        if (!head.isEmpty()) {
            Matcher u = URL_LINE.matcher(head.getFirst());
            if (u.matches()) {
                url = u.group(1);
                first = 1;
            }
        }
        String title = first < head.size() ? titleOf(head.get(first)) : null;
        String author = null;
        PublicationDate published = null;
        for (int i = first; i < head.size(); i++) {
            String line = head.get(i);
            if (author == null && !(i == first && title != null)) {
                author = authorOf(line);
            }
            if (published == null && isShortLine(line, 14)) {
                published = dates.find(line).orElse(null);
            }
        }
        return new ArticleMetadata(title, null, author, url, published, null);
    }

    private static List<String> headLines(String body) {
        List<String> lines = new ArrayList<>();
        for (String line : body.split("\\R")) {
            String t = line.strip();
            if (!t.isEmpty()) {
                lines.add(t);
                if (lines.size() == HEAD_LINES) break;
            }
        }
        return lines;
    }

    /**
     * A headline is short and has no final full stop; a first line that ends like a sentence is
     * the story's lead, and a date or byline is not a title.
     */
    private String titleOf(String line) {
        int words = line.split("\\s+").length;
        if (words < 2 || words > MAX_TITLE_WORDS || line.length() > MAX_TITLE_CHARS) return null;
        // "… an 'intentional act.'": the full stop inside closing quotes still ends a sentence
        String unquoted = line.replaceAll("[\"'”’»)\\]]+$", "");
        if (unquoted.isEmpty()) return null;
        char last = unquoted.charAt(unquoted.length() - 1);
        if (last == '.' || last == ',' || last == ';' || last == ':') return null;
        if (!line.codePoints().anyMatch(Character::isLetter)) return null;
        if (authorOf(line) != null || isDateLine(line)) return null;
        return line;
    }

    private boolean isDateLine(String line) {
        return isShortLine(line, 8) && dates.find(line).isPresent();
    }

    /** "By Jane Doe", "By Jane Doe and John Roe, Reuters", "Jane Doe, Staff Reporter". */
    static String authorOf(String line) {
        if (!isShortLine(line, 16)) return null;
        Matcher by = BY_LINE.matcher(line);
        if (by.matches()) {
            // "By TOM KRISHER, AP Auto Writer": the names run until the first newsroom word
            List<String> names = new ArrayList<>();
            for (String part : by.group(1).split("\\s*(?:,|&|\\band\\b)\\s*")) {
                if (!looksLikeNames(part) || part.isBlank()) break;
                names.add(part.strip());
            }
            return names.isEmpty() ? null : String.join(", ", names);
        }
        Matcher named = NAME_ROLE_LINE.matcher(line);
        if (named.matches()) {
            String name = named.group(1);
            // "Ben Fox Rubin Former senior reporter": the role words may have been swallowed
            // into the name by the capitalised-word pattern; trim them off again.
            String[] words = name.split("\\s+");
            for (int k = 2; k < words.length; k++) {
                if (isRoleModifier(words[k])) {
                    name = String.join(" ", Arrays.copyOfRange(words, 0, k));
                    break;
                }
            }
            return looksLikeNames(name) ? name : null;
        }
        return null;
    }

    private static boolean isRoleModifier(String word) {
        return ROLE_IGNORE_CASE.matcher(word + " reporter").lookingAt()
                && !word.equalsIgnoreCase("reporter");
    }

    /** All-caps words ("BY STAFF") and newsroom words are not a person's name. */
    private static boolean looksLikeNames(String names) {
        String lower = names.toLowerCase(Locale.ROOT);
        return !lower.matches(".*\\b(staff|reuters|associated press|press|agency|team|editors?|news|desk|wire|writer|reporter|correspondent|columnist|contributor)\\b.*");
    }

    private static boolean isShortLine(String line, int maxWords) {
        return line.split("\\s+").length <= maxWords;
    }
}
