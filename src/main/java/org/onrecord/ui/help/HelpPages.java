package org.onrecord.ui.help;

/** The Help menu's getting-started page, as plain text; the shortcut list is written from {@link org.onrecord.ui.keys.Shortcut}. */
public final class HelpPages {
    public static final String GETTING_STARTED = """
            1. Make a case: File › New case… (Ctrl+N). A case is one file holding your articles and notes.
               To look around first, File › Open demo case.
            2. Bring in articles: File › Import files… (Ctrl+I) or Import folder…, or drop files on the window.
               Text, web pages (.html) and PDFs are read; the title, outlet, author and date are filled in
               where they can be found. Correct them under Article details.
            3. Read an article in the source text and mark what matters. Select words, then press
                 Q  a statement: the words someone said, who said it, to whom, when
                 E  an entity: a person, organisation or place (the same one links across articles)
                 T  a date or event: "last month" is read against the publication date
               The editor opens beside the text: Enter saves, Esc cancels, Ctrl+Z undoes.
            4. Follow the story: choosing a statement, entity or event marks everything related in every
               pane. The timeline draws each date (double-click one to change it). Alt+Left goes back.
            5. Write notes on statements and entities (right-click them) and on articles (Annotate › Add a
               note on this article); View › Notes of the case (Ctrl+Shift+N) lists and filters them all.
            6. Suggestions (Annotate › Suggest…, or after an import) are drawn dashed; Annotate › Review
               suggestions (Ctrl+Shift+R) walks them with their evidence: A accept, R reject, E edit, N next.
            7. Share the result: File › Export report (PDF) (Ctrl+P) cites every statement to its source.

            On a small screen: Ctrl+M gives the pane you are in the whole window (again to go back);
            Ctrl+1…5 hide or show the articles, source text, entities, statements and timeline.""";

    private HelpPages() {
    }
}
