package org.onrecord.ui.help;

/** The Help menu's pages, as plain text: how to start, and every shortcut. */
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

    public static final String SHORTCUTS = """
            Ctrl+N  new case            Ctrl+O  open case
            Ctrl+I  import files        Ctrl+Shift+I  import folder
            Ctrl+F  search articles (Enter opens the best hit)     Esc  clear focus
            Q / E / T  mark the selected words as a statement / entity / date
            Ctrl+Z / Ctrl+Shift+Z  undo / redo     Del  delete the selected item
            Ctrl+Enter / Ctrl+Shift+Delete  accept / reject the selected suggestion (on an entity: with its mentions)
            Ctrl+Shift+R  review the suggestions one by one, in reading order:
                A accept   R reject   E edit (what you save replaces it)   N / P next / previous   Esc leave
            Ctrl+P  export the report (PDF)
            Alt+Left / Alt+Right  back / forward through the focus history
            Ctrl+1…5  show or hide articles, source, entities, statements, timeline
            Ctrl+M  give the focused pane the whole window, and back
            Ctrl+Shift+N  all notes of the case
            Double-click an event on the timeline  change its date""";

    private HelpPages() {
    }
}
