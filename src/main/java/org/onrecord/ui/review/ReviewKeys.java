package org.onrecord.ui.review;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.onrecord.ui.keys.KeystrokeGuard;

/**
 * The review mode's keys: A accept, R reject, E edit, N / P next / previous, Esc leave. They act
 * only in review mode, only as plain keys, and never while a text field or the editor beside the
 * text has the keyboard (typing there types); a key that acted is swallowed whole by the
 * {@link KeystrokeGuard}, so its typed letter reaches no field, not even the editor E opens.
 */
public final class ReviewKeys {
    private ReviewKeys() {
    }

    public static void install(Scene scene, KeystrokeGuard guard, ReviewViewModel review) {
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (!review.isActive() || e.isShortcutDown() || e.isAltDown() || e.isMetaDown() || e.isControlDown()
                    || typingIn(scene.getFocusOwner())) {
                return;
            }
            Runnable action = switch (e.getCode()) {
                case A -> review::accept;
                case R -> review::reject;
                case E -> review::edit;
                case N -> review::next;
                case P -> review::previous;
                case ESCAPE -> review::stop;
                default -> null;
            };
            if (action == null || (e.isShiftDown() && e.getCode() != KeyCode.ESCAPE)) {
                return;
            }
            e.consume();
            guard.swallowRestOf(e.getCode());
            action.run();
        });
    }

    /** A field that takes typing, or anything inside the editor beside the text. */
    private static boolean typingIn(Node owner) {
        if (owner instanceof TextInputControl t && t.isEditable()) {
            return true;
        }
        for (Node n = owner; n != null; n = n.getParent()) {
            if ("annotationEditor".equals(n.getId())) {
                return true;
            }
        }
        return false;
    }
}
