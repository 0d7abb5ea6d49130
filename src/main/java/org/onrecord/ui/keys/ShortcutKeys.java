package org.onrecord.ui.keys;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.onrecord.ui.annotate.EditorMode;

/**
 * The window's keyboard in one place. The shortcuts that act on the case (undo, redo, accept,
 * reject) are a scene filter, so they work from every pane whether a menu was shown or not and
 * whatever state its items were left in; the menu items only show them. Q / E / T on the source
 * text open the editor, and the rest of that keystroke never reaches the editor's fields.
 */
public final class ShortcutKeys {
    /** What the keys do; the window implements it. */
    public interface Actions {
        void mark(EditorMode mode);

        void undo();

        void redo();

        void accept();

        void reject();
    }

    private ShortcutKeys() {
    }

    /** Installs the keys on {@code scene}; {@code sourceText} is the article body Q / E / T act on. */
    public static KeystrokeGuard install(Scene scene, Node sourceText, Actions actions) {
        KeystrokeGuard guard = new KeystrokeGuard(scene);
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            Node owner = scene.getFocusOwner();
            if (Shortcut.UNDO.matches(e)) {
                // Typing in a field is undone there first, as everywhere else; then the case's history.
                if (!(owner instanceof TextInputControl t && t.isEditable() && t.isUndoable())) {
                    actions.undo();
                    e.consume();
                }
            } else if (Shortcut.REDO.matches(e) || Shortcut.REDO_Y.matches(e)) {
                if (!(owner instanceof TextInputControl t && t.isEditable() && t.isRedoable())) {
                    actions.redo();
                    e.consume();
                }
            } else if ((Shortcut.ACCEPT.matches(e) || Shortcut.REJECT.matches(e)) && !insideEditor(owner)) {
                if (Shortcut.ACCEPT.matches(e)) {
                    actions.accept();
                } else {
                    actions.reject();
                }
                e.consume();
            }
        });
        sourceText.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.isShortcutDown() || e.isAltDown() || e.isMetaDown()) {
                return;
            }
            EditorMode mode = switch (e.getCode()) {
                case Q -> EditorMode.STATEMENT;
                case E -> EditorMode.ENTITY;
                case T -> EditorMode.EVENT;
                default -> null;
            };
            if (mode != null) {
                e.consume();
                guard.swallowRestOf(e.getCode());
                actions.mark(mode);
            }
        });
        return guard;
    }

    private static boolean insideEditor(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if ("annotationEditor".equals(n.getId())) {
                return true;
            }
            if (n instanceof Parent && n.getParent() == null) {
                break;
            }
        }
        return false;
    }
}
