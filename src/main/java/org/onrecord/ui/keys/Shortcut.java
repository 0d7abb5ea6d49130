package org.onrecord.ui.keys;

import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

import java.util.Arrays;
import java.util.List;

/**
 * Every key the window answers to, in one table: the menus and the key filters bind the
 * combinations from here, and Help › Keyboard shortcuts is written from here, so the list cannot
 * drift from what the keys do. A row with a combination is bound as that combination; a row
 * without one (Q / E / T, a digit in the kind, a double-click) is a key described in words.
 */
public enum Shortcut {
    NEW_CASE(Group.CASE, "Shortcut+N", "new case"),
    OPEN_CASE(Group.CASE, "Shortcut+O", "open a case"),
    CLOSE_CASE(Group.CASE, "Shortcut+W", "close the case"),
    QUIT(Group.CASE, "Shortcut+Q", "quit"),
    IMPORT_FILES(Group.CASE, "Shortcut+I", "import files (or drop them on the window)"),
    IMPORT_FOLDER(Group.CASE, "Shortcut+Shift+I", "import a folder"),
    REPORT(Group.CASE, "Shortcut+P", "export the report (PDF)"),

    MARK(Group.ANNOTATE, null, "Q / E / T", "mark the selected words as a statement / entity / date or event"),
    SAVE(Group.ANNOTATE, null, "Enter", "in the editor: save (from every field, a closed drop-down included)"),
    NEW_LINE(Group.ANNOTATE, null, "Shift+Enter", "in the editor's note: a new line"),
    CANCEL(Group.ANNOTATE, null, "Esc", "in the editor: cancel"),
    KIND_KEY(Group.ANNOTATE, null, "1…9 or a first letter", "on the statement kind: choose that kind"),
    KIND_ALT(Group.ANNOTATE, null, "Alt+1…9", "from any field of the statement editor: choose the kind by its number"),
    UNDO(Group.ANNOTATE, "Shortcut+Z", "undo the last edit, whichever pane made it"),
    REDO(Group.ANNOTATE, "Shortcut+Shift+Z", "redo"),
    REDO_Y(Group.ANNOTATE, "Shortcut+Y", "redo (as in other programs)"),
    DELETE(Group.ANNOTATE, "Delete", "delete the selected statement, event or entity (undoable)"),
    RENAME(Group.ANNOTATE, null, "F2", "in the entity list or the notes list: rename or edit"),
    EDIT_EVENT(Group.ANNOTATE, null, "Double-click", "an event on the timeline: change its date"),

    ACCEPT(Group.REVIEW, "Shortcut+Enter", "accept the selected suggestion, in any pane (on an entity: with its mentions)"),
    REJECT(Group.REVIEW, "Shortcut+Shift+Delete", "reject the selected suggestion; it is not proposed again"),
    REVIEW(Group.REVIEW, "Shortcut+Shift+R", "review the suggestions one by one, in reading order"),
    REVIEW_DECIDE(Group.REVIEW, null, "A / R / E", "in review: accept / reject / edit (what you save replaces it)"),
    REVIEW_MOVE(Group.REVIEW, null, "N / P", "in review: next / previous suggestion"),
    REVIEW_LEAVE(Group.REVIEW, null, "Esc", "in review: leave"),

    SEARCH(Group.MOVE, "Shortcut+F", "search articles and notes (Enter opens the best hit, Down goes through the others)"),
    NOTES(Group.MOVE, "Shortcut+Shift+N", "all notes of the case"),
    BACK(Group.MOVE, "Alt+Left", "back through what had the focus"),
    FORWARD(Group.MOVE, "Alt+Right", "forward again"),
    CLEAR_FOCUS(Group.MOVE, null, "Esc", "clear the focus (outside the editor)"),
    TIMELINE_ZOOM(Group.MOVE, null, "Ctrl+scroll", "on the timeline: zoom around the pointer"),

    SHOW_ARTICLES(Group.PANES, "Shortcut+1", "show or hide the articles"),
    SHOW_SOURCE(Group.PANES, "Shortcut+2", "show or hide the source text"),
    SHOW_ENTITIES(Group.PANES, "Shortcut+3", "show or hide the entities"),
    SHOW_STATEMENTS(Group.PANES, "Shortcut+4", "show or hide the statements"),
    SHOW_TIMELINE(Group.PANES, "Shortcut+5", "show or hide the timeline"),
    ZOOM_PANE(Group.PANES, "Shortcut+M", "give the pane you are in the whole window, and back"),
    HELP(Group.PANES, "F1", "this list");

    /** The headings of the help page, in its order. */
    public enum Group {
        CASE("The case"), ANNOTATE("Marking and editing"), REVIEW("Suggestions"), MOVE("Finding and moving"), PANES("Panes and help");

        private final String title;

        Group(String title) {
            this.title = title;
        }

        public String title() {
            return title;
        }
    }

    private final Group group;
    private final KeyCombination combination;
    private final String keys;
    private final String meaning;

    Shortcut(Group group, String combination, String meaning) {
        this(group, KeyCombination.keyCombination(combination), null, meaning);
    }

    Shortcut(Group group, KeyCombination combination, String keys, String meaning) {
        this.group = group;
        this.combination = combination;
        this.keys = keys;
        this.meaning = meaning;
    }

    public Group group() {
        return group;
    }

    /** The combination the window binds, or null for a key described in words. */
    public KeyCombination combination() {
        return combination;
    }

    public boolean matches(KeyEvent event) {
        return combination != null && combination.match(event);
    }

    /**
     * The keys as the researcher's keyboard names them ("Ctrl+Shift+Z" here, "⇧⌘Z" on a Mac), with
     * Enter and the arrows in words: the menus draw them as ↵ and ←, which a list cannot explain.
     */
    public String keys() {
        if (combination == null) {
            return keys;
        }
        return combination.getDisplayText().replace("↵", "Enter").replace("←", "Left").replace("→", "Right");
    }

    public String meaning() {
        return meaning;
    }

    public static List<Shortcut> in(Group group) {
        return Arrays.stream(values()).filter(s -> s.group == group).toList();
    }

    /** Help › Keyboard shortcuts: every row of the table under its heading. */
    public static String helpText() {
        StringBuilder text = new StringBuilder();
        for (Group group : Group.values()) {
            if (!text.isEmpty()) {
                text.append('\n');
            }
            text.append(group.title()).append('\n');
            for (Shortcut s : in(group)) {
                text.append("  ").append(s.keys()).append("  —  ").append(s.meaning()).append('\n');
            }
        }
        return text.toString().stripTrailing();
    }
}
