package org.onrecord.ingest.text;

import java.util.regex.Pattern;

/**
 * The wording of page furniture that survives a copy-paste from a browser. Every pattern matches a
 * whole (short) line, never a phrase inside a sentence: "subscribe" in a story about a newsletter
 * is content, a line that only says "Subscribe" is a button.
 */
final class BoilerplatePhrases {

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    /** Names of share buttons: a line of nothing but these is a button row. */
    private static final String SOCIAL = "facebook|twitter|x|linkedin|whatsapp|reddit|email|e-mail|print|pinterest"
            + "|share|tweet|copy link|flipboard|telegram";

    /** Lines that come before an article: redirects, skip links, cookie and script notices, menus. */
    static final Pattern LEADING = Pattern.compile("^(?:"
            + ".*\\b(?:you will be|you are being|you're being|you'll be) redirected\\b.*"
            + "|redirecting\\b.*"
            + "|skip to (?:the )?(?:main )?(?:content|navigation|article|search)\\b.*"
            + "|.*\\bcookies?\\b.*\\b(?:use|accept|consent|policy|settings|preferences)\\b.*"
            + "|.*\\b(?:we|this site) uses? cookies\\b.*"
            + "|.*\\b(?:enable|turn on) javascript\\b.*|javascript is (?:disabled|required)\\b.*"
            + "|(?:main )?menu|search|home|sign in|sign up|log ?in|register|subscribe(?: now)?|close"
            + "|toggle navigation|open navigation|advertisement|supported by|share(?: this)?(?: article| story)?"
            + "|listen to (?:this )?(?:article|story)|print(?: this)?(?: article| page)?"
            + "|this article is more than .{1,20} old"
            + "|accept(?: all)?(?: cookies)?|reject all|manage (?:cookies|preferences)"
            + ")[.!]?$", FLAGS);

    /** A breadcrumb or menu: three or more short items joined by bars, dots or arrows. */
    static final Pattern NAV_ITEMS = Pattern.compile(
            "^\\s*[^|•·›»>]{1,30}(?:\\s[|•·›»>]\\s[^|•·›»>]{1,30}){2,}\\s*$");

    /** Headings that open the part of a page after the article: teasers, comments, footers. */
    static final Pattern TAIL_HEADING = Pattern.compile("^(?:"
            + "more (?:from|on|in|stories|news|articles|coverage|to (?:read|explore)|like this)\\b.*"
            + "|more [\\p{L}&]+(?: [\\p{L}&]+)?"
            + "|related(?: articles| stories| posts| content| coverage| news| links| reading| topics)?"
            + "|(?:you|we think you) (?:may|might|will|would) (?:also )?(?:like|enjoy|be interested in).*"
            + "|recommended(?: for you| stories| articles| reading)?|(?:editor'?s|editors') (?:picks?|choice)"
            + "|most (?:popular|read|viewed|shared|emailed|commented)\\b.*|trending(?: now| stories)?"
            + "|(?:latest|top|popular) (?:news|stories|headlines|articles|videos)\\b.*|popular (?:on|in|now)\\b.*"
            + "|read (?:more|next|also|this next)|what to read next|further reading|also (?:read|on|see)\\b.*"
            + "|(?:\\d+ )?comments?(?: \\(\\d+\\))?|leave a (?:comment|reply)|join the (?:conversation|discussion)"
            + "|(?:show|view|load) comments|about the authors?|sponsored(?: content| stories| links)?"
            + "|(?:from|around) (?:our partners|the web)|promoted (?:stories|links)|don't miss|do not miss"
            + "|sign up for .*newsletter.*|(?:get|subscribe to) (?:our|the) .*newsletter.*|newsletters?"
            + "|share (?:this|on)\\b.*|follow us\\b.*|tags?(?::.*)?|topics?:|filed under:?.*"
            + "|advertisement|access exclusive content|subscribe(?: now| today)?"
            + ")[:.!]?$", FLAGS);

    /** Lines that close a page: share and subscribe prompts, copyright, legal links. */
    static final Pattern TRAILING = Pattern.compile("^(?:"
            + "share(?: this)?(?: article| story| post)?(?: on .*)?|(?:share|tweet|email|print|pin)(?: ?[|•·] ?\\w+)+"
            + "|follow (?:us|me) on .*|(?:sign up|subscribe) (?:for|to) .*|subscribe(?: now| today)?"
            + "|read more|see more|load more|show more|view comments|(?:\\d+ )?comments?"
            + "|access exclusive content|advertisement|back to top|(?:top of page)"
            + "|(?:©|\\(c\\)|copyright)\\s.*|all rights reserved\\b.*|.*\\ball rights reserved"
            + "|(?:privacy policy|terms of (?:use|service)|contact us|about us)(?:\\s*[|•·]\\s*.*)?"
            + ")[.!]?$", FLAGS);

    /** Furniture that interrupts an article anywhere and is never part of it. */
    static final Pattern ANYWHERE = Pattern.compile("^(?:"
            + "advertisement|story continues below(?: this)? advertisement|continue reading(?: the main story)?"
            + "|skip advertisement|\\d+\\s*(?:-\\s*)?min(?:ute)?s?\\.? read|reading time:? \\d+ min(?:ute)?s?"
            + "|(?:sign up|subscribe) (?:for|to) (?:our|the) .{0,60}newsletters?\\b.{0,40}"
            + "|share (?:on|via) (?:facebook|twitter|x|linkedin|whatsapp|reddit|email|pinterest)"
            + "|(?:" + SOCIAL + ")(?:\\s*[|•·,]?\\s*(?:" + SOCIAL + "))+"
            + ")[.!]?$", FLAGS);

    /**
     * Headings of a box of links set into the story ("Related", "Read more", "See also"):
     * narrower than {@link #TAIL_HEADING}, because here the story goes on after the box.
     */
    static final Pattern LINK_BOX_HEADING = Pattern.compile("^(?:"
            + "related(?: articles| stories| posts| content| coverage| news| links| reading)?"
            + "|read (?:more|next|also)|see also|also read|recommended(?: reading| stories| articles)?"
            + "|more on this (?:story|topic)|further reading"
            + ")[:.]?$", FLAGS);

    /** A cross-link set into an article: "Related: Some other headline", "READ MORE: …". */
    static final Pattern INLINE_PROMO = Pattern.compile(
            "^(?:related|read more|read also|also read|see also|more|recommended|watch|listen|click here)"
                    + "\\s*(?::|»|>>|›)\\s*\\S.{0,160}$", FLAGS);

    /** A bullet item line of a teaser list ("• Headline", "* Headline", "– Headline"). */
    static final Pattern BULLET = Pattern.compile("^\\s*[•●▪◦‣·*–—-]\\s+\\S.*$");

    /** A teaser cut short by the page: "… the deals are for worldwide rights [...]". */
    static final Pattern TRUNCATED = Pattern.compile(".*(?:\\[(?:\\.\\.\\.|…)]|\\(…\\)|\\[more])\\s*$");

    private BoilerplatePhrases() {
    }
}
